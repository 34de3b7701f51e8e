import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRoutes } from '../../../routes.ts';
import type { ChartEntry } from '../../../charts/entry.ts';
import { chartPngSize } from '../../../embed/downloads.ts';
import { EMBED, embedHeight } from '../../../embed/height.ts';
import { WIDE_WIDTH } from '../../../charts/layouts.ts';
import { chartPagePath, pagePath } from '../../../paths.ts';
import { absolute, chartOembedHtml, chartUrls, providerName } from '../../../embed/snippet.ts';

/**
 * /oembed/<id>.json: the oEmbed 1.0 answer (type "rich") for one chart, linked
 * from its embed page for discovery. html is the frame in the shape WordPress
 * keeps (chartOembedHtml), not the snippet of the figure tools; width is the
 * frame width that shows the chart at its full size, height the frame's fixed
 * height. The thumbnail is the PNG download, with its size (oEmbed wants
 * thumbnail_url, thumbnail_width and thumbnail_height together or not at all).
 * web_page (an extra field, as Flickr's answers carry it) is the chart's own
 * page, so a CMS can link to the chart's sources and downloads beside the frame.
 */
export const getStaticPaths = chartRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const entry = (props as { entry: ChartEntry }).entry;
  const base = site ?? url;
  const height = embedHeight(entry);
  const thumbnail = await chartPngSize(entry, base);
  const body = {
    version: '1.0',
    type: 'rich',
    title: entry.title,
    provider_name: providerName(entry.locale),
    provider_url: absolute(pagePath('/', entry.locale), base),
    html: chartOembedHtml(entry, height, base),
    web_page: absolute(chartPagePath(entry, entry.locale), base),
    width: WIDE_WIDTH + 2 * EMBED.padding,
    height,
    thumbnail_url: chartUrls(entry, base).png,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
