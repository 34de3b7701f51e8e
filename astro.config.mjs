// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
// Quality gates (issue 7): the Content-Security-Policy, see src/security/csp.ts.
import { contentSecurityPolicy } from './src/security/csp.ts';

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
  // No Markdown with code on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // Quality gates (issue 7): a CSP <meta> on every page, with hashes of Astro's inline scripts and styles.
  security: { csp: contentSecurityPolicy },
  integrations: [
    // Embed pages are for iframes (noindex), not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') }),
  ],
});
