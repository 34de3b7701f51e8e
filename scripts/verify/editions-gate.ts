/**
 * The editions gate: the Chinese and English sites are the same site.
 *
 * - every page of one edition has its twin in the other (same path after the
 *   /en prefix), with the edition's `<html lang>`, a language switch and
 *   hreflang alternates that point at the twin;
 * - an English page's visible text is under 2% CJK characters, not counting
 *   text deliberately marked as Chinese (an element with lang="zh…", such as
 *   the switch's 中文 or an original name);
 * - each chapter shows the same numbers in both editions: the values written
 *   in its text, callouts, charts and tables, read back from each language's
 *   way of writing them (5.49万 and 54,900; 42.8亿 and 4.28 billion; 2021年6月
 *   and June 2021), compared as sets so the editions cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Failure, GateResult } from './report.ts';
import type { SitePage } from './pages.ts';
import { attr, parseHtml, type HtmlNode } from './html-tree.ts';

/** The English edition's prefix (src/paths.ts localePrefix('en')). */
const EN = '/en';
const MAX_CJK_SHARE = 0.02;
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/gu;
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head']);



/** The page's visible text in two parts: what is in the page's language, and what is marked as Chinese. */
export function visibleText(html: string, scope?: (node: HtmlNode) => boolean, skip?: (node: HtmlNode) => boolean): { own: string; marked: string } {
  const parts = { own: [] as string[], marked: [] as string[] };
  const walk = (node: HtmlNode, marked: boolean, inScope: boolean) => {
    if (SKIPPED.has(node.nodeName) || (node.attrs && attr(node, 'hidden') !== undefined) || attr(node, 'aria-hidden') === 'true') return;
    if (skip?.(node)) return;
    const lang = node.attrs ? attr(node, 'lang') : undefined;
    const isMarked = node.nodeName !== 'html' && lang !== undefined ? lang.toLowerCase().startsWith('zh') : marked;
    const nowInScope = inScope || (scope ? scope(node) : true);
    if (node.nodeName === '#text' && nowInScope) (isMarked ? parts.marked : parts.own).push(node.value ?? '');
    for (const child of node.childNodes ?? []) walk(child, isMarked, nowInScope);
  };
  walk(parseHtml(html), false, false);
  return { own: parts.own.join(' '), marked: parts.marked.join(' ') };
}

export function cjkShare(text: string): number {
  const letters = text.replace(/\s+/gu, '');
  if (letters.length === 0) return 0;
  return (letters.match(CJK)?.length ?? 0) / letters.length;
}

/** 一…九 and 壹…玖: a digit is its place in either row, plus one. */
const CHINESE_DIGITS = '一二三四五六七八九壹贰叁肆伍陆柒捌玖';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A value as a key: six significant digits, so 5.49 × 10⁴ and 54,900 meet. */
const key = (n: number) => (n === 0 ? '0' : Number(n.toPrecision(6)).toString());

