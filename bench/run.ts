/**
 * `npm run bench`: a benchmark (not a test) of the built site. Writes
 * bench/results.json (everything measured) and bench/results.md (tables).
 * See bench/README.md for what is measured and the options.
 */
import { REPORTS } from '../src/reports/site.ts';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { discoverPages, pageKind, type PageKind } from '../scripts/verify/pages.ts';
import { serveStatic, type StaticServer } from '../scripts/verify/server.ts';
import { launchBrowser, loadFacts, MOBILE_THROTTLE, NO_THROTTLE, timeToChartInterleaved } from './lib/browser.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import { renderMarkdown } from './lib/markdown.ts';
import { OPTIONS, type BenchResults } from './lib/results.ts';
import { benchPng } from './lib/png.ts';
import { benchExplorer } from './lib/explorer.ts';
import { BUILD_CACHES, clearCaches, copyProject, growData, relaxChecks, removeProject, RELAX_CHECKS_ENV, timeBuild, type BuildRun } from './lib/project.ts';
import { PARTS, type Part } from './lib/parts.ts';
import { CLS_VIEWPORTS, measureCls } from './lib/cls.ts';
import { measureEmbedFit } from './lib/embed-fit.ts';
import { formatRatio, median, pairedRatio, ratioOf } from './lib/stats.ts';
import { pageSizes, type PageSizes } from './lib/sizes.ts';
import { buildPeerPages } from './peer/build.ts';
import { PEER_NAMES } from './lib/markdown.ts';


/** Chapter slugs per report, to tell chapter pages from other pages under a report. */
const CHAPTERS = Object.fromEntries(REPORTS.map((r) => [r.id, r.chapters.map((c) => c.slug)]));

const log = (s: string) => process.stderr.write(`${s}\n`);
const load = () => loadavg()[0]!.toFixed(2);
const seconds = (ms: number) => Math.round(ms / 10) / 100;


function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() + (execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '');
  } catch {
    return 'unknown';
  }
}

/** Pages Lighthouse measures: home, two chapter pages and two embed pages, or the fallbacks. */
function pickPages(pages: (PageSizes & { kind: PageKind })[], ours: string): { path: string; role: string }[] {
  if (OPTIONS.pages) return OPTIONS.pages.map((path) => ({ path, role: 'chosen (BENCH_PAGES)' }));
  const byWeight = (kind: PageKind) => pages.filter((p) => p.kind === kind).sort((a, b) => b.total.gz - a.total.gz);
  const has = (path: string) => pages.some((p) => p.path === path);
  const picked: { path: string; role: string }[] = [{ path: '/', role: 'home' }];
  const chapters = byWeight('chapter');
  if (chapters.length >= 2) {
    picked.push({ path: chapters[0]!.path, role: 'chapter (heaviest)' }, { path: chapters.at(-1)!.path, role: 'chapter (lightest)' });
  } else {
    for (const path of ['/charts/', '/data/']) if (has(path)) picked.push({ path, role: 'fallback for chapter pages' });
  }
  const embeds = byWeight('embed');
  if (embeds.length >= 2) {
    picked.push({ path: ours, role: 'embed (TOP50 scores, "ours")' });
    const other = embeds.find((e) => e.path !== ours)!;
    picked.push({ path: other.path, role: 'embed (heaviest other)' });
  } else {
    for (const path of ['/charts/', '/data/']) if (has(path) && !picked.some((p) => p.path === path)) picked.push({ path, role: 'fallback for embed pages' });
  }
  return picked.filter((p, i) => picked.findIndex((q) => q.path === p.path) === i);
}

