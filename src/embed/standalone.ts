/**
 * A chart as a standalone SVG file, for the SVG and PNG downloads: the wide
 * variant of the chart the site draws, with its title and subtitle above and
 * its source, notes and the site's credit below, all as SVG text. The page's
 * CSS custom properties do not exist outside the site, so the palette is
 * resolved from chart.css to concrete light-theme colours in a <style> of
 * simple class selectors (which resvg, browsers and editors all understand),
 * and the font family is set on the root.
 */
import type { ChartEntry } from '../charts/entry.ts';
import { LINE_HEIGHT, wrapText } from '../charts/text.ts';
import { CAPTION_TEXT, captionOf } from '../figure/caption.ts';
import { escapeAttribute } from './snippet.ts';

export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Properties kept from chart.css: painting and text only (layout properties mean nothing in a file). */
const KEPT = new Set(['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-weight', 'font-family']);

interface Rule {
  selectors: string[];
  declarations: [string, string][];
}

/** Top-level rules of a stylesheet; at-rule blocks (@media, @container) are skipped whole. */
function topLevelRules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    while (j < text.length && depth > 0) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
      j++;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) continue;
    const declarations = body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d): [string, string] => {
        const colon = d.indexOf(':');
        return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
      });
    rules.push({ selectors: prelude.split(',').map((s) => s.trim()), declarations });
  }
  return rules;
}

/**
 * chart.css with every custom property replaced by its light-theme value, for
 * the SVG elements only (selectors under .chart-svg, no :focus and the like).
 * Rules that paint with the palette slot (`var(--slot, …)`) become one rule per
 * slot class (.s1 … .s6, .faded, in chart.css's order, so .faded still wins).
 */
