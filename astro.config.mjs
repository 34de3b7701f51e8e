// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
// Quality gates (issue 7): the Content-Security-Policy, see src/security/csp.ts.
import { contentSecurityPolicy } from './src/security/csp.ts';
import { addressWarning, siteAddress } from './src/site-address.ts';
import { sitemapLastmod } from './src/sitemap-dates.ts';

// The public address the site is served from (src/site-address.ts): SITE_URL,
// else the hosting platform's own variable, else the preview server, with a
// warning when a build for deployment falls back to it.
const address = siteAddress(process.env);
const warning = addressWarning(address);
if (warning && process.argv.includes('build')) console.warn(`\n${warning}\n`);
const site = address.url;

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
  // Two editions: Chinese at the root, English under /en/ with the same slugs (src/i18n/locales.ts, src/routes.ts).
  // The pages pick their edition from their [...locale] route parameter; nothing redirects.
  i18n: {
    defaultLocale: 'zh-CN',
    locales: ['zh-CN', 'en'],
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    // Embed pages are for iframes (noindex), not for search engines; each page lists its twin in the other edition.
    sitemap({
      filter: (page) => !/^\/(?:en\/)?embed\//.test(new URL(page).pathname),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // lastmod: when the data the page shows last changed (src/sitemap-dates.ts).
      serialize: (() => {
        let lastmod;
        return (item) => {
          lastmod ??= sitemapLastmod();
          return { ...item, lastmod: lastmod(new URL(item.url).pathname) };
        };
      })(),
    }),
  ],
});
