/**
 * The TOP50 index explorer: the JavaScript its pages carry (the explorer's
 * own chunk, and everything the page runs, on load and imported later), and
 * how long one change of a weight takes to recompute and reorder the 50 rows
 * on a mid-range phone profile (4× CPU slowdown, 412 px wide), from the input
 * event to the next frame.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { MOBILE_THROTTLE } from './browser.ts';
import { median } from './project.ts';
import { pageSizes, type Bytes } from './sizes.ts';

/** The pages that show the explorer: the chapter and the embed, in both editions. */
export const EXPLORER_PAGES = [
  { path: '/patents-2021/quality-index/', file: 'patents-2021/quality-index/index.html' },
  { path: '/en/patents-2021/quality-index/', file: 'en/patents-2021/quality-index/index.html' },
  { path: '/embed/a-top50-explorer/', file: 'embed/a-top50-explorer/index.html' },
  { path: '/en/embed/a-top50-explorer/', file: 'en/embed/a-top50-explorer/index.html' },
] as const;

export interface ExplorerResults {
  /** The explorer's own chunk (dist/_astro/index-explorer.*.js), which chapter pages import when they show one. */
  chunk: Bytes & { file: string };
  pages: { path: string; jsOnLoad: Bytes; jsLazy: Bytes; jsTotal: Bytes }[];
  /**
   * One weight change, ms, with the CPU slowed as a phone's: the script's own work (the input handler: rescale, score,
   * rank, rewrite and reorder the rows) and the time to the next frame (with style and layout); medians and slowest over `runs` changes.
   */
  recompute: { path: string; throttle: string; scriptMedianMs: number; scriptMaxMs: number; medianMs: number; maxMs: number; runs: number }[];
}

const bytes = (data: Buffer): Bytes => ({ raw: data.length, gz: gzipSync(data, { level: 6 }).length });

export async function benchExplorer(browser: Browser, dist: string, origin: string, runs = 30): Promise<ExplorerResults> {
  const chunkFile = readdirSync(join(dist, '_astro')).find((f) => /^index-explorer\..*\.js$/u.test(f));
  if (!chunkFile) throw new Error('bench: no index-explorer chunk in dist/_astro (is the explorer on a page?)');
  const chunk = { file: `_astro/${chunkFile}`, ...bytes(readFileSync(join(dist, '_astro', chunkFile))) };
  const pages = EXPLORER_PAGES.map(({ path, file }) => {
    const sizes = pageSizes(dist, file, path);
    return { path, jsOnLoad: sizes.js, jsLazy: sizes.jsLazy, jsTotal: { raw: sizes.js.raw + sizes.jsLazy.raw, gz: sizes.js.gz + sizes.jsLazy.gz } };
  });

  const recompute: ExplorerResults['recompute'] = [];
  for (const { path } of [EXPLORER_PAGES[0], EXPLORER_PAGES[2]]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(origin + path);
    await page.locator('[data-index-explorer] form:not([hidden])').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_THROTTLE.cpu });
    const times = await page.evaluate(async (count: number) => {
      const sliders = [...document.querySelectorAll<HTMLInputElement>('[data-index-explorer] input[type="range"]')];
      const out: { script: number; frame: number }[] = [];
      for (let i = 0; i < count; i++) {
        const slider = sliders[i % sliders.length]!;
        slider.value = String((Number(slider.value) + 3 + i) % 11);
        const start = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const script = performance.now() - start;
        await new Promise((done) => requestAnimationFrame(() => done(null)));
        out.push({ script, frame: performance.now() - start });
      }
      return out;
    }, runs);
    await context.close();
    const script = times.map((t) => t.script);
    const frame = times.map((t) => t.frame);
    recompute.push({ path, throttle: `${MOBILE_THROTTLE.cpu}× CPU`, scriptMedianMs: median(script), scriptMaxMs: Math.max(...script), medianMs: median(frame), maxMs: Math.max(...frame), runs: times.length });
  }
  return { chunk, pages, recompute };
}
