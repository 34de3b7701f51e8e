import type { EmbedFitResults } from './embed-fit.ts';
/**
 * What one `npm run bench` run is asked to do (its environment variables)
 * and what it writes to bench/results.json; run.ts fills it in and
 * markdown.ts renders it.
 */
import type { LoadFacts } from './browser.ts';
import type { ClsResults } from './cls.ts';
import type { ExplorerResults } from './explorer.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { skippedParts } from './parts.ts';
import type { PngResults } from './png.ts';
import type { BuildRun } from './project.ts';
import type { PageSizes } from './sizes.ts';
import type { PageKind } from '../../scripts/verify/pages.ts';

const env = (name: string, fallback: string) => process.env[name] ?? fallback;

export const OPTIONS = {
  coldRuns: Math.max(1, Number(env('BENCH_COLD_RUNS', '3'))),
  buildRuns: Number(env('BENCH_BUILD_RUNS', '5')),
  pngRuns: Math.max(1, Number(env('BENCH_PNG_RUNS', '3'))),
  pngBudgetMs: Number(env('BENCH_PNG_BUDGET_S', '180')) * 1000,
  scales: env('BENCH_SCALES', '10,30').split(',').filter(Boolean).map(Number),
  scaleRuns: env('BENCH_SCALE_RUNS', '3,3,1').split(',').map(Number),
  scaleTimeoutMs: Number(env('BENCH_SCALE_TIMEOUT_S', '2400')) * 1000,
  lighthouseRuns: Number(env('BENCH_LH_RUNS', '3')),
  timingRuns: Number(env('BENCH_TIMING_RUNS', '5')),
  port: Number(env('BENCH_PORT', '4332')),
  peerPort: Number(env('BENCH_PEER_PORT', '4333')),
  pages: process.env.BENCH_PAGES?.split(',').map((s) => s.trim()).filter(Boolean),
  skip: skippedParts(process.env.BENCH_ONLY, process.env.BENCH_SKIP),
  keep: process.env.BENCH_KEEP === '1',
};

export interface BenchResults {
  date: string;
  commit: string;
  environment: { node: string; cpus: number; cpuModel: string; loadAtStart: string; loadAtEnd?: string };
  options: Omit<typeof OPTIONS, 'skip'> & { skip: string[] };
  /** The parts this run measured (the others are absent from the results). */
  parts?: string[];
  build: {
    /** Warm builds (caches left by the build before), and their medians. */
    runs: BuildRun[];
    medianMs: number;
    medianCpuMs?: number;
    /** Cold builds (BUILD_CACHES emptied before each), and their medians. */
    coldRuns?: BuildRun[];
    coldMedianMs?: number;
    coldMedianCpuMs?: number;
    /** What each cold build started without. */
    coldEmptied?: string[];
    /** Cold ÷ warm: of the medians (wall, CPU), and the median of the ratios of each cold build to the warm build right after it. */
    coldOverWarm?: number;
    coldOverWarmCpu?: number;
    coldOverWarmPaired?: number;
    /** Results before cold runs were repeated had one cold build here. */
    cold?: BuildRun;
    pages: number;
  };
  png?: PngResults;
  /** Each chart's fixed snippet height against its embed page's content, at GAP_WIDTHS (embed-fit.ts). */
  embeds?: EmbedFitResults;
  /** Layout shift of every page on a phone and a desktop. */
  cls?: ClsResults;
  /** The TOP50 index explorer: its JS and the time one weight change takes. */
  explorer?: ExplorerResults;
  /** Builds with the TOP50 grown ×factor (industryRows: results from before only the TOP50 grew, when the industry table grew too). */
  growth?: { factor: number; top50Rows: number; industryRows?: number; runs: BuildRun[]; medianMs: number; medianCpuMs?: number; distBytes?: number }[];
  /** `map`: an embed page showing a world map (a choropleth), held to its own, smaller budget. */
  pages: (PageSizes & { kind: PageKind; load?: LoadFacts; map?: boolean })[];
  /** The PDFs `npm run pdf` last made in the checkout (public/pdf/manifest.json), if it has run. */
  pdfs?: { name: string; pages: number; bytes: number }[];
  lighthouse: (LighthouseResult & { path: string; role: string })[];
  peer?: {
    ours: string;
    rows: { name: string; url: string; sizes: PageSizes; load?: LoadFacts; timing: Record<string, { median: number; runs: number[] }>; lighthouse?: LighthouseResult }[];
  };
}
