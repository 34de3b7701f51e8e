/**
 * The running titles of printed pages. `@page` margin boxes cannot read the
 * DOM, so the chapter layout and the whole-report page write the titles into
 * a small `<style>` element with the CSS built here; print.css styles the boxes.
 * The words of the boxes every page has (the site's name, "第 3 页 / 共 12 页")
 * are the page's UI strings: the site layout writes them with pageWordsCss.
 *
 * The site's Content-Security-Policy allows inline <style>s by hash only, and
 * Astro does not hash `is:inline` ones: the page adds `styleHash(css)` with
 * `Astro.csp.insertStyleHash` before its <head> is rendered.
 */
import { createHash } from 'node:crypto';
import { useTranslations, type Translate } from '../i18n/translate.ts';

/**
 * A CSS string token in double quotes. Backslashes, quotes, control characters
 * and `<` are escaped (`<` as `\3C `), so the result is safe inside a `<style>`
 * element: it can neither end the string nor close the element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f || char === '<' || char === '>' || char === '&') out += `\\${code.toString(16).toUpperCase()} `;
    else out += char;
  }
  return `${out}"`;
}

/** Whether `name` can be used as a CSS page name (an identifier of letters, digits and hyphens). */
export function isPageName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/i.test(name);
}

export interface RunningTitles {
  /** Top left: the report, e.g. "报告 A · 2021 年区块链专利质量发展报告". */
  report: string;
  /** Top right: the chapter, e.g. "一　全球区块链专利质量"; none on pages that are not one chapter's. */
  chapter?: string | undefined;
  /** Bottom left, after the site's name: the page's public address, so a reader of the paper can find it. */
  address?: string | undefined;
  /** The site's name before the address; the default locale's unless given. */
  siteName?: string | undefined;
  /** Between the site's name and the address: an ideographic space in Chinese, a middle dot in English. */
  join?: string | undefined;
}

/** The site's name in the default locale (the printed footer of every page starts with it). */
export const SITE_NAME = useTranslations()('site.name');

/**
 * The margin-box words of every printed page: the site's name at the bottom
 * left and the page number at the bottom right, in the language of `t`.
 */
export function pageWordsCss(t: Translate): string {
  const pageOf = `${cssString(t('print.pageBefore'))} counter(page) ${cssString(t('print.pageMiddle'))} counter(pages) ${cssString(t('print.pageAfter'))}`;
  return `@page { @bottom-left { content: ${cssString(t('site.name'))}; } @bottom-right { content: ${pageOf}; } }`;
}

/**
 * `@page` rules that put the titles into the margin boxes, for every page
 * or, with `pageName`, for the pages of elements with `page: <pageName>`.
 */
export function marginBoxCss(titles: RunningTitles, pageName?: string): string {
  if (pageName !== undefined && !isPageName(pageName)) throw new Error(`marginBoxCss: "${pageName}" is not a CSS page name`);
  const selector = pageName ? `@page ${pageName}` : '@page';
  const boxes = [`@top-left { content: ${cssString(titles.report)}; }`];
  boxes.push(`@top-right { content: ${titles.chapter ? cssString(titles.chapter) : 'none'}; }`);
  if (titles.address) boxes.push(`@bottom-left { content: ${cssString(`${titles.siteName ?? SITE_NAME}${titles.join ?? '\u3000'}${titles.address}`)}; }`);
  return `${selector} { ${boxes.join(' ')} }`;
}

/** "报告 A · 2021 年区块链专利质量发展报告": the report as the running title names it. */
export function reportRunningTitle(report: { letter: string; title: string }, t: Translate = useTranslations()): string {
  return t('print.runningTitle', { letter: report.letter, title: report.title });
}

/** "一　全球区块链专利质量" ("1. Global …" in English), or the bare title for front matter without a number. */
export function chapterRunningTitle(chapter: { number: string; title: string }, t: Translate = useTranslations()): string {
  return chapter.number ? t('chapter.numbered', { number: chapter.number, title: chapter.title }) : chapter.title;
}

/** `sha256-…` of a style element's text, as CSP hashes it (UTF-8, base64). */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

/** A page's public address for the printed footer, or none when the build has no public address (SITE_URL unset). */
export function printedAddress(url: URL): string | undefined {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) ? undefined : url.href;
}
