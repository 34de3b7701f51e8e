/**
 * paint.ts says what chart.css says about painting a chart's SVG, so a
 * download (painted by paint.ts) looks like its page (painted by chart.css);
 * and paintChart writes that paint on a tree as presentation attributes.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { CHART_PAINT, paintChart, paintOf, type PaintValue } from '../../../src/charts/paint.ts';
import { COLOUR_PROPERTIES, PALETTE } from '../../../src/charts/palette.ts';

const PAINT_PROPERTIES = new Set(['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-weight']);

/** chart.css's top-level rules (at-rule blocks such as @media print skipped whole), comments removed. */
function topLevelRules(css: string): { selectors: string[]; declarations: [string, string][] }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: { selectors: string[]; declarations: [string, string][] }[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
    const prelude = text.slice(i, open).trim();
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const declarations = body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d): [string, string] => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]);
    rules.push({ selectors: prelude.split(',').map((sel) => sel.trim()), declarations });
  }
  return rules;
}

/** How chart.css writes a paint value. */
function asCss(value: PaintValue): string {
  if (typeof value !== 'object') return String(value);
  if ('colour' in value) return `var(${COLOUR_PROPERTIES[value.colour]})`;
  if ('slot' in value) return `var(--chart-${value.slot})`;
  if ('onSlot' in value) return `var(--chart-on-${value.onSlot})`;
  return value.fallback === undefined ? 'var(--slot)' : `var(--slot, var(--chart-${value.fallback}))`;
}

describe('CHART_PAINT', () => {
  it("is chart.css's painting of the chart SVG, rule for rule and in the same order", () => {
    const css = topLevelRules(readFileSync('src/charts/chart.css', 'utf8'))
      .filter((rule) => rule.selectors.every((sel) => sel.startsWith('.chart-svg ') && !sel.includes(':')))
      .map((rule) => ({
        select: rule.selectors.map((sel) => sel.slice('.chart-svg .'.length)),
        paint: rule.declarations.filter(([name]) => PAINT_PROPERTIES.has(name)),
      }))
      .filter((rule) => rule.paint.length > 0);
    const ts = CHART_PAINT.map((rule) => ({
      select: rule.select,
      paint: Object.entries(rule.paint).map(([name, value]) => [name, asCss(value as PaintValue)]),
    }));
    expect(ts).toEqual(css);
  });
});

describe('paintOf', () => {
  const light = PALETTE.light;

  it('fills a mark with its slot, and a faded one with the faded colour', () => {
    expect(paintOf(['mark', 's2'], light)).toEqual({ fill: light.slots[1] });
    expect(paintOf(['mark', 's2', 'faded'], light)).toEqual({ fill: light.faded });
    expect(paintOf(['swatch', 's6'], light)).toEqual({ fill: light.slots[5] });
  });

  it('adds the later rules: forecast outlines, scatter dots, map borders', () => {
    expect(paintOf(['mark', 's1', 'forecast'], light)).toEqual({ fill: light.slots[0], 'fill-opacity': 0.45, stroke: light.slots[0], 'stroke-width': 1.5, 'stroke-dasharray': '3 2' });
    expect(paintOf(['mark', 's3', 'dot'], light)).toEqual({ fill: light.slots[2], 'fill-opacity': 0.85, stroke: light.bg, 'stroke-width': 1 });
    expect(paintOf(['country', 'nodata'], light)).toEqual({ fill: light.nodata, stroke: light.bg, 'stroke-width': 0.5 });
  });

  it('strokes slope lines with their slot and leaves them unfilled', () => {
    expect(paintOf(['slope', 's4'], light)).toEqual({ fill: 'none', stroke: light.slots[3], 'stroke-width': 2 });
    // Without a slot of its own or inherited, a slope falls back to slot 1 and a forecast outline to none.
    expect(paintOf(['slope'], light).stroke).toBe(light.slots[0]);
    expect(paintOf(['mark', 'forecast'], light).stroke).toBeUndefined();
    expect(paintOf(['mark', 'forecast'], light, light.slots[4]).stroke).toBe(light.slots[4]);
  });

  it('colours texts by tone: muted ticks, bold, text on a fill', () => {
    expect(paintOf(['chart-text', 't-tick', 't-muted'], light)).toEqual({ fill: light.muted });
    expect(paintOf(['chart-text', 't-value', 't-on-s1', 't-bold'], light)).toEqual({ fill: light.onSlots[0], 'font-weight': 700 });
    expect(paintOf(['chart-text', 't-on-faded'], light)).toEqual({ fill: light.onFaded });
  });

  it('uses the colours it is given', () => {
    expect(paintOf(['chart-grid'], PALETTE.dark)).toEqual({ stroke: PALETTE.dark.grid, 'stroke-width': 1 });
  });
});

describe('paintChart', () => {
  it('writes the paint as presentation attributes and hands the slot down to unclassed children', () => {
    const tree: Element = s('svg', { class: 'chart-svg' }, [
      s('g', { class: 'mark s2 slope-group', tabindex: 0 }, [
        s('line', { class: 'slope s2', x1: 0 }),
        s('circle', { cx: 1 }),
      ]),
      s('g', { class: 'mark s1 forecast' }, [s('rect', { class: 'waffle-cell' })]),
      s('text', { class: 'chart-text t-bold' }, 'x'),
    ]);
    expect(toHtml(paintChart(tree, PALETTE.light), { space: 'svg' })).toBe(
      '<svg class="chart-svg">' +
        '<g class="mark s2 slope-group" tabindex="0" fill="#d55e00"><line class="slope s2" x1="0" fill="none" stroke="#d55e00" stroke-width="2"></line><circle cx="1"></circle></g>' +
        '<g class="mark s1 forecast" fill="#0072b2" fill-opacity="0.45" stroke="#0072b2" stroke-width="1.5" stroke-dasharray="3 2"><rect class="waffle-cell" stroke="#fff" stroke-width="0.5"></rect></g>' +
        '<text class="chart-text t-bold" fill="#1f2328" font-weight="700">x</text>' +
        '</svg>',
    );
  });

  it('leaves the tree it was given alone', () => {
    const tree = s('svg', [s('rect', { class: 'mark s1' })]);
    paintChart(tree, PALETTE.light);
    expect(toHtml(tree, { space: 'svg' })).toBe('<svg><rect class="mark s1"></rect></svg>');
  });
});
