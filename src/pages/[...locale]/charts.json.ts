import { chartRegistry, reportMeta } from '../../reports/site.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { pagePath } from '../../paths.ts';
import { editionRoutes } from '../../routes.ts';
import { embedHeight } from '../../embed/height.ts';
import { WIDE_WIDTH } from '../../charts/layouts.ts';
import { PNG_SCALE } from '../../embed/png.ts';
import { absolute, chartSnippet, chartUrls, EMBED_SCRIPT_PATH, providerName } from '../../embed/snippet.ts';

/**
 * /charts.json: the chart catalogue for newsrooms and tools. Every chart with
 * its title, chapter, embed page, default iframe height, snippet, oEmbed and
 * download URLs.
 */
export const getStaticPaths = editionRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site, url }) => {
  const { locale } = props as { locale: Locale };
  const base = site ?? url;
  const charts = chartRegistry(locale).map((entry) => {
    const urls = chartUrls(entry, base);
    const height = embedHeight(entry);
    return {
      id: entry.id,
      title: entry.title,
      ...(entry.subtitle ? { subtitle: entry.subtitle } : {}),
      report: reportMeta(entry.report, locale).title,
      source: entry.source,
      pageUrl: urls.page,
      chapterUrl: urls.chapter,
      embedUrl: urls.embed,
      oembedUrl: urls.oembed,
      height,
      snippet: chartSnippet(entry, height, base),
      downloads: {
        csv: urls.csv,
        svg: urls.svg,
        png: urls.png,
        pngWidth: WIDE_WIDTH * PNG_SCALE,
      },
    };
  });
  const body = { provider: providerName(locale), language: locale, site: absolute(pagePath('/', locale), base), embedScript: absolute(EMBED_SCRIPT_PATH, base), charts };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
