import { chartRegistry } from '../../../src/reports/site.ts';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../../src/charts/entry.ts';
import { csvHeader, tableCsv } from '../../../src/embed/csv.ts';

const table: DataTable = {
  columns: [
    { key: 'name', label: '名称', numeric: false },
    { key: 'value', label: '数值', numeric: true },
    { key: 'note', label: '说明', numeric: false },
  ],
  rows: [
    { name: '甲, "乙"', value: 1.5, note: null },
    { name: '丙\n丁', value: null, note: '=1+1' },
  ],
};

describe('tableCsv', () => {
  it('starts with a BOM, uses the labels as header and CRLF lines, and quotes what needs it', () => {
    const csv = tableCsv(table);
    expect(csv.startsWith('\uFEFF名称,数值,说明\r\n')).toBe(true);
    expect(csv).toContain('"甲, ""乙""",1.5,\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through papaparse to the rows of the table', () => {
    const parsed = Papa.parse<Record<string, string>>(tableCsv(table).slice(1), { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      { 名称: '甲, "乙"', 数值: '1.5', 说明: '' },
      { 名称: '丙\n丁', 数值: '', 说明: "'=1+1" },
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula, and numbers as numbers', () => {
    const risky = { columns: [{ key: 'a', label: '说明', numeric: false }, { key: 'n', label: '数值', numeric: true }], rows: ['=SUM(A1)', '+1', '-x', '@cmd', '\tx', '\rx'].map((a) => ({ a, n: -3 })) };
    const cells = Papa.parse<string[]>(tableCsv(risky).slice(1), { skipEmptyLines: 'greedy' }).data.slice(1);
    expect(cells).toEqual([["'=SUM(A1)", '-3'], ["'+1", '-3'], ["'-x", '-3'], ["'@cmd", '-3'], ["'\tx", '-3'], ["'\rx", '-3']]);
  });

  it('keeps header names unique', () => {
    expect(csvHeader({ columns: [{ key: 'a', label: '年', numeric: false }, { key: 'b', label: '年', numeric: true }], rows: [] })).toEqual(['年（a）', '年（b）']);
  });

  it('has unique header names for every chart of the registry', () => {
    for (const entry of chartRegistry()) {
      const header = csvHeader(entry.table);
      expect(new Set(header).size, entry.id).toBe(header.length);
    }
  });

  it('writes a column with the decimals the report printed: 99.0 stays 99.0', () => {
    const scores: DataTable = { columns: [{ key: 'score', label: '得分', numeric: true, decimals: 1 }], rows: [{ score: 99 }, { score: 91.8 }] };
    expect(tableCsv(scores)).toBe('\uFEFF得分\r\n99.0\r\n91.8\r\n');
  });

  it('the TOP50 score downloads keep the printed .0', () => {
    for (const id of ['a-top50-scores', 'a-top50-table']) {
      const entry = chartRegistry().find((e) => e.id === id);
      expect(entry, id).toBeDefined();
      expect(tableCsv(entry!.table), id).toMatch(/,99\.0\r\n/u);
    }
  });
});