export function resolveChartCss(css: string): string {
  const rules = topLevelRules(css);
  const vars = new Map<string, string>();
  const root = rules.find((r) => r.selectors.includes(':root'));
  for (const [name, value] of root?.declarations ?? []) if (name.startsWith('--')) vars.set(name, value);
  const resolve = (value: string, slot?: string): string | null => {
    let out = value;
    for (let k = 0; k < 5 && out.includes('var('); k++) {
      out = out.replace(/var\((--[\w-]+)(?:\s*,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_m, name: string, fallback?: string) => {
        if (name === '--slot') return slot ?? fallback?.trim() ?? '';
        return vars.get(name) ?? fallback?.trim() ?? '';
      });
    }
    return out && !out.includes('var(') ? out : null;
  };
  const slots: { selector: string; value: string }[] = [];
  const svgRules = rules.filter((r) => r.selectors.every((s) => s.startsWith('.chart-svg') && !s.includes(':')));
  for (const rule of svgRules) {
    const slot = rule.declarations.find(([name]) => name === '--slot');
    const selector = rule.selectors[0]?.split(/\s+/).pop();
    if (slot && selector) slots.push({ selector, value: resolve(slot[1]) ?? '' });
  }
  const out: string[] = [];
  const write = (selectors: string[], declarations: [string, string][]) => {
    const body = declarations.map(([name, value]) => `${name}:${value}`).join(';');
    if (body) out.push(`${selectors.join(',')}{${body}}`);
  };
  // Slot rules get one more class, so later plain rules setting a slotted
  // property (e.g. .slope's fill:none after .mark's fill) are repeated with
  // each slot class too, to keep chart.css's order deciding.
  const slotted = new Set<string>();
  for (const rule of svgRules) {
    const kept = rule.declarations.filter(([name]) => KEPT.has(name));
    for (const [name, value] of kept) if (value.includes('var(--slot')) slotted.add(name);
    const base = kept.flatMap(([name, value]): [string, string][] => {
      const resolved = resolve(value);
      return resolved ? [[name, resolved]] : [];
    });
    write(rule.selectors, base);
    const perSlot = kept.filter(([name]) => slotted.has(name));
    const plain = perSlot.filter(([, value]) => !value.includes('var(--slot'));
    const withSlot = perSlot.filter(([, value]) => value.includes('var(--slot'));
    // Plain values are the same for every slot: one rule for all of them.
    write(
      slots.flatMap((slot) => rule.selectors.map((s) => `${s}${slot.selector}`)),
      plain.flatMap(([name, value]): [string, string][] => {
        const resolved = resolve(value);
        return resolved ? [[name, resolved]] : [];
      }),
    );
    if (withSlot.length === 0) continue;
    for (const slot of slots) {
      write(
        rule.selectors.map((s) => `${s}${slot.selector}`),
        withSlot.flatMap(([name, value]): [string, string][] => {
          const resolved = resolve(value, slot.value);
          return resolved ? [[name, resolved]] : [];
        }),
      );
    }
  }
  return out.join('\n');
}

/** The light-theme colours the header and footer texts use. */
export function paletteOf(css: string): { ink: string; muted: string; grid: string; bg: string } {
  const root = topLevelRules(css).find((r) => r.selectors.includes(':root'));
  const get = (name: string, fallback: string) => root?.declarations.find(([n]) => n === name)?.[1] ?? fallback;
  return { ink: get('--chart-ink', '#1f2328'), muted: get('--chart-muted', '#5f6670'), grid: get('--chart-grid', '#d9dde3'), bg: get('--chart-bg', '#fff') };
}

/** The wide variant's <svg> in a chart component's markup (or the only one). */
export function pickWideSvg(markup: string): string | null {
  return markup.match(/<svg class="chart-svg chart-(?:wide|only)"[\s\S]*?<\/svg>/)?.[0] ?? null;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface TextBlock {
  text: string;
  size: number;
  className: string;
  indent?: number;
  gapBefore?: number;
}

/** Wrapped lines of text blocks stacked from `top`; returns the SVG and the height used. */
function textBlocks(blocks: TextBlock[], top: number, width: number): { svg: string; height: number } {
  let y = top;
  const parts: string[] = [];
  for (const block of blocks) {
    if (!block.text.trim()) continue;
    y += block.gapBefore ?? 0;
    const x = block.indent ?? 0;
    const lines = wrapText(block.text, width - x, block.size, Number.POSITIVE_INFINITY).lines;
    const pitch = block.size * LINE_HEIGHT;
    const tspans = lines.map((line, i) => `<tspan x="${x}" y="${(y + pitch * i + pitch / 2 + block.size * 0.35).toFixed(1)}">${escapeText(line)}</tspan>`);
    parts.push(`<text class="${block.className}" font-size="${block.size}">${tspans.join('')}</text>`);
    y += pitch * lines.length;
  }
  return { svg: parts.join('\n'), height: y - top };
}

export interface StandaloneInput {
  entry: ChartEntry;
  /** The chart's own <svg> (pickWideSvg, or a table drawn by tableSvg). */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  /** chart.css, to resolve the palette from. */
  chartCss: string;
  /** The chapter's absolute URL, for the credit (a file cannot link). */
  chapterUrl: string;
}

/** The standalone SVG document: header, chart, footer (all from the entry's caption), opaque white background, width = the chart's layout width. */
export function standaloneSvg({ entry, chartSvg, chartWidth, chartHeight, chartCss, chapterUrl }: StandaloneInput): string {
  const width = chartWidth;
  const pad = 12;
  const palette = paletteOf(chartCss);
  const caption = captionOf(entry);
  const header = textBlocks(
    [
      { text: caption.title, size: 20, className: 'sa-title' },
      { text: caption.subtitle ?? '', size: 14, className: 'sa-muted', gapBefore: 2 },
    ],
    pad,
    width,
  );
  const chartTop = pad + header.height + 12;
  const footerTop = chartTop + chartHeight + 4;
  const footer = textBlocks(
    [
      ...caption.chartNotes.map((text) => ({ text, size: 13, className: 'sa-muted', gapBefore: 6 })),
      { text: caption.source, size: 12, className: 'sa-muted', gapBefore: 8 },
      // The page lists notes with bullets; a file draws its own.
      ...caption.notes.map((note) => ({ text: `· ${note}`, size: 12, className: 'sa-muted', gapBefore: 1 })),
      { text: CAPTION_TEXT.creditFile(chapterUrl), size: 12, className: 'sa-muted', gapBefore: 6 },
    ],
    footerTop,
    width,
  );
  const height = Math.ceil(footerTop + footer.height + pad);
  const inner = chartSvg.replace(/^<svg /, `<svg x="0" y="${chartTop.toFixed(1)}" `);
  const style = [
    resolveChartCss(chartCss),
    `.sa-title{fill:${palette.ink};font-weight:700}`,
    `.sa-muted{fill:${palette.muted}}`,
  ].join('\n');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(FONT_FAMILY)}">`,
    `<title>${escapeText(caption.title)}</title>`,
    `<style>\n${style}\n</style>`,
    `<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
    header.svg,
    inner,
    footer.svg,
    `</svg>`,
    '',
  ].join('\n');
}
