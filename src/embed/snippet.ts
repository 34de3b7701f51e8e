/**
 * Addresses of a chart's embed page, downloads and oEmbed, and the embed
 * snippet journalists paste: an iframe with a fixed height (enough without
 * any script) and, optionally, /embed.js, which then fits the frame to its
 * content. Every URL is absolute, from the site's address (Astro.site).
 */
import type { Locale } from '../i18n/locales.ts';
import { chartPath, downloadPath, embedPath, oembedPath } from '../paths.ts';
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

/** Every address of a chart, as the catalogue, the oEmbed answers and the figure controls give them. */
export function chartUrls(entry: Pick<ChartEntry, 'id' | 'report' | 'chapter' | 'locale'>, site: URL | string) {
  const { locale } = entry;
  return {
    chapter: absolute(chartPath(entry, locale), site),
    embed: absolute(embedPath(entry, locale), site),
    oembed: absolute(oembedPath(entry, locale), site),
    script: absolute(EMBED_SCRIPT_PATH, site),
    svg: absolute(downloadPath(entry, 'svg', locale), site),
    png: absolute(downloadPath(entry, 'png', locale), site),
    csv: absolute(downloadPath(entry, 'csv', locale), site),
  };
}

/** The snippet of one chart, with or without /embed.js. */
export function chartSnippet(entry: ChartEntry, height: number, site: URL | string, withScript = true): string {
  const urls = chartUrls(entry, site);
  return snippetHtml({ src: urls.embed, title: entry.title, height, script: withScript ? urls.script : null });
}
