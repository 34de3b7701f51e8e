/**
 * Test helpers for chart layouts: bounding-box checks from the same text-width
 * estimate the layouts use, and a normal form of markup for snapshots.
 */
import { expect } from 'vitest';
import { boxesOverlap, insideFrame } from '../../../src/charts/labels.ts';
import { textBox } from '../../../src/charts/text.ts';
import type { Box, LayoutBase, TextLabel } from '../../../src/charts/types.ts';

export function describeBox(label: TextLabel, box: Box): string {
  return `"${label.lines.join('/')}" (${label.role}) at x=${box.x.toFixed(1)} y=${box.y.toFixed(1)} w=${box.width.toFixed(1)} h=${box.height.toFixed(1)}`;
}

/** Every text inside the frame, and no two texts overlapping. */
export function expectReadable(layout: LayoutBase, texts: TextLabel[] = layout.texts): void {
  const boxes = texts.map(textBox);
  const problems: string[] = [];
  boxes.forEach((box, i) => {
    const label = texts[i] as TextLabel;
    if (!insideFrame(box, layout.width, layout.height)) problems.push(`outside ${layout.width}×${layout.height}: ${describeBox(label, box)}`);
    for (let j = i + 1; j < boxes.length; j++) {
      const other = boxes[j] as Box;
      if (boxesOverlap(box, other)) problems.push(`overlap: ${describeBox(label, box)} ⟷ ${describeBox(texts[j] as TextLabel, other)}`);
    }
  });
  expect(problems).toEqual([]);
}

/** Mark boxes inside the frame. */
export function expectInside(layout: LayoutBase, boxes: Box[]): void {
  const outside = boxes.filter((b) => !insideFrame(b, layout.width, layout.height));
  expect(outside).toEqual([]);
}

/** A long Chinese label used to test wrapping and truncation. */
export const LONG_LABEL = '中国工商银行股份有限公司区块链技术与金融科技创新实验室（北京总部）';

/** One tag per line and numbers at ≤ 2 decimals, so SVG snapshots diff well and do not churn. */
export function normaliseMarkup(html: string): string {
  return `${html
    .replace(/-?\d+\.\d{3,}/g, (m) => String(Math.round(Number(m) * 100) / 100))
    .replace(/></g, '>\n<')
    .trim()}\n`;
}
