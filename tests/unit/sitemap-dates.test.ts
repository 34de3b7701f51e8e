/** The sitemap's lastmod: each page takes the date of the data it shows. */
import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../src/data/updated.ts';
import { sitemapLastmod } from '../../src/sitemap-dates.ts';
import { DATASETS } from '../../src/reports/site.ts';

const filesOf = (prefix: string) => DATASETS.filter((d) => d.id.startsWith(prefix)).map((d) => `data/${d.id}.csv`);

describe('sitemapLastmod', () => {
  const lastmod = sitemapLastmod();
  it("dates a chart page by its chart's datasets, in both editions", () => {
    const expected = lastUpdated(['data/patents-2021/top50.csv']).date;
    expect(lastmod('/charts/a-top50-scores/')).toBe(expected);
    expect(lastmod('/en/charts/a-top50-scores/')).toBe(expected);
  });
  it("dates a chapter by its report's datasets", () => {
    expect(lastmod('/en/trends-2020/summary/')).toBe(lastUpdated(filesOf('trends-2020/')).date);
  });
  it('dates the pages across reports by every dataset', () => {
    const all = lastUpdated(DATASETS.map((d) => `data/${d.id}.csv`)).date;
    for (const path of ['/', '/en/', '/charts/', '/data/', '/en/about/']) expect(lastmod(path)).toBe(all);
  });
  it('gives ISO days', () => {
    expect(lastmod('/')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
