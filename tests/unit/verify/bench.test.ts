import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { growData, median, relaxChecks } from '../../../bench/lib/project.ts';
import { costPerAddedRow, rowBudgetStatus } from '../../../bench/lib/growth.ts';
import { importsOf, inlineSvgs, pageSizes } from '../../../bench/lib/sizes.ts';
import { renderMarkdown } from '../../../bench/lib/markdown.ts';
import type { BenchResults } from '../../../bench/lib/results.ts';

const temps: string[] = [];
const temp = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `bench-${label}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('page sizes', () => {
  it('finds outermost SVGs and JS imports', () => {
    expect(inlineSvgs('<p><svg a><svg b></svg></svg><svg c></svg></p>')).toEqual(['<svg a><svg b></svg></svg>', '<svg c></svg>']);
    const { static: s, dynamic: d } = importsOf('import{a as b}from"./chunk.js";import "./side.js";const x=()=>import("/pagefind/pagefind.js");');
    expect(s).toEqual(['./chunk.js', './side.js']);
    expect(d).toEqual(['/pagefind/pagefind.js']);
  });

  it('counts a page, its stylesheet, its script graph and its inline SVG', () => {
    const root = temp('sizes');
    mkdirSync(join(root, '_astro'));
    mkdirSync(join(root, 'p'));
    writeFileSync(join(root, '_astro/a.css'), 'body{color:red}');
    writeFileSync(join(root, '_astro/main.js'), 'import{x}from"./dep.js";x();import("./lazy.js")');
    writeFileSync(join(root, '_astro/dep.js'), 'export const x=()=>1;');
    writeFileSync(join(root, '_astro/lazy.js'), 'export default 1;');
    const svg = '<svg role="img"><title>t</title><rect/></svg>';
    writeFileSync(join(root, 'p/index.html'), `<!doctype html><link rel="stylesheet" href="/_astro/a.css"><style>p{}</style>${svg}<script type="module" src="/_astro/main.js"></script><script>1</script>`);
    const sizes = pageSizes(root, 'p/index.html', '/p/');
    expect(sizes.css.raw).toBe('body{color:red}'.length + 'p{}'.length);
    expect(sizes.jsFiles.sort()).toEqual(['/_astro/dep.js', '/_astro/main.js']);
    expect(sizes.js.raw).toBe(readFileSync(join(root, '_astro/main.js')).length + readFileSync(join(root, '_astro/dep.js')).length + 1);
    expect(sizes.jsLazy.raw).toBe('export default 1;'.length);
    expect(sizes.svg).toMatchObject({ raw: svg.length, count: 1 });
    expect(sizes.total.gz).toBeGreaterThan(0);
  });
});

describe('growing the data for the build-time benchmark', () => {
  it('grows only the TOP50: the real 50 first, then copies ranked 51 on with unique names and real countries', () => {
    const dir = temp('grow');
    cpSync('data', join(dir, 'data'), { recursive: true });
    const read = (file: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const real = read('data/patents-2021/top50.csv');
    const industriesBefore = readFileSync(join(dir, 'data/patents-2021/industries.csv'), 'utf8');
    const grown = growData(dir, 3);
    const top50 = read('data/patents-2021/top50.csv');
    expect(grown.top50Rows).toBe(150);
    expect(top50.map((r) => Number(r.rank))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(new Set(top50.map((r) => r.company_zh)).size).toBe(150);
    expect(new Set(top50.map((r) => r.company_en)).size).toBe(150);
    // The first 50 rows are the report's, cell for cell: every figure stated about the TOP50 still holds.
    expect(top50.slice(0, 50)).toEqual(real);
    expect(top50[50]).toMatchObject({ rank: '51', company_zh: `${real[0]!.company_zh} 2`, country_code: real[0]!.country_code, score: real[0]!.score });
    expect(new Set(top50.map((r) => r.country_code))).toEqual(new Set(real.map((r) => r.country_code)));
    expect(readFileSync(join(dir, 'data/patents-2021/industries.csv'), 'utf8')).toBe(industriesBefore);
  });

  it('patches a copy so the checks can be relaxed, and says so when it cannot', () => {
    const dir = temp('relax');
    cpSync('src/data', join(dir, 'src/data'), { recursive: true });
    cpSync('src/reports', join(dir, 'src/reports'), { recursive: true });
    relaxChecks(dir);
    expect(readFileSync(join(dir, 'src/data/catalog.ts'), 'utf8')).toContain("process.env.LEDGER_BENCH_RELAX_CHECKS !== '1'");
    const schema = readFileSync(join(dir, 'src/reports/patents-2021/schemas/top50.ts'), 'utf8');
    expect(schema).not.toMatch(/max:\s*50\b/);
    expect(schema).not.toMatch(/rows:\s*50\b/);
    expect(schema).toMatch(/dataset\('top50', \{ key: \['rank'\], ranked: \{ column: 'rank' \} \}/);
    // The working tree keeps its pin.
    expect(readFileSync('src/reports/patents-2021/schemas/top50.ts', 'utf8')).toMatch(/rows: 50\b/);
    writeFileSync(join(dir, 'src/data/catalog.ts'), 'export {};\n');
    expect(() => relaxChecks(dir)).toThrow(/def\.checks/);
  });

  it('costs each added row against the ×1 build, and holds ×10 and ×30 to 5 ms of CPU a row', () => {
    const run = (factor: number, cpuS: number, wallS: number) => ({ factor, top50Rows: 50 * factor, runs: [], medianMs: wallS * 1000, medianCpuMs: cpuS * 1000 });
    const costs = costPerAddedRow([run(1, 40, 30), run(10, 41.8, 32.25), run(30, 50, 40)]);
    expect(costs).toEqual([
      { factor: 10, addedRows: 450, cpuMsPerRow: expect.closeTo(4, 9), wallMsPerRow: expect.closeTo(5, 9) },
      { factor: 30, addedRows: 1450, cpuMsPerRow: expect.closeTo(10000 / 1450, 9), wallMsPerRow: expect.closeTo(10000 / 1450, 9) },
    ]);
    expect(rowBudgetStatus(costs)).toBe('MISSED');
    expect(rowBudgetStatus(costs.slice(0, 1))).toBe('partly run');
    expect(rowBudgetStatus(costPerAddedRow([run(1, 40, 30), run(10, 41, 31), run(30, 46, 35)]))).toBe('met');
    expect(rowBudgetStatus(costPerAddedRow([run(1, 40, 30), { ...run(10, 0, 0), medianMs: NaN, medianCpuMs: undefined }]))).toBe('MISSED');
    expect(rowBudgetStatus([])).toBe('not run');
    expect(costPerAddedRow([run(10, 41, 31)])).toEqual([]);
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('the budgets results.md states', () => {
  const bytes = (gz: number) => ({ raw: gz * 3, gz });
  const embed = (path: string, gz: number, map: boolean) => ({
    path,
    kind: 'embed' as const,
    ...(map && { map }),
    html: bytes(gz - 4000),
    css: bytes(3000),
    js: bytes(1000),
    jsLazy: bytes(0),
    svg: { ...bytes(gz - 8000), count: 2 },
    images: bytes(0),
    total: bytes(gz),
    cssFiles: [],
    jsFiles: [],
  });
  const results = (mapGz: number, pdfs: { name: string; pages: number; bytes: number }[]): BenchResults => ({
    date: '2026-01-01',
    commit: 'abc',
    environment: { node: 'v24', cpus: 2, cpuModel: 'x', loadAtStart: '0' },
    options: {} as BenchResults['options'],
    build: { runs: [], medianMs: 10_000, pages: 3 },
    pages: [embed('/embed/a-map/', mapGz, true), embed('/embed/a-bars/', 25_000, false)],
    pdfs,
    lighthouse: [],
  });
  const line = (md: string, start: string) => md.split('\n').find((l) => l.startsWith(`| ${start}`)) ?? '';

  it('hold map embeds to 20 KB in all, other embeds to 30 KB', () => {
    expect(line(renderMarkdown(results(19_000, [])), 'A world-map embed')).toContain('| met |');
    expect(line(renderMarkdown(results(21_000, [])), 'A world-map embed')).toContain('| MISSED |');
    expect(line(renderMarkdown(results(21_000, [])), 'An embed page under 30 KB')).toContain('| met |');
  });

  it('state the build CPU per added TOP50 row at ×10 and ×30 against 5 ms', () => {
    const grown = (cpu10: number) => ({
      ...results(19_000, []),
      growth: [1, 10, 30].map((factor) => ({ factor, top50Rows: 50 * factor, runs: [], medianMs: 30_000 + factor * 100, medianCpuMs: 40_000 + (factor === 1 ? 0 : factor === 10 ? cpu10 : 1450 * 3) })),
    });
    const met = renderMarkdown(grown(450 * 3));
    expect(line(met, '< 5 ms CPU per added TOP50 row')).toMatch(/\| met \| ×10: 3\.0 ms CPU, [\d.]+ ms wall \(450 rows added\); ×30: 3\.0 ms CPU/);
    expect(met).toContain('| ×1 → ×30 | 1450 | 3.0 ms |');
    expect(line(renderMarkdown(grown(450 * 6)), '< 5 ms CPU per added TOP50 row')).toContain('| MISSED |');
    expect(line(renderMarkdown(results(19_000, [])), '< 5 ms CPU per added TOP50 row')).toContain('| not run |');
  });

  it('hold the PDFs to 8 MB together and 1.5 MB a chapter, the whole-report PDFs counted only in the total', () => {
    const mb = 1024 * 1024;
    const ok = renderMarkdown(results(19_000, [{ name: 'r/one', pages: 3, bytes: 0.4 * mb }, { name: 'r/all', pages: 20, bytes: 2 * mb }]));
    expect(line(ok, 'All PDFs')).toContain('| met |');
    expect(ok).toContain('| `r/one` | 3 |');
    const heavy = renderMarkdown(results(19_000, [{ name: 'en/r/one', pages: 3, bytes: 1.6 * mb }]));
    expect(line(heavy, 'All PDFs')).toMatch(/\| MISSED \|.*over: en\/r\/one/);
    expect(line(renderMarkdown(results(19_000, [])), 'All PDFs')).toContain('| not run |');
  });
});
