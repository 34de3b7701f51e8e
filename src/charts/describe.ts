/** Small helpers for the generated Chinese descriptions. */
import { formatList } from '../i18n/format.ts';
import type { LayoutBase } from './types.ts';

/** What an empty chart says, in its description and on its face. */
export const NO_DATA = '无数据';

/** "A"、"A和B"、"A、B和C": the default locale's list (Intl.ListFormat). */
export function joinZh(items: string[]): string {
  return formatList(items);
}

/** Note for a value the source does not give: "韩国：未公布". */
export function unpublishedNote(label: string): string {
  return `${label}：未公布`;
}

/** Row of the largest and smallest value, first one wins on ties. */
export function extremes<T>(rows: T[], value: (row: T) => number): { max: T; min: T } | null {
  const [first] = rows;
  if (first === undefined) return null;
  let max: T = first;
  let min: T = first;
  for (const row of rows) {
    if (value(row) > value(max)) max = row;
    if (value(row) < value(min)) min = row;
  }
  return { max, min };
}

/** A chart with nothing to draw: a short frame that says 无数据, and the notes of what was left out. */
export function emptyLayout(width: number, notes: string[], fontSize = 13): LayoutBase {
  const height = 48;
  const prefix = notes.length > 0 ? `（${notes.join('；')}）` : '';
  return {
    width,
    height,
    description: `${NO_DATA}${prefix}。`,
    notes,
    texts: [{ x: width / 2, y: height / 2, lines: [NO_DATA], full: NO_DATA, anchor: 'middle', fontSize, role: 'annotation', tone: 'muted' }],
    lines: [],
    legend: [],
  };
}
