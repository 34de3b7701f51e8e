// @ts-check
import { defineConfig } from 'astro/config';

// The public address the site is served from; canonical links and Open Graph
// tags use it. Set SITE_URL when deploying; local builds use the preview server.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
