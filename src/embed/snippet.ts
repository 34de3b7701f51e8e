/**
 * Addresses of a chart's embed page, downloads and oEmbed, and the embed
 * snippets journalists paste: an iframe with a fixed height (enough without
 * any script) and, optionally, /embed.js, which then fits the frame to its
 * content; and, for AMP pages, a resizable <amp-iframe>. Every URL is
 * absolute, from the site's address (Astro.site). The embed page is light
 * unless its URL asks for another theme (?theme=auto|dark).
 */
import type { Locale } from '../i18n/locales.ts';
import { chartPagePath, chartPath, downloadPath, embedPath, oembedPath } from '../paths.ts';
import type { ChartEntry } from '../charts/entry.ts';
import { useTranslations } from '../i18n/translate.ts';

/** The site's name in the default locale, as oEmbed answers and charts.json give it. */
/** The site's name as oEmbed and the catalogue give it, in the reader's language. */
export function providerName(locale: Locale): string {
  return useTranslations(locale)('site.name');
}
export const EMBED_SCRIPT_PATH = '/embed.js';

export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
  /** Absolute URL of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Absolute URL of /embed.js, or null for the iframe alone. */
  script: string | null;
}

export function snippetHtml({ src, title, height, script }: SnippetInput): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width:100%;border:0" height="${Math.ceil(height)}"></iframe>`;
  return script ? `${iframe}\n<script src="${escapeAttribute(script)}" async></script>` : iframe;
}

/** How an embed page is coloured: light (the default, as most host pages are white), the reader's device setting, or dark. */
export const EMBED_THEMES = ['light', 'auto', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The embed page's URL for a theme: `?theme=auto|dark`; light is the page's default and needs no query. */
export function themedEmbedUrl(embedUrl: string, theme: EmbedTheme): string {
  if (theme === 'light') return embedUrl;
  const url = new URL(embedUrl);
  url.searchParams.set('theme', theme);
  return url.href;
}

/** The script AMP pages must load in their <head> to use <amp-iframe>. */
export const AMP_IFRAME_SCRIPT = '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>';

export interface AmpSnippetInput {
  /** Absolute https URL of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Text of the button AMP shows when it may not grow the frame on its own (the reader is looking at it). */
  overflow: string;
}

/**
 * An <amp-iframe> for AMP pages (amp.dev, amp-iframe): `layout="fixed-height"`,
 * as wide as the column and as tall as the snippet height (enough without any
 * script at every width, as the iframe snippet's), not "responsive", which
 * keeps width:height and would make a frame in a wide column several times
 * taller than the chart; sandboxed with scripts and same origin (AMP resizes only
 * such frames, on the embed page's `embed-size` message), popups so the link
 * back to the chapter opens (outside the sandbox), a placeholder (the title,
 * which also lets the frame sit near the top of the page) and the overflow button.
 */
export function ampSnippetHtml({ src, title, height, overflow }: AmpSnippetInput): string {
  const t = escapeAttribute(title);
  return [
    `<amp-iframe src="${escapeAttribute(src)}" title="${t}" height="${Math.ceil(height)}" layout="fixed-height" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">`,
    `  <div placeholder>${t}</div>`,
    `  <button overflow type="button">${escapeAttribute(overflow)}</button>`,
    '</amp-iframe>',
  ].join('\n');
}

/** Escapes text for HTML element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface OembedHtmlInput {
  /** Absolute URL of the embed page. */
  src: string;
  title: string;
  height: number;
  /** Absolute URL of the chart on its chapter page: the blockquote's link. */
  link: string;
}

/**
 * The `html` of the oEmbed answer, in the shape WordPress keeps. For a
 * provider it does not know, WordPress (wp_filter_oembed_result) keeps only
 * <a href>, <blockquote> and <iframe src width height frameborder marginwidth
 * marginheight scrolling title>, so no <script>, style or loading. It then puts
 * `#?secret=…` on the src, hides the iframe (clipped, absolute) until it
 * speaks, shows the blockquote until then, and adds class="wp-embedded-content"
 * sandbox="allow-scripts" security="restricted"; wp-embed.js removes the
 * iframe's style and sets its height attribute from the frame's messages.
 *
 * So the width is an attribute, 100 %: a pixel width would also make the
 * block editor give the embed a fixed aspect ratio (784 × 590 is "4:3") that
 * overrides the height. No scrolling="no", which WordPress's own embeds have:
 * wp-embed.js makes no frame taller than 1000 px, and tables and long bar
 * charts are taller than that on a phone; they scroll inside the frame
 * rather than lose their source line. No sandbox either: WordPress puts its
 * own, and the iframe keeps its class so that wp-embed.js also sizes the html
 * pasted raw into a post, by adding a secret to its src; Chromium, when that
 * src changes while a sandboxed frame loads, sometimes keeps the old URL or
 * draws nothing. Other consumers sandbox frames as they see fit (oEmbed
 * leaves it to them). The blockquote is the link other readers (feeds,
 * hosts without frames) see; other consumers show it above the frame.
 */
export function oembedHtml({ src, title, height, link }: OembedHtmlInput): string {
  return (
    `<blockquote class="wp-embedded-content"><a href="${escapeAttribute(link)}">${escapeText(title)}</a></blockquote>` +
    `<iframe class="wp-embedded-content" src="${escapeAttribute(src)}" width="100%" height="${Math.ceil(height)}" title="${escapeAttribute(title)}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`
  );
}

/** The oEmbed html of one chart. */
export function chartOembedHtml(entry: ChartEntry, height: number, site: URL | string): string {
  const urls = chartUrls(entry, site);
  return oembedHtml({ src: urls.embed, title: entry.title, height, link: urls.chapter });
}

/** Every address of a chart, as the catalogue, the oEmbed answers and the figure controls give them. */
export function chartUrls(entry: Pick<ChartEntry, 'id' | 'report' | 'chapter' | 'locale'>, site: URL | string) {
  const { locale } = entry;
  return {
    chapter: absolute(chartPath(entry, locale), site),
    page: absolute(chartPagePath(entry, locale), site),
    embed: absolute(embedPath(entry, locale), site),
    oembed: absolute(oembedPath(entry, locale), site),
    script: absolute(EMBED_SCRIPT_PATH, site),
    svg: absolute(downloadPath(entry, 'svg', locale), site),
    png: absolute(downloadPath(entry, 'png', locale), site),
    csv: absolute(downloadPath(entry, 'csv', locale), site),
  };
}

/** The snippet of one chart, with or without /embed.js, light unless another theme is asked for. */
export function chartSnippet(entry: ChartEntry, height: number, site: URL | string, withScript = true, theme: EmbedTheme = 'light'): string {
  const urls = chartUrls(entry, site);
  return snippetHtml({ src: themedEmbedUrl(urls.embed, theme), title: entry.title, height, script: withScript ? urls.script : null });
}

/** The AMP snippet of one chart, its button in the chart's language. */
export function chartAmpSnippet(entry: ChartEntry, height: number, site: URL | string, theme: EmbedTheme = 'light'): string {
  const src = themedEmbedUrl(chartUrls(entry, site).embed, theme);
  return ampSnippetHtml({ src, title: entry.title, height, overflow: useTranslations(entry.locale)('figure.ampOverflow') });
}
