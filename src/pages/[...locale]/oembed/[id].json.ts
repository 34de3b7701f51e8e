import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRoutes } from '../../../routes.ts';
import type { ChartEntry } from '../../../charts/entry.ts';
import { EMBED, embedHeight } from '../../../embed/height.ts';
import { WIDE_WIDTH } from '../../../charts/layouts.ts';
import { pagePath } from '../../../paths.ts';
import { absolute, chartSnippet, chartUrls, providerName } from '../../../embed/snippet.ts';

/**
 * /oembed/<id>.json: the oEmbed answer (type "rich") for one chart, linked
 * from its embed page for discovery. html is the embed snippet; width is the
 * frame width that shows the chart at its full size.
 */
export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site, url }) => {
  const entry = (props as { entry: ChartEntry }).entry;
  const base = site ?? url;
  const height = embedHeight(entry);
  const body = {
    version: '1.0',
    type: 'rich',
    title: entry.title,
    provider_name: providerName(entry.locale),
    provider_url: absolute(pagePath('/', entry.locale), base),
    html: chartSnippet(entry, height, base),
    width: WIDE_WIDTH + 2 * EMBED.padding,
    height,
    thumbnail_url: chartUrls(entry, base).png,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
