/**
 * Every figure in chapter prose is bound to its row (src/data/prose.ts writes
 * it as a `<data>` inside a link to the dataset page). This gate reads each
 * chapter page of both editions and looks for numbers in its prose (the text
 * of p, li, h1–h6 and figcaption in the chapter's sections, charts left out)
 * that are not inside such a `<data>`: a number typed by hand, or written
 * from a value without its row. A few kinds of number are not figures and
 * are left out by the narrow rules below (years and dates, table, figure and
 * section numbers, names with digits in them). It fails on any unbound figure,
 * listing page, text and position, and reports the share that is bound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePage } from './pages.ts';
import type { Failure, GateResult } from './report.ts';
import { attr, parseHtml, type HtmlNode } from './html-tree.ts';


const classes = (node: HtmlNode) => (attr(node, 'class') ?? '').split(/\s+/u);

/** The blocks whose text is prose. */
const PROSE_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption']);
/** Not prose: code, and what is drawn or tabulated (charts keep their own words, from the same data). */
const NOT_PROSE = new Set(['script', 'style', 'template', 'svg', 'code', 'pre', 'table']);
/** Charts and their captions, tools and notes: their numbers come from chart declarations, checked elsewhere. */
const CHART_CLASSES = ['figure', 'chart-figure', 'figure-tools', 'figure-note'];

/**
 * A setting of the site's own method (prose.setting(): resamples, slider range), marked as such:
 * not a figure of the report, so neither bound nor unbound.
 */
const isSetting = (node: HtmlNode) => node.nodeName === 'data' && attr(node, 'data-setting') !== undefined;

