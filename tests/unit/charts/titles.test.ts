/**
 * A chart's title may only state a figure the chart draws: every number in a title (in either
 * edition) must be written on the chart (its value labels, legend or text alternative) or be a
 * count or total of its data table. A title that says "57%" above bars of counts claims what is
 * not drawn. Years and digits inside names (TOP50) are not figures and are not checked.
 */
import { chartRegistry } from '../../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../../src/charts/entry.ts';
import { chartLayout, WIDE_WIDTH } from '../../../src/charts/layouts.ts';

const SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, million: 1e6, billion: 1e9 };

/** The figures a title states: "5.49万" → 54900, "54,900" → 54900, "57%" → 57; years and digits inside names left out. */
export function titleFigures(title: string): number[] {
  const found: number[] = [];
  // Thousands are grouped with a comma (en) or a narrow no-break space (zh-CN: 20 000).
  for (const m of title.matchAll(/(?<![A-Za-z\d.])(\d+(?:[,\u202F]\d{3})*(?:\.\d+)?)\s*(万|亿|million|billion)?/gu)) {
    const raw = m[1] ?? '';
    const scale = SCALES[m[2] ?? ''] ?? 1;
    const value = Number(raw.replace(/[,\u202F]/gu, '')) * scale;
    // A year (2015 年, in 2020) is a date, and 表 4 / Figure 7 a reference, not a figure the chart draws.
    if (/(?:表|图|Table|Figure)\s*$/u.test(title.slice(0, m.index ?? 0))) continue;
    if (scale === 1 && Number.isInteger(value) && value >= 1990 && value <= 2030) continue;
    found.push(Math.round(value * 1000) / 1000);
  }
  return found;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The counts and totals of a data table: how many rows and numeric columns it has, each numeric
 * column's total, and how many rows share a text value (9 countries 已发行). A ratio or share of
 * these is not here: a title that states one states a value the chart does not show.
 */
export function tableCounts(table: DataTable): Set<number> {
  const out = new Set<number>([table.rows.length, table.columns.filter((c) => c.numeric).length]);
  for (const column of table.columns) {
    const values = table.rows.map((r) => r[column.key]);
    if (column.numeric) out.add(round(values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0)));
    const tally = new Map<string, number>();
    for (const v of values) if (typeof v === 'string') tally.set(v, (tally.get(v) ?? 0) + 1);
    for (const n of tally.values()) out.add(n);
  }
  return out;
}

/** What a chart puts in front of readers: the numbers on it and in its text alternative, and its table's counts. */
export function drawnFigures(written: readonly string[], table: DataTable): Set<number> {
  const out = tableCounts(table);
  for (const text of written) for (const n of titleFigures(text)) out.add(n);
  return out;
}

/** Figures in the title that the chart does not show. */
export function undrawn(title: string, written: readonly string[], table: DataTable): number[] {
  const shown = drawnFigures(written, table);
  return titleFigures(title).filter((n) => !shown.has(n));
}

describe('chart titles state only what the chart carries', () => {
  const table: DataTable = { columns: [{ key: 'v', label: 'v', numeric: true }], rows: [{ v: 4216 }, { v: 821 }] };
  it('catches a share in the title that the chart does not carry', () => {
    const written = ['被引1~2次：4216件', '被引超过10次：821件'];
    expect(undrawn('中国被引专利中，57%只被引用过1~2次', written, table)).toEqual([57]);
    expect(undrawn('中国有4216件专利只被引用过1~2次', written, table)).toEqual([]);
    expect(undrawn('两档共5037件', [], table)).toEqual([]);
    expect(titleFigures('2015年至2021年TOP50中5.49万件')).toEqual([54900]);
    expect(titleFigures('每秒20\u202F000笔，或54,900件')).toEqual([20000, 54900]);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it.each(chartRegistry(locale).map((e) => [e.id, e] as const))(`${locale} %s`, (_id, entry) => {
      const layout = chartLayout(entry.chart, WIDE_WIDTH, locale);
      const written = layout ? [layout.description, ...layout.texts.filter((t) => t.role !== 'axis').map((t) => t.full)] : [];
      // A table-type chart shows its whole table.
      const cells = layout ? [] : entry.table.rows.flatMap((r) => Object.values(r).map((v) => String(v ?? '')));
      expect(undrawn(entry.title, [...written, ...cells], entry.table)).toEqual([]);
    });
  }
});
