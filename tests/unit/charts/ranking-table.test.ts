import { describe, expect, test } from 'vitest';
import { layoutRankingTable, type RankingColumn } from '../../../src/charts/ranking-table/layout.ts';

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