async function main() {
  const results: BenchResults = {
    date: new Date().toISOString(),
    commit: commit(),
    environment: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', loadAtStart: load() },
    options: { ...OPTIONS, skip: [...OPTIONS.skip] },
    parts: PARTS.filter((p) => !OPTIONS.skip.has(p)),
    build: { runs: [], medianMs: NaN, pages: 0 },
    pages: [],
    lighthouse: [],
  };
  const siteUrl = `http://127.0.0.1:${OPTIONS.port}`;
  const temps: string[] = [];
  const servers: StaticServer[] = [];
  try {
    // 1. Build time: `npm run build` in a copy of the working tree. Cold
    // builds (every cache emptied, as a fresh clone or CI) and warm builds
    // (caches as the build before left them, as a developer rebuilds),
    // interleaved: cold, warm, cold, warm… so both see the same machine load
    // and each cold build has the warm build right after it to pair with.
    const project = copyProject('.', 'bench');
    temps.push(project);
    log(`bench: building ${OPTIONS.coldRuns}× cold and ${OPTIONS.buildRuns}× warm, interleaved, in ${project} (load ${load()})`);
    const coldRuns: BuildRun[] = [];
    const pairs: [number, number][] = [];
    for (let i = 0; i < Math.max(OPTIONS.coldRuns, OPTIONS.buildRuns); i++) {
      if (i < OPTIONS.coldRuns) {
        clearCaches(project);
        const cold = await timeBuild(project, { SITE_URL: siteUrl });
        coldRuns.push(cold);
        log(`  cold build ${i + 1}: ${seconds(cold.ms)} s (CPU ${seconds(cold.cpuMs ?? NaN)} s)${cold.ok ? '' : ' FAILED'} (load ${load()})`);
        if (!cold.ok) throw new Error(`the build failed:\n${cold.tail}`);
      }
      if (i < OPTIONS.buildRuns) {
        const run = await timeBuild(project, { SITE_URL: siteUrl });
        results.build.runs.push(run);
        log(`  warm build ${i + 1}: ${seconds(run.ms)} s (CPU ${seconds(run.cpuMs ?? NaN)} s)${run.ok ? '' : ' FAILED'} (load ${load()})`);
        if (!run.ok) throw new Error(`the build failed:\n${run.tail}`);
        if (i < OPTIONS.coldRuns) pairs.push([coldRuns[i]!.ms, run.ms]);
      }
    }
    results.build.medianMs = median(results.build.runs.map((r) => r.ms));
    const cpu = results.build.runs.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
    if (cpu.length) results.build.medianCpuMs = median(cpu);
    results.build.coldRuns = coldRuns;
    results.build.coldEmptied = BUILD_CACHES;
    results.build.coldMedianMs = median(coldRuns.map((r) => r.ms));
    const coldCpu = coldRuns.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
    if (coldCpu.length) results.build.coldMedianCpuMs = median(coldCpu);
    results.build.coldOverWarm = ratioOf(results.build.coldMedianMs, results.build.medianMs);
    results.build.coldOverWarmCpu = ratioOf(results.build.coldMedianCpuMs, results.build.medianCpuMs);
    results.build.coldOverWarmPaired = pairedRatio(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    log(`  cold ${seconds(results.build.coldMedianMs)} s ÷ warm ${seconds(results.build.medianMs)} s (medians) = ${formatRatio(results.build.coldMedianMs, results.build.medianMs)}`);
    const dist = join(project, 'dist');

    // 2. PNG render time with the full font and with the build's subset, from this build's standalone SVGs.
    if (!OPTIONS.skip.has('png')) {
      log(`bench: PNG render per chart, full font vs subset, ${OPTIONS.pngRuns} repetition(s) (load ${load()})`);
      results.png = await benchPng(project, dist, { runs: OPTIONS.pngRuns, budgetMs: OPTIONS.pngBudgetMs, log });
      const p = results.png;
      log(`  png: all charts ${Math.round(p.total.beforeMedianMs)} ms → ${Math.round(p.total.afterMedianMs)} ms (${formatRatio(p.total.beforeMedianMs, p.total.afterMedianMs)}), ${p.identicalCharts}/${p.charts.length} identical`);
    }

    // 3. Bytes per page, from the files (also what Lighthouse and the peer comparison pick pages by).
    const files = discoverPages(dist);
    results.build.pages = files.length;
    const ours = files.some((f) => f.path === '/embed/a-top50-scores/') ? '/embed/a-top50-scores/' : '/charts/';
    const needSite = ['pages', 'embeds', 'peer', 'lighthouse', 'explorer', 'cls'].some((part) => !OPTIONS.skip.has(part as Part));
    if (needSite) {
      results.pages = files.map((f) => {
        const kind = pageKind(f.path, CHAPTERS);
        const map = kind === 'embed' && /\bdata-chart=["']?choropleth\b/.test(readFileSync(join(dist, f.file), 'utf8'));
        return { ...pageSizes(dist, f.file, f.path), kind, ...(map && { map }) };
      });
    }
    // The PDFs are made by `npm run pdf` (a minute of Chromium), not by the build: report the checkout's last ones.
    const manifest = join('public', 'pdf', 'manifest.json');
    if (existsSync(manifest)) {
      const entries = Object.entries(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { pages: number; bytes: number }>);
      results.pdfs = entries.map(([name, { pages, bytes }]) => ({ name, pages, bytes }));
    }

    // 4. Load every page in Chromium: transfer, and JS on versus off.
    if (needSite) {
      const site = await serveStatic(dist, { port: OPTIONS.port, headers: 'cloudflare' });
      servers.push(site);
      const browser = ['pages', 'embeds', 'peer', 'explorer', 'cls'].some((part) => !OPTIONS.skip.has(part as Part)) ? await launchBrowser() : undefined;
      try {
        if (browser && !OPTIONS.skip.has('pages')) {
          log(`bench: loading ${files.length} pages with JS on and off`);
          const facts = await loadFacts(browser, site.origin, files.map((f) => f.path));
          for (const page of results.pages) {
            const fact = facts.find((f) => f.path === page.path);
            if (fact) page.load = fact;
          }
        }

        // 4a. Layout shift: every page of both editions on a phone and a desktop.
        if (browser && !OPTIONS.skip.has('cls')) {
          log(`bench: layout shift of ${files.length} pages at ${CLS_VIEWPORTS.map((v) => v.label).join(' and ')}`);
          results.cls = await measureCls(browser, site.origin, files.map((f) => f.path));
          const shifted = results.cls.pages.filter((p) => p.cls > 0);
          log(`  cls: max ${results.cls.max.toFixed(4)}, ${shifted.length} page loads with CLS > 0${shifted.length ? `: ${shifted.map((p) => `${p.path} ${p.viewport} ${p.cls.toFixed(4)}`).join(', ')}` : ''}`);
        }

        // 4b. The snippet's fixed height against each embed page, without host scripts.
        if (browser && !OPTIONS.skip.has('embeds')) {
          log('bench: each embed page against its snippet height at 320, 640 and 1200 px');
          results.embeds = await measureEmbedFit(browser, site.origin);
        }

        // 4c. The index explorer: its JS, and one recompute on a phone-like CPU.
        if (browser && !OPTIONS.skip.has('explorer')) {
          log('bench: the TOP50 index explorer (JS bytes, recompute time at 4× CPU)');
          results.explorer = await benchExplorer(browser, dist, site.origin, OPTIONS.timingRuns * 6);
          for (const r of results.explorer.recompute) log(`  explorer ${r.path}: script ${r.scriptMedianMs.toFixed(1)} ms, to next frame ${r.medianMs.toFixed(1)} ms per change (medians of ${r.runs}, ${r.throttle})`);
        }

        // 5. The peer pages, from the same CSV.
        let peerServer: StaticServer | undefined;
        if (browser && !OPTIONS.skip.has('peer')) {
          log('bench: building the peer pages (Observable Plot in the browser and at build time, Vega-Lite at build time, static SVG)');
          const peer = await buildPeerPages();
          peerServer = await serveStatic(peer.root, { port: OPTIONS.peerPort, headers: false });
          servers.push(peerServer);
          const peerPages = [
            { name: PEER_NAMES.plot, path: peer.plot, selector: '#chart svg' },
            { name: PEER_NAMES.plotSsr, path: peer.plotSsr, selector: 'main svg' },
            { name: PEER_NAMES.vegaLite, path: peer.vegaLite, selector: 'main svg' },
            { name: PEER_NAMES.lowerBound, path: peer.lowerBound, selector: 'svg[role="img"]' },
          ];
          const peerFacts = await loadFacts(browser, peerServer.origin, peerPages.map((p) => p.path));
          const oursPage = results.pages.find((p) => p.path === ours)!;
          const rows: NonNullable<BenchResults['peer']>['rows'] = [
            { name: `ours (${ours})`, url: site.origin + ours, sizes: oursPage, ...(oursPage.load ? { load: oursPage.load } : {}), timing: {} },
            ...peerPages.map((p) => ({
              name: p.name,
              url: peerServer!.origin + p.path,
              sizes: pageSizes(peer.root, `${p.path.slice(1)}index.html`, p.path),
              load: peerFacts.find((f) => f.path === p.path)!,
              timing: {},
            })),
          ];
          const selectors = ['svg[role="img"]', ...peerPages.map((p) => p.selector)];
          for (const throttle of [NO_THROTTLE, MOBILE_THROTTLE]) {
            log(`bench: time to chart, ${rows.length} pages interleaved, ${throttle.label}`);
            const timings = await timeToChartInterleaved(browser, rows.map((row, i) => ({ url: row.url, selector: selectors[i]! })), OPTIONS.timingRuns, throttle);
            rows.forEach((row, i) => (row.timing[throttle.label] = timings[i]!));
          }
          results.peer = { ours, rows };
        }
      } finally {
        await browser?.close();
      }

      // 6. Lighthouse, mobile profile.
      if (!OPTIONS.skip.has('lighthouse')) {
        const picked = pickPages(results.pages, ours);
        const targets = [...picked.map((p) => ({ ...p, url: site.origin + p.path }))];
        if (results.peer) {
          for (const row of results.peer.rows.slice(1)) targets.push({ path: new URL(row.url).pathname, role: row.name, url: row.url });
        }
        log(`bench: lighthouse on ${targets.length} pages, ${OPTIONS.lighthouseRuns} run(s) each`);
        const lh = await runLighthouse(targets.map((t) => t.url), OPTIONS.lighthouseRuns, log);
        results.lighthouse = lh.map((r, i) => ({ ...r, path: targets[i]!.path, role: targets[i]!.role }));
        if (results.peer) {
          for (const row of results.peer.rows) {
            const found = results.lighthouse.find((r) => r.url === row.url);
            if (found) row.lighthouse = found;
          }
        }
      }
    }
    for (const s of servers.splice(0)) await s.close();

    // 7. Build time as the TOP50 grows (×N rows), checks relaxed in a copy.
    if (!OPTIONS.skip.has('growth') && OPTIONS.scales.length > 0) {
      const grown = copyProject('.', 'growth');
      temps.push(grown);
      relaxChecks(grown);
      results.growth = [];
      const factors = [1, ...OPTIONS.scales];
      for (const [i, factor] of factors.entries()) {
        copyFileSync('data/patents-2021/top50.csv', join(grown, 'data/patents-2021/top50.csv'));
        const rows = growData(grown, factor);
        const runs: BuildRun[] = [];
        const count = OPTIONS.scaleRuns[i] ?? OPTIONS.scaleRuns.at(-1) ?? 1;
        for (let r = 0; r < count; r++) {
          // Cold every time: a data change re-renders what depends on it, caches or not.
          clearCaches(grown);
          const run = await timeBuild(grown, { [RELAX_CHECKS_ENV]: '1', SITE_URL: siteUrl }, OPTIONS.scaleTimeoutMs);
          runs.push(run);
          log(`bench: data ×${factor} (${rows.top50Rows} TOP50 rows) build ${r + 1}/${count}: ${seconds(run.ms)} s (CPU ${seconds(run.cpuMs ?? NaN)} s)${run.ok ? '' : ' FAILED'} (load ${load()})`);
          if (!run.ok) break;
        }
        const okRuns = runs.filter((r) => r.ok);
        let distBytes: number | undefined;
        try {
          distBytes = Number(execFileSync('du', ['-sb', join(grown, 'dist')], { encoding: 'utf8' }).split('\t')[0]);
        } catch {
          distBytes = undefined;
        }
        const cpuRuns = okRuns.map((r) => r.cpuMs).filter((v): v is number => v !== undefined);
        results.growth.push({
          factor,
          ...rows,
          runs,
          medianMs: okRuns.length ? median(okRuns.map((r) => r.ms)) : NaN,
          ...(cpuRuns.length ? { medianCpuMs: median(cpuRuns) } : {}),
          ...(distBytes ? { distBytes } : {}),
        });
        if (okRuns.length === 0) break;
      }
    }
  } finally {
    for (const s of servers) await s.close();
    if (!OPTIONS.keep) for (const dir of temps) removeProject(dir);
    else log(`bench: kept ${temps.join(', ')}`);
  }
  results.environment.loadAtEnd = load();
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/results.md', renderMarkdown(results));
  log('bench: wrote bench/results.md and bench/results.json');
}

if (!existsSync('package.json')) {
  log('bench: run from the project root (npm run bench)');
  process.exit(2);
}
if (process.argv.includes('--render')) {
  // Rewrite results.md from results.json (after a change to the report's layout).
  writeFileSync('bench/results.md', renderMarkdown(JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchResults));
  log('bench: rewrote bench/results.md from bench/results.json');
} else {
  await main();
}
