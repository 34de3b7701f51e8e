import { describe, expect, test } from 'vitest';
import { layoutRankingTable, type RankingCell, type RankingColumn } from '../../../src/charts/ranking-table/layout.ts';
import { cellAttributes } from '../../../src/charts/ranking-table/table.ts';

const rows = [
  { rank: 2, company: '平安集团', score: 91.8, granted: 205 },
  { rank: 1, company: '蚂蚁集团', score: 99.0, granted: 2057 },
  { rank: 3, company: '腾讯', score: 90.7, granted: null },
];
const columns: RankingColumn[] = [
  { key: 'rank', label: '排名', kind: 'number', bar: false },
  { key: 'company', label: '企业', kind: 'text', rowHeader: true },
  { key: 'score', label: '综合得分', unit: '分', kind: 'number', format: { decimals: 1 } },
  { key: 'granted', label: '授权专利', unit: '件', kind: 'number' },
];

describe('layoutRankingTable', () => {
  test('sorted by the given key, ascending rank by default', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'rank', rowKey: 'company' });
    expect(model.rows.map((r) => r.key)).toEqual(['蚂蚁集团', '平安集团', '腾讯']);
    expect(model.columns.find((c) => c.key === 'rank')?.sort).toBe('ascending');
    expect(model.columns.find((c) => c.key === 'score')?.sort).toBeUndefined();
  });

  test('bar widths are percent of the column maximum; formatted text and raw data-value', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'rank' });
    const ant = model.rows[0]?.cells;
    expect(ant?.find((c) => c.key === 'score')).toMatchObject({ text: '99.0', value: '99', bar: 100 });
    expect(ant?.find((c) => c.key === 'rank')?.bar).toBeUndefined();
    const pingAn = model.rows[1]?.cells.find((c) => c.key === 'granted');
    expect(pingAn).toMatchObject({ text: '205', value: '205', bar: 10 });
    expect(model.rows[0]?.cells.find((c) => c.key === 'company')?.rowHeader).toBe(true);
  });

  test('missing values show a dash, sort last and are noted', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'granted', direction: 'descending' });
    expect(model.rows.map((r) => r.cells[1]?.text)).toEqual(['蚂蚁集团', '平安集团', '腾讯']);
    const tencent = model.rows[2]?.cells.find((c) => c.key === 'granted');
    expect(tencent).toMatchObject({ text: '—', value: '', missing: true });
    expect(model.notes).toEqual(['腾讯·授权专利：未公布']);
  });

  test('text columns sort by Chinese (pinyin) collation', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'company' });
    expect(model.rows.map((r) => r.cells[1]?.text)).toEqual(['蚂蚁集团', '平安集团', '腾讯']);
  });

  test('empty rows', () => {
    const model = layoutRankingTable([], columns, { sortKey: 'rank' });
    expect(model.rows).toEqual([]);
    expect(model.columns).toHaveLength(4);
  });
});

describe('cellAttributes', () => {
  const cell = (fields: Partial<RankingCell>): RankingCell => ({ key: 'score', text: '1', value: '1', numeric: true, rowHeader: false, missing: false, ...fields });

  test('a number with a bar carries its share of the column maximum as --w, written as the rounded decimal', () => {
    expect(cellAttributes(cell({ bar: 63.3 }))).toEqual({ class: 'num has-bar', 'data-key': 'score', 'data-value': '1', style: '--w:0.633' });
    expect(cellAttributes(cell({ bar: 57.9 })).style).toBe('--w:0.579');
    expect(cellAttributes(cell({ bar: 100 })).style).toBe('--w:1');
    expect(cellAttributes(cell({ bar: 0 })).style).toBe('--w:0');
  });

  test('cells without a bar have no style; text cells no class; a row header is never "num"', () => {
    expect(cellAttributes(cell({}))).toEqual({ class: 'num', 'data-key': 'score', 'data-value': '1', style: undefined });
    expect(cellAttributes(cell({ numeric: false, text: '中国', value: '中国' })).class).toBeUndefined();
    expect(cellAttributes(cell({ numeric: false, rowHeader: true })).class).toBeUndefined();
  });

  test('every cell of a laid-out table gets its bar from the model', () => {
    const model = layoutRankingTable(rows, columns, { sortKey: 'rank' });
    const styles = model.rows.map((row) => cellAttributes(row.cells.find((c) => c.key === 'granted') as RankingCell).style);
    expect(styles).toEqual(['--w:1', '--w:0.1', undefined]);
  });
});
