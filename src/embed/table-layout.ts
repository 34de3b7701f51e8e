/**
 * Column widths of a ranking table without a browser: columns get their
 * natural width when everything fits; otherwise each gets its narrowest width
 * plus a share of the rest in proportion to how much wider it would like to
 * be, roughly what browsers do with table-layout: auto. Text cells wrap within
 * their column; numbers, bars and headers never wrap. Used to estimate the
 * height of HTML tables (height.ts) and to draw tables as SVG (table-svg.ts).
 */
import { shownText, type RankingTableModel } from '../charts/ranking-table/layout.ts';
import { textWidth, wrapText, type MeasureText } from '../charts/text.ts';

export interface TableMetrics {
  fontSize: number;
  /** Horizontal padding on each side of a cell. */
  padX: number;
  /** Width of an inline bar's track, and the gap before its number. */
  barTrack: number;
  barGap: number;
  /** Smallest width of a number next to a bar (3.5em in chart.css). */
  barTextMin: number;
  /** Text cells up to this many em wide are kept on one line (short names such as 爱尔兰); 0 to let any text wrap, as browsers do. */
  keepWhole?: number;
  /** Row header cells never wrap (chart.css: `.ranking-table th { white-space: nowrap }`). */
  rowHeaderNowrap?: boolean;
  /** Smallest width of a text data cell, padding included (chart.css: `td:not(.num) { min-width: 9em }`). */
  textMinWidth?: number;
  /** Width estimate of cell text (default textWidth, the bold estimate the SVG tables are drawn with). */
  measure?: MeasureText;
  /** Header cells wrap, their unit on a line of its own (chart.css in a column under 1100 px); else a header is one line. */
  headerWraps?: boolean;
  /** Words may break after a hyphen, as in a browser's table (the SVG tables keep them whole). */
  hyphenBreaks?: boolean;
  /** Text data cells never wrap (chart.css: wide rankings, where text is a short name such as a country). */
  textNowrap?: boolean;
  /** Smallest width of a row header cell that may wrap, padding included (chart.css: 6em, border-box). */
  rowHeaderMin?: number;
}

/** A header's label, and its unit as the header shows it, or null. */
function headerParts(column: RankingTableModel['columns'][number]): [string, string | null] {
  return [column.label, column.unit ? `（${column.unit}）` : null];
}

/** Lines of each column's header at the given widths. */
export function headerLines(model: RankingTableModel, widths: number[], m: TableMetrics): number[] {
  return model.columns.map((column, i) => {
    if (!m.headerWraps) return 1;
    const [label, unit] = headerParts(column);
    // A column laid out at its header's natural width holds that header exactly; half a pixel
    // keeps rounding from wrapping it there, which the browser does not.
    const room = Math.max(m.fontSize, (widths[i] ?? 0) - 2 * m.padX) + 0.5;
    return wrapText(label, room, m.fontSize, Number.POSITIVE_INFINITY, m.measure).lines.length + (unit ? wrapText(unit, room, m.fontSize, Number.POSITIVE_INFINITY, m.measure).lines.length : 0);
  });
}

export function headerText(column: RankingTableModel['columns'][number]): string {
  return `${column.label}${column.unit ? `（${column.unit}）` : ''}`;
}

const WORD = /[A-Za-z0-9.\-_/'’&+%#@]+/g;

export function tableColumnWidths(model: RankingTableModel, width: number, m: TableMetrics): number[] {
  const size = m.fontSize;
  const measure = m.measure ?? textWidth;
  const ranges = model.columns.map((column, i) => {
    const [label, unit] = headerParts(column);
    const headerNatural = (m.headerWraps ? Math.max(measure(label, size), unit ? measure(unit, size) : 0) : measure(headerText(column), size)) + 2 * m.padX;
    const headerMin = m.headerWraps ? Math.max(size, ...[label, unit ?? ''].flatMap((text) => text.match(WORD) ?? [...text]).map((w) => measure(w, size))) + 2 * m.padX : headerNatural;
    let natural = headerNatural;
    let min = headerMin;
    for (const row of model.rows) {
      const cell = row.cells[i];
      if (!cell) continue;
      if (cell.bar !== undefined || cell.numeric) {
        const text = measure(cell.text, size);
        const w = (cell.bar !== undefined ? m.barTrack + m.barGap + Math.max(m.barTextMin, text) : text) + 2 * m.padX;
        natural = Math.max(natural, w);
        min = Math.max(min, w);
      } else {
        const whole = measure(shownText(cell), size);
        natural = Math.max(natural, whole + 2 * m.padX);
        const unbreakable = whole <= (m.keepWhole ?? 0) * size || (cell.rowHeader && m.rowHeaderNowrap) || (!cell.rowHeader && m.textNowrap);
        // Browsers break a word after a hyphen (Hewlett-|Packard), so there a hyphenated word is as wide as its widest part.
        const parts = (shownText(cell).match(WORD) ?? []).flatMap((w) => (m.hyphenBreaks ? w.split(/(?<=-)/) : [w]));
        const longestWord = unbreakable ? whole : Math.max(size, ...parts.map((w) => measure(w, size)));
        min = Math.max(min, longestWord + 2 * m.padX, cell.rowHeader ? (m.rowHeaderMin ?? 0) : (m.textMinWidth ?? 0));
        natural = Math.max(natural, min);
      }
    }
    return { natural, min };
  });
  const sumNatural = ranges.reduce((s, c) => s + c.natural, 0);
  const sumMin = ranges.reduce((s, c) => s + c.min, 0);
  return ranges.map((c) => {
    if (sumNatural <= width) return c.natural;
    if (sumMin >= width) return c.min;
    const extra = sumNatural - sumMin;
    return c.min + (extra > 0 ? ((width - sumMin) * (c.natural - c.min)) / extra : 0);
  });
}

/** Lines of each cell of each row at the given column widths (numbers: one). */
export function cellLines(model: RankingTableModel, widths: number[], m: TableMetrics): string[][][] {
  return model.rows.map((row) =>
    row.cells.map((cell, i) =>
      cell.numeric || (cell.rowHeader && m.rowHeaderNowrap) || (!cell.rowHeader && m.textNowrap) ? [shownText(cell)] : wrapText(shownText(cell), Math.max(m.fontSize, (widths[i] ?? 0) - 2 * m.padX), m.fontSize, Number.POSITIVE_INFINITY, m.measure).lines,
    ),
  );
}