/** The numbers a Chinese page writes: 54 900 (thin-space groups), 5.49万, 42.8亿, 2021年6月 (6 is a month). */
export function numbersZh(text: string): Set<string> {
  const found = new Set<string>();
  const normal = text.replace(/(\d)[\u202f\u2009,](?=\d{3}\b)/gu, '$1').replace(/\u2212/gu, '-');
  for (const m of normal.matchAll(/(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s*(万|亿)?/gu)) {
    const scale = m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
    found.add(key(Number(m[1]) * scale));
  }
  // Numbers the Chinese writes in words where English has digits: chapter numbers (壹 贰 叁) and headings numbered 机遇一 (not 之一, "one of").
  for (const m of normal.matchAll(/[壹贰叁肆伍陆柒捌玖]|[一二三四五六七八九](?=\u3000)/gu)) found.add(key(CHINESE_DIGITS.indexOf(m[0]) % 9 + 1));
  return found;
}

/** The numbers an English page writes: 54,900, 4.28 billion, 1.2 million, 2M on an axis, June 2021 (a month is its number). */
export function numbersEn(text: string): Set<string> {
  const found = new Set<string>();
  const normal = text.replace(/(\d),(?=\d{3}\b)/gu, '$1').replace(/\u2212/gu, '-');
  // Not inside a word: the 2 of B2B is not 2 billion.
  for (const m of normal.matchAll(/(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(?:\s*(billion|million|thousand)\b|([BMK])\b)?/gu)) {
    const word = m[2] ?? { B: 'billion', M: 'million', K: 'thousand' }[m[3] ?? ''];
    const scale = word === 'billion' ? 1e9 : word === 'million' ? 1e6 : word === 'thousand' ? 1e3 : 1;
    found.add(key(Number(m[1]) * scale));
  }
  for (const m of normal.toLowerCase().matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b\s+\d{4}/gu)) {
    found.add(key(MONTHS.indexOf(m[1]!) + 1));
  }
  return found;
}

/** The chapter text and figures, without the page shell (navigation, contents, pager) or the chapter header with its number. */
const chapterBody = (node: HtmlNode) => node.nodeName === 'section' || (node.nodeName === 'div' && classesOf(node).includes('headlines'));

const classesOf = (node: HtmlNode) => (attr(node, 'class') ?? '').split(/\s+/u);

/**
 * Left out of the comparison: what is not the report's numbers but the page's
 * own, and may rightly differ between languages: axis ticks (a longer English
 * label leaves room for other ticks), the embed tools (an English caption
 * makes a taller frame), and source lines (the report's section numbers,
 * 一、1. in Chinese and 1.1 in English).
 */
const NOT_COMPARED = ['t-tick', 'figure-tool', 'figure-source', 'figure-ref', 'source', 'figure-anchor'];
const notCompared = (node: HtmlNode) => classesOf(node).some((c) => NOT_COMPARED.includes(c));

function isChapter(path: string, chapterPaths: ReadonlySet<string>): boolean {
  return chapterPaths.has(path);
}

export function runEditionsGate(root: string, pages: readonly SitePage[], chapterPaths: ReadonlySet<string>, allPages: readonly SitePage[] = pages): GateResult {
  const started = Date.now();
  const failures: Failure[] = [];
  const byPath = new Map(allPages.map((p) => [p.path, p]));
  const fail = (page: string, rule: string, message: string, where = '') => failures.push({ gate: 'editions', page, where, rule, message });
  const html = (page: SitePage) => readFileSync(join(root, page.file), 'utf8');

  for (const page of pages) {
    const english = page.path === EN || page.path.startsWith(`${EN}/`);
    // The root's 404.html is the one hosts serve for any missing path; the English one is a page, /en/404/.
    const twinPath = page.path === '/404.html' ? `${EN}/404/` : page.path === `${EN}/404/` ? '/404.html' : english ? page.path.slice(EN.length) || '/' : `${EN}${page.path}`;
    const twin = byPath.get(twinPath);
    if (!twin) {
      fail(page.path, 'twin', `has no ${english ? 'Chinese' : 'English'} twin at ${twinPath}`);
      continue;
    }
    const source = html(page);
    const lang = /<html[^>]*\blang="([^"]+)"/u.exec(source)?.[1];
    if (lang !== (english ? 'en' : 'zh-CN')) fail(page.path, 'lang', `<html lang="${lang ?? ''}">, expected ${english ? 'en' : 'zh-CN'}`);
    const embed = /\/embed\//u.test(page.path);
    if (!embed) {
      if (!source.includes(`hreflang="${english ? 'zh-CN' : 'en'}" href="`) || !new RegExp(`<link rel="alternate" hreflang="[^"]+" href="[^"]*${twinPath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}"`, 'u').test(source)) {
        fail(page.path, 'hreflang', `no hreflang alternate pointing at ${twinPath}`);
      }
      if (!source.includes('hreflang="x-default"')) fail(page.path, 'hreflang', 'no x-default alternate');
      if (!new RegExp(`<a href="${twinPath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}"[^>]*data-language-switch`, 'u').test(source)) fail(page.path, 'switch', `no language switch to ${twinPath}`);
    }
    if (english) {
      const { own } = visibleText(source);
      const share = cjkShare(own);
      if (share >= MAX_CJK_SHARE) {
        const sample = [...new Set(own.match(/[^\s]*[\u3400-\u9fff][^\s]*/gu) ?? [])].slice(0, 8).join(' ');
        fail(page.path, 'cjk', `${(share * 100).toFixed(1)}% of its visible text is CJK outside lang="zh" elements (at most ${MAX_CJK_SHARE * 100}%): ${sample}`);
      }
      if (isChapter(twinPath, chapterPaths)) {
        const zhText = visibleText(html(twin), chapterBody, notCompared);
        const enText = visibleText(source, chapterBody, notCompared);
        const zh = numbersZh(`${zhText.own} ${zhText.marked}`);
        const en = numbersEn(`${enText.own} ${numbersFromMarked(enText.marked)}`);
        const onlyZh = [...zh].filter((n) => !en.has(n));
        const onlyEn = [...en].filter((n) => !zh.has(n));
        if (onlyZh.length > 0) fail(page.path, 'numbers', `numbers on ${twinPath} missing here: ${onlyZh.join(', ')}`);
        if (onlyEn.length > 0) fail(page.path, 'numbers', `numbers here not on ${twinPath}: ${onlyEn.join(', ')}`);
      }
    }
  }
  return { gate: 'editions', failures, checked: pages.length, ms: Date.now() - started };
}

/** Chinese originals quoted on an English page are read as Chinese numbers, then written as English ones. */
function numbersFromMarked(marked: string): string {
  return [...numbersZh(marked)].join(' ');
}
