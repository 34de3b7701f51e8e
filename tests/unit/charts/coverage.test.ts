import { figureCoverage, chartRegistry } from '../../../src/reports/site.ts';
import { figureCoverageOf } from '../../../src/charts/coverage.ts';
import { figuresDataset } from '../../../src/data/figures.ts';
import patents2021 from '../../../src/reports/patents-2021/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captionsInReport, readFigureList, SOURCE_FILES, sourcesDir } from '../../report-sources.ts';

const REPORTS = Object.keys(SOURCE_FILES);
const SOURCES = sourcesDir();
console.log(SOURCES ? `figure coverage: checked the kept figure list against the report texts in ${SOURCES}` : 'figure coverage: no report texts here (LEDGER_SOURCES unset, no ../shared/seeds); checked against the kept figure list only');

describe('figure coverage', () => {
  const coverage = figureCoverage();

  it.each(REPORTS)('names every table and figure of %s, as the kept list of the report has them', (report) => {
    const list = readFigureList(report);
    expect(list.length).toBeGreaterThan(5);
    const rows = coverage.filter((r) => r.report === report);
    expect(rows.map((r) => r.ref).sort()).toEqual(list.map((f) => f.ref).sort());
    for (const figure of list) {
      const row = rows.find((r) => r.ref === figure.ref)!;
      if (figure.caption === null) {
        expect(row.treatment, `${report} ${figure.ref}: its caption is lost from the report text`).toBe('lost');
      } else {
        expect(row.treatment, `${report} ${figure.ref}`).not.toBe('lost');
        // figures.csv keeps the caption without the "数据来源" credit the report prints after it.
        expect(figure.caption.replace(/\s+/g, ''), `${report} ${figure.ref}`).toContain((row.caption ?? '').replace(/\s+/g, ''));
      }
    }
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
    expect(() => figureCoverageOf('patents-2021', patents2021.data.rows(figuresDataset('patents-2021')).rows, withoutTop50)).toThrow('data/patents-2021/figures.csv: 表 2 is marked charted, but no chart in the registry has ref "表 2"');
  });
});

/*
 * Where the report texts are on this machine, the kept list is checked
 * against them; where they are not, the test says so and checks the list's
 * reader on a text it writes itself, so neither branch passes by skipping.
 */
describe(SOURCES ? `the kept list of tables and figures, against the report texts in ${SOURCES}` : 'the kept list of tables and figures (no report texts on this machine: set LEDGER_SOURCES to check it against them)', () => {
  if (SOURCES) {
    it('holds exactly the report texts in the folder', () => {
      expect(readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort()).toEqual(Object.values(SOURCE_FILES).sort());
    });

    it.each(REPORTS)('matches every caption of %s', (report) => {
      const text = readFileSync(join(SOURCES, SOURCE_FILES[report]!), 'utf8');
      expect(readFigureList(report)).toEqual(captionsInReport(text));
    });
  } else {
    it('reads captions and the numbers a text skips', () => {
      const text = '前言\n图 1: 甲\n正文\n表 1：乙\n图 3：丙\n图 3：丙（续）\n';
      expect(captionsInReport(text)).toEqual([
        { ref: '图 1', caption: '甲' },
        { ref: '图 2', caption: null },
        { ref: '图 3', caption: '丙' },
        { ref: '表 1', caption: '乙' },
      ]);
    });
  }
});
