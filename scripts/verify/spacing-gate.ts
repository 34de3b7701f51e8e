/**
 * The spacing gate: every Chinese page keeps the Chinese edition's one spacing rule
 * (src/i18n/spacing.ts: no space between Han and Latin letters or digits, none beside
 * full-width punctuation; the browser sets the gap).
 *
 * It reads what a reader meets: the text of each block as the browser lays it out (inline
 * elements such as a linked figure run on, whitespace collapses to one space), chart labels
 * and tooltips inside the inline SVGs, and the words a screen reader or a tooltip shows
 * (aria-label, alt, title, placeholder, data-tip, the page's title and description). Code the
 * reader is meant to copy (the embed snippets in pre, code and textarea) is left out, and so are
 * any run marked as another language (lang="en") and a data page's rows, shown as the CSV holds
 * them (data-verbatim).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spacingViolations } from '../../src/i18n/spacing.ts';
import type { Failure, GateResult } from './report.ts';
import type { SitePage } from './pages.ts';
import { attr, parseHtml, type HtmlNode } from './html-tree.ts';


/** Elements whose text runs on into the text around them, as the browser lays them out. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 'ruby', 'rt', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'tspan', 'label', 'output']);
/** Code, scripts and what is never shown as text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'pre', 'code', 'kbd', 'samp', 'textarea']);
/** Code set inside a sentence. */
const INLINE_CODE = new Set(['code', 'kbd', 'samp']);
const READ_ATTRIBUTES = ['aria-label', 'alt', 'title', 'placeholder', 'data-tip', 'aria-description'];


/** The texts of one page the rule applies to: each block's run of text, then each worded attribute. */
export function chineseTexts(html: string): string[] {
  const runs: string[] = [];
  let current = '';
  const flush = () => {
    const run = current.replace(/[ \t\n\r\f]+/gu, ' ').trim();
    if (run) runs.push(run);
    current = '';
  };
  const walk = (node: HtmlNode, foreign: boolean) => {
    if (SKIPPED.has(node.nodeName) || attr(node, 'data-verbatim') !== undefined) {
      // Code in a sentence (见<code>datapackage.json</code>) stands in as a Latin letter, as foreign text does.
      if (INLINE_CODE.has(node.nodeName)) current += 'x';
      return;
    }
    const lang = attr(node, 'lang');
    const isForeign = lang !== undefined && node.nodeName !== 'html' ? !lang.toLowerCase().startsWith('zh') : foreign;
    if (node.nodeName === '#text') {
      // Text in another language stands in as one Latin letter, so a space typed beside it still counts.
      if (!isForeign) current += node.value ?? '';
      else if ((node.value ?? '').trim()) current += 'x';
      return;
    }
    if (!isForeign) {
      for (const name of READ_ATTRIBUTES) {
        const value = attr(node, name);
        if (value) runs.push(value.replace(/\s+/gu, ' ').trim());
      }
      if (node.nodeName === 'meta' && /^(description|og:title|og:description|twitter:title|twitter:description)$/u.test(attr(node, 'name') ?? attr(node, 'property') ?? '')) {
        runs.push(attr(node, 'content') ?? '');
      }
    }
    const inline = INLINE.has(node.nodeName) || node.nodeName === '#text';
    if (!inline) flush();
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child, isForeign);
    if (!inline) flush();
  };
  walk(parseHtml(html), false);
  flush();
  return runs;
}

/** Chinese pages: every page outside the English edition. */
const isChinesePage = (page: SitePage) => !page.path.startsWith('/en/') && page.path !== '/en';

export function runSpacingGate(root: string, pages: readonly SitePage[]): GateResult {
  const started = Date.now();
  const failures: Failure[] = [];
  const chinese = pages.filter(isChinesePage);
  for (const page of chinese) {
    const html = readFileSync(join(root, page.file), 'utf8');
    const seen = new Set<string>();
    for (const text of chineseTexts(html)) {
      for (const violation of spacingViolations(text)) {
        if (seen.has(violation.excerpt)) continue;
        seen.add(violation.excerpt);
        failures.push({ gate: 'spacing', page: page.path, where: JSON.stringify(violation.excerpt), rule: 'zh-spacing', message: 'a space between Chinese and Latin letters or digits, or beside full-width punctuation (src/i18n/spacing.ts)' });
      }
    }
  }
  return { gate: 'spacing', failures, checked: chinese.length, ms: Date.now() - started };
}
