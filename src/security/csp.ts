/**
 * The site's Content-Security-Policy. astro.config.mjs passes it to Astro
 * (`security.csp`), which writes it into every page as
 * `<meta http-equiv="content-security-policy">` and adds the SHA-256 hash of
 * every script and style it bundles or inlines, page by page.
 *
 * The baseline (checked on every built page by `npm run verify` and
 * tests/e2e/security.spec.ts):
 * - nothing from another origin: every directive is 'self', 'none' or data: (images);
 * - no inline script without a hash: Astro hashes its own; a hand-written
 *   `<script is:inline>` is refused unless its hash is listed below;
 * - no eval, no plugins, no <base> hijack, forms post only to this site.
 *
 * Two things a <meta> policy cannot carry are set by the host, in
 * public/_headers: `frame-ancestors` (embeds may be framed by any site, other
 * pages by none) and reporting.
 */
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * Hashes of hand-written inline scripts (`<script is:inline>`), each with a
 * comment saying which script it is. `npm run verify` prints the hash a new
 * inline script needs; prefer a bundled `<script>` (hashed automatically).
 */
export const INLINE_SCRIPT_HASHES: `sha256-${string}`[] = [];

export const contentSecurityPolicy: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'none'",
    // Same-origin fetches: the search index (Pagefind), CSV and JSON downloads.
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    // Pages that preview an embed in an iframe show this site's own /embed/ pages.
    "frame-src 'self'",
    // Pagefind searches in a same-origin Web Worker (its WebAssembly runs there,
    // under the worker's own policy, so script-src needs no 'wasm-unsafe-eval').
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ],
  scriptDirective: {
    // 'self' for bundled files; Astro appends the hashes of inline scripts.
    resources: ["'self'"],
    hashes: INLINE_SCRIPT_HASHES,
  },
  styleDirective: {
    // style-src stays Astro's default, 'self' plus the hashes of its inline <style>s.
    // Chart marks carry a CSS custom property in a style attribute
    // (style="--print-fill:url(#…)"), which style-src-attr must allow; a style
    // attribute cannot run script. (Naming 'self' here too would only make
    // Astro warn that style-src-attr does not inherit it.)
    resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
  },
};
