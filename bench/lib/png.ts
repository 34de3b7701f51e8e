/**
 * PNG render time per chart, with the full CJK font files (before: what
 * resvg got until the build cut a subset) and with the build's subset
 * (after), from the standalone SVGs a build wrote to dist/downloads/, which
 * are the exact SVGs the PNGs are rendered from. Both on this thread, one
 * render at a time (the build spreads renders over worker threads; that is
 * not what is compared here), interleaved chart by chart, the order of the
 * two flipped every repetition.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cjkFonts, PNG_SCALE, renderOptions, renderPng, subsetCjkFonts, svgCharacters, type CjkFonts } from '../../src/embed/png.ts';
import { median, pairedRatio, pixelDifference, ratioOf } from './stats.ts';

export interface PngChart {
  id: string;
  /** <text> elements in the SVG: resvg reads the font files again for each. */
  textNodes: number;
  beforeMs: number[];
  afterMs: number[];
  beforeMedianMs: number;
  afterMedianMs: number;
  /** before ÷ after, of the medians. */
  ratio: number;
  /** The two PNGs: the same bytes, else the same decoded pixels, else how many pixels differ. */
  identical: 'bytes' | 'pixels' | 'no';
  differingPixels?: number;
  maxChannelDelta?: number;
  /** The subset PNG is byte for byte the one the build wrote to dist/downloads/. */
  matchesBuild?: boolean;
}

export interface PngResults {
  runs: number;
  /** Repetitions asked for; fewer ran when the first pass showed they would not fit the time budget. */
  runsAsked: number;
  budgetMs: number;
  fontOrigin: string;
  characters: number;
  fullFont: { files: string[]; bytes: number };
  subset: { files: string[]; bytes: number; ms: number[]; medianMs: number; sameAsBuild?: boolean };
  charts: PngChart[];
  /** All charts rendered once, per repetition, and its median. */
  total: { beforeMs: number[]; afterMs: number[]; beforeMedianMs: number; afterMedianMs: number; ratio: number; pairedRatio: number };
  /** The median over charts of each chart's median. */
  medianChart: { beforeMs: number; afterMs: number; ratio: number };
  identicalCharts: number;
  stepMs: number;
}

const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);

function compare(svg: string, before: Buffer, after: Buffer, full: CjkFonts, subset: CjkFonts): Pick<PngChart, 'identical' | 'differingPixels' | 'maxChannelDelta'> {
  if (before.equals(after)) return { identical: 'bytes' };
  const pixels = (fonts: CjkFonts) => new Resvg(svg, renderOptions(fonts, PNG_SCALE)).render().pixels;
  const diff = pixelDifference(pixels(full), pixels(subset));
  if (diff.sameSize && diff.differing === 0) return { identical: 'pixels' };
  return { identical: 'no', differingPixels: diff.differing, maxChannelDelta: diff.maxChannelDelta };
}

/**
 * Times every chart of `dist`/downloads/*.svg with both fonts. `runs`
 * repetitions, cut down after the first when they would take longer than
 * `budgetMs` in all. `project` is where the font package and the build's
 * subset cache are looked up.
 */
