import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureCoverage } from '../../../src/charts/coverage.ts';
import { chartRegistry } from '../../../src/charts/registry/index.ts';

const SEEDS = '../shared/seeds';
const REPORT_OF_SEED: Record<string, 'patents-2021' | 'trends-2020'> = {
  '000_a4a48f9b05a0c904.txt': 'patents-2021',
  '004_3c5435b28944811a.txt': 'trends-2020',
};

/** Every caption "图 N:" / "表 N：" in a report's text, plus any number skipped in a run (a caption the text lost). */
function refsInReport(text: string): string[] {
  const refs = new Set<string>();
  const highest = { 图: 0, 表: 0 };
  for (const match of text.matchAll(/(?:^|\n)\s*(图|表)\s*(\d+)\s*[:：]/gu)) {
    const kind = match[1] as '图' | '表';
    const n = Number(match[2]);
    refs.add(`${kind} ${n}`);
    highest[kind] = Math.max(highest[kind], n);
  }
  for (const kind of ['图', '表'] as const) for (let n = 1; n <= highest[kind]; n++) refs.add(`${kind} ${n}`);
  return [...refs].sort();
}

describe('figure coverage', () => {
  const coverage = figureCoverage();

  it.each(Object.entries(REPORT_OF_SEED))('names every table and figure of %s', (seed, report) => {
    const inReport = refsInReport(readFileSync(`${SEEDS}/${seed}`, 'utf8'));
    expect(inReport.length).toBeGreaterThan(5);
    const covered = coverage.filter((r) => r.report === report).map((r) => r.ref).sort();
    expect(covered).toEqual(inReport);
  });

  it('knows both seed files', () => {
    expect(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.keys(REPORT_OF_SEED).sort());
  });

  it('links every charted figure to its charts and every other one to a reason', () => {
    for (const row of coverage) {
      if (row.treatment === 'charted') expect(row.charts.length, row.ref).toBeGreaterThan(0);
      else expect(row.charts, row.ref).toEqual([]);
      expect(row.note.length).toBeGreaterThan(0);
    }
  });

  it('fails the build when a charted figure loses its chart', () => {
    const withoutTop50 = chartRegistry().filter((e) => e.ref !== '表 2');
    expect(() => figureCoverage(withoutTop50)).toThrow('data/patents-2021/figures.csv: 表 2 is marked charted, but no chart in the registry has ref "表 2"');
  });
});