/** A bound figure: a `<data>` with its value, inside a link to a row of a dataset page. */
function isBound(node: HtmlNode, linkAncestor: HtmlNode | undefined): boolean {
  return node.nodeName === 'data' && attr(node, 'value') !== undefined && linkAncestor !== undefined && /\/data\/[^#]+#./u.test(attr(linkAncestor, 'href') ?? '');
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Numbers that are not figures, each rule as narrow as it can be. They run
 * over the whole block's text, so a rule may look at the words around the number.
 */
export const NOT_FIGURES: readonly { why: string; edition: 'zh-CN' | 'en' | 'both'; pattern: RegExp }[] = [
  // 2020 年, 2015—2021 年, 2020 年 10 月 15 日: a year, month or day is a date, not a quantity.
  { why: 'a year', edition: 'zh-CN', pattern: /(?:19|20)\d{2}(?=\s*(?:年|[–—~-]\s*(?:19|20)\d{2}\s*年))/gu },
  { why: 'a month or day', edition: 'zh-CN', pattern: /(?<=年\s*|月\s*)\d{1,2}(?=\s*[月日])/gu },
  // English groups every number of four digits or more (2,057), so an ungrouped 19xx or 20xx is a year.
  { why: 'a year', edition: 'en', pattern: /(?<![\d,.])(?:19|20)\d{2}(?!\d|,\d{3}|\.\d)/gu },
  { why: 'a day', edition: 'en', pattern: new RegExp(`(?<=\\b(?:${MONTHS})\\s)\\d{1,2}(?=\\b)`, 'gu') },
  // 表 2, 图 3、图 4, Table 2, Figures 3, 4, and 13: where the figure is, not a figure.
  { why: 'a table or figure number', edition: 'zh-CN', pattern: /(?<=[表图]\s*)\d+/gu },
  { why: 'a table or figure number', edition: 'en', pattern: /(?<=\b(?:Tables?|Figures?)\s+(?:\d+(?:,\s*|,?\s+and\s+))*)\d+/gu },
  // 第 2 章, section 1.1, chapter 2: the report's own numbering.
  { why: 'a section number', edition: 'both', pattern: /(?<=第\s*)\d+(?=\s*[章节部])|(?<=\b[Ss]ection\s+|\b[Cc]hapter\s+|\b[Pp]art\s+)\d+(?:\.\d+)*/gu },
  // “过去 6 年”, “about 7 years”: the report's own words, quoted (a short quotation, within one sentence).
  { why: 'quoted words of the report', edition: 'both', pattern: /(?<=“[^”。.]{0,30})\d+(?:\.\d+)?(?=[^“。]{0,30}”)/gu },
  // "1. The development landscape" in a list of chapters, "Opportunity 2" (zh 机遇二): a chapter's ordinal, not a figure.
  { why: 'an ordinal chapter marker', edition: 'both', pattern: /^\s*\d+(?=\.\s)|(?<=\bOpportunity\s)\d+(?=:)/gu },
  // 01 Think Tank (零壹智库), 33.cn (复杂美): names that begin with digits.
  { why: 'part of a name', edition: 'en', pattern: /\b01(?=\s?(?:Think Tank|Caijing))|\b\d+(?=\.(?:cn|com|org|co)\b)/gu },
  // TOP50, 5G, G20, COVID-19, B2B, SHA-256, v2.7: a name with digits in it.
  { why: 'part of a name', edition: 'both', pattern: /(?<=[A-Za-z][-.]?)\d+(?:\.\d+)*|\d+(?=[A-Za-z])/gu },
];

/** A number as the site writes it: 54 900 (thin-space groups), 54,900, 5.49, 19%. */
const NUMBER = /\d+(?:[\u202f\u2009,]\d{3})*(?:\.\d+)?/gu;

export interface UnboundFigure {
  /** The number as written. */
  number: string;
  /** Its block's text, around it. */
  context: string;
  /** Where the number starts in its block's text. */
  offset: number;
  /** The block, as a short selector (p, li, h2#id). */
  block: string;
}

export interface FigureCount {
  bound: number;
  unbound: UnboundFigure[];
}

interface Block {
  node: HtmlNode;
  /** The text outside bound figures, with each bound figure kept as one placeholder character. */
  text: string;
  bound: number;
}

const BOUND_MARK = '\u2063';
const SETTING_MARK = '\u2064';

/** The prose blocks of a chapter page: inside its sections, charts left out; each block's own text (nested blocks are their own). */
function proseBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const walk = (node: HtmlNode, inChapter: boolean, block: Block | undefined, link: HtmlNode | undefined) => {
    if (NOT_PROSE.has(node.nodeName) || (node.attrs && classes(node).some((c) => CHART_CLASSES.includes(c)))) return;
    const nowInChapter = inChapter || node.nodeName === 'section';
    let current = block;
    if (nowInChapter && PROSE_BLOCKS.has(node.nodeName)) {
      current = { node, text: '', bound: 0 };
      blocks.push(current);
    }
    if (current && isSetting(node)) {
      current.text += SETTING_MARK;
      return;
    }
    if (current && isBound(node, link)) {
      current.bound += 1;
      current.text += BOUND_MARK;
      return;
    }
    if (node.nodeName === '#text' && current) current.text += node.value ?? '';
    const nowLink = node.nodeName === 'a' ? node : link;
    for (const child of node.childNodes ?? []) walk(child, nowInChapter, current, nowLink);
  };
  walk(parseHtml(html), false, undefined, undefined);
  return blocks;
}

const selectorOf = (node: HtmlNode) => `${node.nodeName}${attr(node, 'id') ? `#${attr(node, 'id')}` : ''}`;

/** The bound and unbound figures of a chapter page's prose. */
export function countFigures(html: string, edition: 'zh-CN' | 'en'): FigureCount {
  const rules = NOT_FIGURES.filter((r) => r.edition === 'both' || r.edition === edition);
  const result: FigureCount = { bound: 0, unbound: [] };
  for (const block of proseBlocks(html)) {
    result.bound += block.bound;
    const excluded = new Set<number>();
    for (const rule of rules) for (const m of block.text.matchAll(rule.pattern)) excluded.add(m.index);
    for (const m of block.text.matchAll(NUMBER)) {
      if (excluded.has(m.index)) continue;
      // A digit run is part of a longer number a rule has already placed (the 1 of 1.1).
      if (m.index > 0 && /[\d.]/u.test(block.text[m.index - 1] ?? '')) continue;
      const from = Math.max(0, m.index - 30);
      result.unbound.push({
        number: m[0],
        context: block.text.slice(from, m.index + m[0].length + 30).replaceAll(BOUND_MARK, '[…]').replace(/\s+/gu, ' ').trim(),
        offset: m.index,
        block: selectorOf(block.node),
      });
    }
  }
  return result;
}

export interface FiguresGateResult extends GateResult {
  bound: number;
  unbound: number;
}

/** Runs over the chapter pages among `pages` (both editions), failing on each unbound figure. */
export function runFiguresGate(root: string, pages: readonly SitePage[], isChapter: (path: string) => boolean): FiguresGateResult {
  const started = Date.now();
  const failures: Failure[] = [];
  let bound = 0;
  let checked = 0;
  for (const page of pages.filter((p) => isChapter(p.path))) {
    checked += 1;
    const edition = page.path === '/en' || page.path.startsWith('/en/') ? 'en' : 'zh-CN';
    const count = countFigures(readFileSync(join(root, page.file), 'utf8'), edition);
    bound += count.bound;
    for (const f of count.unbound) {
      failures.push({ gate: 'figures', page: page.path, where: `${f.block} @${f.offset}`, rule: 'unbound-figure', message: `"${f.number}" is not bound to a row: …${f.context}…` });
    }
  }
  return { gate: 'figures', failures, checked, ms: Date.now() - started, bound, unbound: failures.length };
}

/** "bound 412 of 420 figures (98.1%)". */
export function boundShare(result: Pick<FiguresGateResult, 'bound' | 'unbound'>): string {
  const total = result.bound + result.unbound;
  const share = total === 0 ? 100 : (result.bound / total) * 100;
  return `bound ${result.bound} of ${total} figures in chapter prose (${share.toFixed(1)}%)`;
}