export async function benchPng(project: string, dist: string, options: { runs: number; budgetMs: number; log: (s: string) => void }): Promise<PngResults> {
  const started = performance.now();
  const dir = join(dist, 'downloads');
  const ids = readdirSync(dir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).sort();
  if (ids.length === 0) throw new Error(`bench: no standalone SVGs in ${dir}`);
  const svgs = ids.map((id) => readFileSync(join(dir, `${id}.svg`), 'utf8'));
  const full = cjkFonts(process.env, project);
  const characters = new Set(svgs.flatMap((svg) => [...svgCharacters(svg)]));

  // The subset, cut as the build cuts it (same characters, same code), into a
  // fresh folder each repetition so the cut is timed and not read from a cache.
  const cut = async () => {
    const cache = mkdtempSync(join(tmpdir(), 'ledger-bench-fonts-'));
    const t = performance.now();
    const fonts = await subsetCjkFonts(full, characters, cache);
    return { fonts, ms: performance.now() - t, cache };
  };
  const first = await cut();
  const subset = first.fonts;
  // Sized now: the subset's folders are removed once the renders are done.
  const subsetBytes = bytesOf(subset.files);
  const subsetMs = [first.ms];
  const caches = [first.cache];
  const buildFonts = (() => {
    try {
      return readdirSync(join(project, 'node_modules/.cache/ledger-atlas-fonts'));
    } catch {
      return undefined;
    }
  })();

  const charts: PngChart[] = ids.map((id, i) => ({ id, textNodes: (svgs[i]!.match(/<text[\s>]/g) ?? []).length, beforeMs: [], afterMs: [], beforeMedianMs: NaN, afterMedianMs: NaN, ratio: NaN, identical: 'bytes' }));
  const totals = { beforeMs: [] as number[], afterMs: [] as number[] };
  // One untimed render of each kind, so the first chart does not carry resvg's start-up.
  renderPng(svgs[0]!, full);
  renderPng(svgs[0]!, subset);

  let runs = options.runs;
  try {
    for (let r = 0; r < runs; r++) {
      if (r > 0) {
        const again = await cut();
        subsetMs.push(again.ms);
        caches.push(again.cache);
      }
      let beforeSum = 0;
      let afterSum = 0;
      for (const [i, chart] of charts.entries()) {
        const svg = svgs[i]!;
        const time = (fonts: CjkFonts) => {
          const t = performance.now();
          const png = renderPng(svg, fonts);
          return { png, ms: performance.now() - t };
        };
        // Flip the order each repetition: whichever runs second may find caches warmer.
        let before: ReturnType<typeof time>;
        let after: ReturnType<typeof time>;
        if (r % 2 === 0) {
          before = time(full);
          after = time(subset);
        } else {
          after = time(subset);
          before = time(full);
        }
        chart.beforeMs.push(before.ms);
        chart.afterMs.push(after.ms);
        beforeSum += before.ms;
        afterSum += after.ms;
        if (r === 0) {
          Object.assign(chart, compare(svg, before.png, after.png, full, subset));
          try {
            chart.matchesBuild = after.png.equals(readFileSync(join(dir, `${chart.id}.png`)));
          } catch {
            // No PNG next to the SVG: nothing to compare with.
          }
        }
      }
      totals.beforeMs.push(beforeSum);
      totals.afterMs.push(afterSum);
      options.log(`  png pass ${r + 1}/${runs}: ${charts.length} charts, full font ${Math.round(beforeSum)} ms, subset ${Math.round(afterSum)} ms`);
      if (r === 0 && runs > 1) {
        const pass = performance.now() - started;
        const fit = Math.max(1, Math.floor(options.budgetMs / pass));
        if (fit < runs) {
          options.log(`  png: one pass took ${Math.round(pass / 1000)} s; ${fit} of ${runs} repetitions fit the ${Math.round(options.budgetMs / 1000)} s budget`);
          runs = fit;
        }
      }
    }
  } finally {
    for (const c of caches) rmSync(c, { recursive: true, force: true });
  }

  for (const chart of charts) {
    chart.beforeMedianMs = median(chart.beforeMs);
    chart.afterMedianMs = median(chart.afterMs);
    chart.ratio = ratioOf(chart.beforeMedianMs, chart.afterMedianMs);
  }
  const beforeMedianMs = median(totals.beforeMs);
  const afterMedianMs = median(totals.afterMs);
  const medianBefore = median(charts.map((c) => c.beforeMedianMs));
  const medianAfter = median(charts.map((c) => c.afterMedianMs));
  return {
    runs,
    runsAsked: options.runs,
    budgetMs: options.budgetMs,
    fontOrigin: full.origin,
    characters: characters.size,
    fullFont: { files: full.files.map((f) => basename(f)), bytes: bytesOf(full.files) },
    subset: {
      files: subset.files.map((f) => basename(f)),
      bytes: subsetBytes,
      ms: subsetMs,
      medianMs: median(subsetMs),
      // The subset files are named by a hash of the font and the characters: the same names mean the build cut the same subset.
      ...(buildFonts ? { sameAsBuild: subset.files.every((f) => buildFonts.includes(basename(f))) } : {}),
    },
    charts,
    total: { ...totals, beforeMedianMs, afterMedianMs, ratio: ratioOf(beforeMedianMs, afterMedianMs), pairedRatio: pairedRatio(totals.beforeMs, totals.afterMs) },
    medianChart: { beforeMs: medianBefore, afterMs: medianAfter, ratio: ratioOf(medianBefore, medianAfter) },
    identicalCharts: charts.filter((c) => c.identical !== 'no').length,
    stepMs: performance.now() - started,
  };
}
