/**
 * A ranking table drawn as SVG, for the SVG and PNG downloads of table-type
 * charts (on the site they are HTML tables). Same rows, order, formatted
 * values and inline bars as the page's table (charts/ranking-table/table.ts);
 * text cells wrap within their column; the classes of chart.css, so the
 * download paints it as it paints a chart (charts/paint.ts).
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { shownText, type RankingTableModel } from '../charts/ranking-table/layout.ts';
import { n } from '../charts/svg.ts';
import { LINE_HEIGHT } from '../charts/text.ts';
import { cellLines, headerText, tableColumnWidths, type TableMetrics } from './table-layout.ts';

const FONT_SIZE = 13;
const PAD_Y = 5;

export function tableSvg(model: RankingTableModel, width: number, title: string): { svg: Element; height: number } {
  let metrics: TableMetrics = { fontSize: FONT_SIZE, padX: 6, barTrack: 48, barGap: 6, barTextMin: 0, keepWhole: 5 };
  let widths = tableColumnWidths(model, width, metrics);
  // Too many columns for bars and numbers side by side: numbers only.
  if (widths.reduce((sum, w) => sum + w, 0) > width + 0.5) {
    metrics = { ...metrics, barTrack: 0, barGap: 0 };
    widths = tableColumnWidths(model, width, metrics);
  }
  const drawBars = metrics.barTrack > 0;
  const total = widths.reduce((sum, w) => sum + w, 0);
  const scale = total > width ? width / total : 1;
  widths = widths.map((w) => w * scale);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const pitch = FONT_SIZE * LINE_HEIGHT;
  const baseline = (top: number, i: number) => n(top + PAD_Y + pitch * i + pitch / 2 + FONT_SIZE * 0.35);

  const parts: Element[] = [];
  let y = 0;
  // Header row.
  model.columns.forEach((column, i) => {
    const x = column.numeric ? (xs[i] ?? 0) + (widths[i] ?? 0) - metrics.padX : (xs[i] ?? 0) + metrics.padX;
    parts.push(
      s('text', { class: 'chart-text t-bold', 'font-size': FONT_SIZE, 'text-anchor': column.numeric ? 'end' : 'start' }, [
        s('tspan', { x: n(x), y: baseline(y, 0) }, headerText(column)),
      ]),
    );
  });
  y += pitch + 2 * PAD_Y;
  parts.push(s('line', { class: 'chart-axis', x1: 0, y1: n(y), x2: n(width), y2: n(y) }));

  const lines = cellLines(model, widths, metrics);
  model.rows.forEach((row, r) => {
    const rowLines = lines[r] ?? [];
    const rowHeight = Math.max(1, ...rowLines.map((l) => l.length)) * pitch + 2 * PAD_Y;
    row.cells.forEach((cell, i) => {
      const x0 = xs[i] ?? 0;
      const w = widths[i] ?? 0;
      const cellText = rowLines[i] ?? [shownText(cell)];
      if (cell.numeric) {
        if (drawBars && cell.bar !== undefined && cell.bar > 0) {
          const barWidth = (metrics.barTrack * cell.bar) / 100;
          parts.push(
            s('rect', { class: 'mark s1', x: n(x0 + metrics.padX), y: n(y + PAD_Y + pitch / 2 - 4), width: n(barWidth), height: 8 }, [
              s('title', `${model.columns[i]?.label ?? cell.key}：${cell.text}`),
            ]),
          );
        }
        parts.push(
          s('text', { class: `chart-text${cell.missing ? ' t-muted' : row.current ? ' t-bold' : ''}`, 'font-size': FONT_SIZE, 'text-anchor': 'end' }, [
            s('tspan', { x: n(x0 + w - metrics.padX), y: baseline(y, 0) }, cell.text),
          ]),
        );
      } else {
        const tspans = cellText.map((line, k) => s('tspan', { x: n(x0 + metrics.padX), y: baseline(y, k) }, line));
        // Row names are bold; the row a chart is about is bold throughout, its cue after its name.
        parts.push(s('text', { class: `chart-text${cell.rowHeader || row.current ? ' t-bold' : ''}`, 'font-size': FONT_SIZE }, tspans));
      }
    });
    y += rowHeight;
    parts.push(s('line', { class: 'chart-grid', x1: 0, y1: n(y), x2: n(width), y2: n(y) }));
  });

  const height = Math.ceil(y + 1);
  const svg = s(
    'svg',
    { class: 'chart-svg chart-only', role: 'img', width, height, viewBox: `0 0 ${width} ${height}`, xmlns: 'http://www.w3.org/2000/svg' },
    // One element a line, as before, so the file reads well.
    ['\n', s('title', title), ...parts.flatMap((part) => ['\n', part]), '\n'],
  );
  return { svg, height };
}
