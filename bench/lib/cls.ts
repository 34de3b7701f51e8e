/**
 * Cumulative layout shift of every page, as a reader on a phone (and on a
 * desktop) meets it: each page loaded in a fresh context of one Chromium,
 * its layout-shift entries collected from the start (a buffered
 * PerformanceObserver, shifts right after input left out, as CLS does) until
 * load and a short settle, then summed. Web fonts, late styles, scripts that
 * rewrite the page and images without a size all show up here.
 */
import type { Browser } from '@playwright/test';

export interface ClsViewport {
  label: string;
  width: number;
  height: number;
  mobile: boolean;
}

export const CLS_VIEWPORTS: ClsViewport[] = [
  { label: 'phone (412 px)', width: 412, height: 823, mobile: true },
  { label: 'desktop (1280 px)', width: 1280, height: 900, mobile: false },
];

/** What moved on one page at one viewport. */
export interface PageShift {
  path: string;
  viewport: string;
  /** The sum of the layout-shift values (without recent input). */
  cls: number;
  /** The elements that moved most (tag, id and class), largest shift first. */
  sources: string[];
}

export interface ClsResults {
  settleMs: number;
  viewports: string[];
  pages: PageShift[];
  /** The largest CLS of any page at any viewport. */
  max: number;
}

/** Milliseconds to keep observing after the load event: late layout (fonts, resize observers) shifts in that time. */
const SETTLE_MS = 500;

interface Shift {
  value: number;
  sources: string[];
}

/** Runs in the page before any of its own scripts: keeps every layout shift it sees. */
function observeShifts(): void {
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  const describe = (node: Node | null): string => {
    if (!(node instanceof Element)) return node?.nodeName.toLowerCase() ?? '?';
    const id = node.id ? `#${node.id}` : '';
    const classes = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
    return `${node.localName}${id}${classes}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] })[]) {
      if (entry.hadRecentInput) continue;
      w.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function shiftOf(browser: Browser, origin: string, path: string, viewport: ClsViewport): Promise<PageShift> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.mobile, hasTouch: viewport.mobile });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeShifts);
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    const sources = [...shifts].sort((a, b) => b.value - a.value).flatMap((s) => s.sources);
    return { path, viewport: viewport.label, cls, sources: [...new Set(sources)].slice(0, 4) };
  } finally {
    await context.close();
  }
}

/** Every page at every viewport, two pages at a time in one browser. */
export async function measureCls(browser: Browser, origin: string, paths: string[], viewports = CLS_VIEWPORTS, concurrency = 2): Promise<ClsResults> {
  const jobs = paths.flatMap((path) => viewports.map((viewport) => ({ path, viewport })));
  const pages: PageShift[] = [];
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) pages.push(await shiftOf(browser, origin, job.path, job.viewport));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  pages.sort((a, b) => a.path.localeCompare(b.path) || a.viewport.localeCompare(b.viewport));
  return { settleMs: SETTLE_MS, viewports: viewports.map((v) => v.label), pages, max: Math.max(0, ...pages.map((p) => p.cls)) };
}
