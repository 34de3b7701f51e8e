import { DATASETS, loadCatalog, REPORTS } from '../../../src/reports/site.ts';
import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetFile } from '../../../src/data/dataset.ts';

describe('the catalog', () => {
  const catalog = loadCatalog();

  it('loads and checks every dataset', () => {
    expect([...catalog.keys()]).toEqual(DATASETS.map((d) => d.id));
  });

  // Counted by a parser run independently of the loader, so a row the loader
  // skipped would show up here as a difference.
  it.each(DATASETS.map((d) => [d.id, d] as const))('%s: every CSV record reaches the typed rows', (_id, def) => {
    const text = readFileSync(datasetFile(def), 'utf8');
    const records = Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data;
    expect(catalog.get(def.id)!.rows).toHaveLength(records.length);
  });

  it('keeps every dataset in the folder of its report, with rows naming that report', () => {
    for (const def of DATASETS) {
      expect(REPORTS.map((r) => r.id)).toContain(def.report);
      expect(def.id.startsWith(`${def.report}/`)).toBe(true);
      for (const row of catalog.get(def.id)!.rows as { report: string }[]) expect(row.report).toBe(def.report);
    }
  });

  it('has a dataset for every CSV in data/, so no file is left unchecked', () => {
    const files = readdirSync('data', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.csv'))
      .map((f) => `data/${f.replaceAll('\\', '/')}`)
      .sort();
    expect(files).toEqual(DATASETS.map((def) => datasetFile(def)).sort());
  });

  it('has no two datasets with the same id', () => {
    expect(new Set(DATASETS.map((d) => d.id)).size).toBe(DATASETS.length);
  });
});
