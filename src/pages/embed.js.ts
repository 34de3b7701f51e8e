import type { APIRoute } from 'astro';
import { bundleScript, SCRIPTS } from '../embed/bundle.ts';

/** /embed.js: the optional host-page script of the embed snippet (src/embed/host.ts). */
export const GET: APIRoute = async ({ site, url }) => {
  const origin = new URL(site ?? url).origin;
  const code = await bundleScript(SCRIPTS.host, { __SITE_ORIGIN__: JSON.stringify(origin) });
  return new Response(`${code}\n`, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
