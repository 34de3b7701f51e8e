// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// The public address the site is served from; canonical links, Open Graph
// tags, the sitemap and embed snippets use it. Set SITE_URL when deploying;
// local builds use the preview server.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [
    // Embed pages are for iframes (noindex), not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
  ],
});
