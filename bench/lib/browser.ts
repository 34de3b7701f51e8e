/**
 * Measurements in Chromium (Playwright): bytes a page transfers on load, what
 * a reader gets with JavaScript off compared with on, and the time until a
 * chart is on screen.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/chromium.ts';
import { median } from './project.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

interface Content {
  charts: number;
  tables: number;
  text: number;
}

export interface LoadFacts {
  path: string;
  /** Bytes over the wire on load (headers + encoded bodies), JS on. */
  transfer: number;
  requests: number;
  jsOn: Content;
  jsOff: Content;
  /** Everything a reader needs is there with JS off: same charts and tables, ≥ 98% of the text. */
  readableWithoutJs: boolean;
}

async function load(browser: Browser, url: string, javaScriptEnabled: boolean): Promise<{ content: Content; transfer: number; requests: number }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const content = await page.evaluate(() => {
    // The text a reader is given, less the marks' tooltip titles: a chart with row tips
    // (src/scripts/row-tips.ts) writes those with JS from the names and values printed beside its
    // bars, so with JS on they would count every one of those words twice.
    const main = (document.querySelector('main') ?? document.body).cloneNode(true) as Element;
    for (const title of main.querySelectorAll('[data-tip] > title')) title.remove();
    return {
      charts: document.querySelectorAll('svg[role="img"], [role="img"]:not(svg)').length,
      tables: document.querySelectorAll('table').length,
      text: main.textContent?.replace(/\s+/g, '').length ?? 0,
    };
  });
  const transfer = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { content, transfer, requests: sizes.length };
}

export async function loadFacts(browser: Browser, origin: string, paths: string[], concurrency = 2): Promise<LoadFacts[]> {
  const out: LoadFacts[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const on = await load(browser, origin + path, true);
      const off = await load(browser, origin + path, false);
      const readable = off.content.charts >= on.content.charts && off.content.tables >= on.content.tables && off.content.text >= 0.98 * on.content.text;
      out.push({ path, transfer: on.transfer, requests: on.requests, jsOn: on.content, jsOff: off.content, readableWithoutJs: readable });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export interface Throttle {
  label: string;
  /** CPU slowdown factor (Lighthouse mobile: 4). */
  cpu: number;
  /** Network: round trip ms and throughput in bytes/s, or none. */
  network?: { latency: number; download: number; upload: number };
}

export const NO_THROTTLE: Throttle = { label: 'unthrottled', cpu: 1 };
/** Close to Lighthouse's mobile profile: 4× CPU, 150 ms RTT, 1.6 Mbit/s down. */
export const MOBILE_THROTTLE: Throttle = { label: 'mobile (4× CPU, 150 ms, 1.6 Mbit/s)', cpu: 4, network: { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 } };

/**
 * timeToChart for several pages, interleaved: run i of every page before run
 * i + 1 of any, the order reversed every other run. A shared, noisy machine
 * drifts (another job starts, a CPU frees up); run page by page, one page's
 * runs would all land in a slow spell and another's in a quiet one, and the
 * ratio between them would measure the machine. Interleaved, each page sees
 * the same spells. One result per target, in the targets' order.
 */
export async function timeToChartInterleaved(browser: Browser, targets: readonly { url: string; selector: string }[], runs: number, throttle: Throttle): Promise<{ median: number; runs: number[] }[]> {
  const times = targets.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    const order = targets.map((_, k) => k);
    if (i % 2 === 1) order.reverse();
    for (const k of order) {
      const { url, selector } = targets[k]!;
      times[k]!.push(...(await timeToChart(browser, url, selector, 1, throttle)).runs);
    }
  }
  return times.map((t) => ({ median: median(t), runs: t }));
}

/**
 * Milliseconds from navigation start until an element matching `selector`
 * has a box on screen, polled every animation frame from before the page's
 * first byte; a fresh context (cold cache) for each run; the median of `runs`.
 */
export async function timeToChart(browser: Browser, url: string, selector: string, runs: number, throttle: Throttle): Promise<{ median: number; runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    if (throttle.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: throttle.network.latency, downloadThroughput: throttle.network.download, uploadThroughput: throttle.network.upload });
    }
    await page.addInitScript((sel: string) => {
      const w = window as unknown as { __chartVisibleAt?: number };
      const check = () => {
        const shown = [...document.querySelectorAll(sel)].some((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        });
        if (shown) w.__chartVisibleAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, selector);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __chartVisibleAt?: number }).__chartVisibleAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
    times.push(await page.evaluate(() => (window as unknown as { __chartVisibleAt: number }).__chartVisibleAt));
    await context.close();
  }
  return { median: median(times), runs: times.map((t) => Math.round(t)) };
}
