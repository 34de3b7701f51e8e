/**
 * Lighthouse (mobile profile: its default config, Moto G Power emulation and
 * simulated slow-4G throttling) over local URLs, in one headless Chromium.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../tests/chromium.ts';
import { median } from './project.ts';

export interface LighthouseResult {
  url: string;
  runs: number;
  /** 0–100, median over runs. */
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  /** Milliseconds (LCP, TBT, FCP, SI) and unitless CLS, median over runs. */
  metrics: { lcp: number; cls: number; tbt: number; fcp: number; si: number; bytes: number };
  /** Audits that kept a category below 100 (from the last run): "category: audit title". */
  misses: string[];
  /** Lighthouse's CPU benchmark of this machine at the time (median); mid-range desktops score ~1500+, lower means a slow or busy CPU. */
  benchmarkIndex: number;
  error?: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Launched {
  port: number;
  kill(): void | Promise<void>;
}

/** chrome-launcher as lighthouse (a devDependency) resolves it. */
async function launchChrome(): Promise<Launched> {
  const require = createRequire(import.meta.url);
  const fromLighthouse = createRequire(require.resolve('lighthouse'));
  const launcher = (await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)) as {
    launch(options: { chromePath?: string; chromeFlags?: string[] }): Promise<Launched>;
  };
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  if (!chromePath) throw new Error('no Chromium found (set CHROME_PATH)');
  return launcher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
}

export async function runLighthouse(urls: string[], runs = 1, log: (s: string) => void = () => {}): Promise<LighthouseResult[]> {
  const chrome = await launchChrome();
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics: Record<string, number[]> = { lcp: [], cls: [], tbt: [], fcp: [], si: [], bytes: [] };
      let misses: string[] = [];
      const bench: number[] = [];
      let error: string | undefined;
      for (let i = 0; i < runs; i++) {
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          if (!result) throw new Error('no result');
          const lhr = result.lhr;
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          for (const c of CATEGORIES) scores[c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
          const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
          bench.push(lhr.environment.benchmarkIndex);
          metrics.lcp!.push(num('largest-contentful-paint'));
          metrics.cls!.push(num('cumulative-layout-shift'));
          metrics.tbt!.push(num('total-blocking-time'));
          metrics.fcp!.push(num('first-contentful-paint'));
          metrics.si!.push(num('speed-index'));
          metrics.bytes!.push(num('total-byte-weight'));
          misses = [];
          for (const c of CATEGORIES) {
            const category = lhr.categories[c];
            if (!category || category.score === 1) continue;
            for (const ref of category.auditRefs) {
              const audit = lhr.audits[ref.id];
              if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
              misses.push(`${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
            }
          }
          log(`  lighthouse ${url} run ${i + 1}/${runs}: perf ${scores.performance!.at(-1)}`);
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          log(`  lighthouse ${url} run ${i + 1}/${runs} failed: ${error}`);
        }
      }
      results.push({
        url,
        runs: scores.performance!.length,
        scores: { performance: median(scores.performance!), accessibility: median(scores.accessibility!), 'best-practices': median(scores['best-practices']!), seo: median(scores.seo!) },
        metrics: { lcp: median(metrics.lcp!), cls: median(metrics.cls!), tbt: median(metrics.tbt!), fcp: median(metrics.fcp!), si: median(metrics.si!), bytes: median(metrics.bytes!) },
        misses,
        benchmarkIndex: median(bench),
        ...(error ? { error } : {}),
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
