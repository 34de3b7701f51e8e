/**
 * A third report is its folder plus one line in the report list: the
 * made-up report in tests/fixtures/reports/sample-2024/ is registered by
 * tests/fixtures/reports/registry.ts (the site's list and one more line) and
 * the whole site is built with it. Its chapter, chart, embed, downloads and
 * data must all come out, beside the real reports'.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'ledger-sample-report-'));
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  execFileSync(process.execPath, ['tests/fixtures/reports/build.ts', out], {
    env: { ...process.env, LEDGER_LOCAL_BUILD: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a report registered from its own folder', () => {
  it('gets a chapter page with its prose, its chart and a computed, labelled figure', () => {
    const page = read('sample-2024/overview/index.html');
    expect(page).toContain('三家公司合计获得授权专利 245 件（本站由表 1 加总）');
    expect(page).toMatch(/<svg class="chart-svg chart-(wide|fluid)"[^>]*aria-labelledby="c-sample-counts-/);
    expect(page).toContain('甲公司的授权专利最多');
    expect(page).toContain('报告C《示例报告：三家虚构公司的专利数》');
  });

  it('gets an embed page, an oEmbed answer and its three downloads', () => {
    expect(read('embed/c-sample-counts/index.html')).toContain('甲公司的授权专利最多');
    expect(JSON.parse(read('oembed/c-sample-counts.json'))).toMatchObject({ type: 'rich', title: '甲公司的授权专利最多' });
    expect(read('downloads/c-sample-counts.csv').replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual(['公司,授权专利数量（件）', '甲公司,120', '乙公司,80', '丙公司,45']);
    const svg = read('downloads/c-sample-counts.svg');
    expect(svg).toContain('<title>甲公司的授权专利最多</title>');
    const png = readFileSync(join(out, 'downloads/c-sample-counts.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('is listed with its data beside the real reports', () => {
    expect(read('data/sample-2024/counts.csv')).toBe(readFileSync('tests/fixtures/reports/sample-2024/counts.csv', 'utf8'));
    const pkg = JSON.parse(read('datapackage.json')) as { resources: { name: string }[] };
    expect(pkg.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['sample-2024-counts', 'patents-2021-top50']));
    const charts = JSON.parse(read('charts.json')) as { charts: { id: string }[] };
    expect(charts.charts.map((c) => c.id)).toEqual(expect.arrayContaining(['c-sample-counts', 'a-top50-scores']));
    expect(read('index.html')).toContain('示例报告：三家虚构公司的专利数');
    expect(existsSync(join(out, 'patents-2021/summary/index.html'))).toBe(true);
  });
});
