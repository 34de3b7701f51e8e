/** schema.org Dataset records: the time a dataset covers, the description's bounds, and every real dataset's required fields. */
import { describe, expect, it } from 'vitest';
import { datasetDescription, temporalCoverage } from '../../../src/data/dataset-jsonld.ts';
import { datasetPageEntries } from '../../../src/reports/data-page.ts';

describe('temporalCoverage', () => {
  const columns = [
    { name: 'period', type: 'string' },
    { name: 'value', type: 'number' },
  ];
  it('spans the earliest to the latest date in the time columns', () => {
    const rows = [{ period: '2015-01/2021-06', value: 1 }, { period: '2018', value: 2 }, { period: null, value: 3 }];
    expect(temporalCoverage({ rows }, columns, '2021')).toBe('2015-01/2021-06');
  });
  it('is one point when every row has the same time', () => {
    expect(temporalCoverage({ rows: [{ period: '2020' }, { period: '2020' }] }, columns, '2021')).toBe('2020');
  });
  it('ignores numbers in columns that are not times', () => {
    expect(temporalCoverage({ rows: [{ period: '2019', value: 1999 }] }, columns, '2021')).toBe('2019');
  });
  it('runs up to the report when the rows carry no time', () => {
    expect(temporalCoverage({ rows: [{ value: 1 }] }, columns, '2021年5月')).toBe('../2021');
  });
});

describe('datasetDescription', () => {
  it('refuses a description too short for Dataset Search', () => {
    expect(() => datasetDescription('短', '短')).toThrow(/too short/);
  });
  it('cuts one longer than 5,000 characters', () => {
    const text = datasetDescription('x'.repeat(6000), 'y');
    expect(text.length).toBe(5000);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('every dataset of the site', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: carries name, description, creator, licence, CSV, variables, time and report`, () => {
      const entries = datasetPageEntries(locale, new URL('https://example.org/'));
      expect(entries.length).toBeGreaterThan(10);
      for (const { jsonLd, summary, charts } of entries) {
        const d = jsonLd as Record<string, any>;
        expect(d['@type']).toBe('Dataset');
        expect(d.name).toBe(summary.title);
        expect(d.description.length).toBeGreaterThanOrEqual(50);
        expect(d.creator.name).toMatch(/^Ledger Atlas/);
        expect(d.license).toBe(locale === 'en' ? 'https://example.org/en/about/#licence' : 'https://example.org/about/#licence');
        expect(d.distribution[0].contentUrl).toBe(`https://example.org/data/${summary.id}.csv`);
        expect(d.variableMeasured.map((v: { name: string }) => v.name)).toEqual(summary.columns.map((c) => c.name));
        expect(d.temporalCoverage).toMatch(/^(\.\.\/)?\d{4}/);
        expect(d.isBasedOn.author.name.length).toBeGreaterThan(1);
        // A chart listed as drawn from the dataset names it among its datasets.
        for (const chart of charts) expect(chart.path).toMatch(/\/charts\/[a-z0-9-]+\/$/);
      }
      expect(entries.some((e) => e.charts.length > 0)).toBe(true);
    });
  }
});
