/**
 * The embed page's Content-Security-Policy <meta>, written by EmbedLayout
 * itself. Astro writes one into every other page, listing the hashes of every
 * inline script and style of the whole site (about 40 of them, some 1.5 KB
 * gzipped); an embed page is rendered as a partial (no head injection), so
 * it lists only the hashes of its own inline blocks. Same directives as the
 * site's policy (src/security/csp.ts), which `npm run verify` checks on
 * every page.
 */
import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../security/csp.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

type Resource = string | { resource: string; kind: 'attribute' | 'element' | 'default' };
const resourcesOf = (list: readonly Resource[] | undefined, kind: 'attribute' | 'element' | 'default') =>
  (list ?? []).filter((r) => (typeof r === 'string' ? 'default' : r.kind) === kind).map((r) => (typeof r === 'string' ? r : r.resource));

/** The policy for a page whose inline scripts and styles are exactly these. */
export function embedPolicy(inline: { scripts: readonly string[]; styles: readonly string[] }): string {
  const { directives = [], scriptDirective, styleDirective } = contentSecurityPolicy;
  const scriptSrc = [...resourcesOf(scriptDirective?.resources, 'default'), ...(scriptDirective?.hashes ?? []).map((h) => `'${h}'`), ...inline.scripts.map(hash)];
  const styleSrc = ["'self'", ...resourcesOf(styleDirective?.resources, 'default'), ...(styleDirective?.hashes ?? []).map((h) => `'${h}'`), ...inline.styles.map(hash)];
  const styleAttr = resourcesOf(styleDirective?.resources, 'attribute');
  const parts = [...directives, `script-src ${[...new Set(scriptSrc.length ? scriptSrc : ["'self'"])].join(' ')}`, `style-src ${[...new Set(styleSrc)].join(' ')}`];
  if (styleAttr.length) parts.push(`style-src-attr ${styleAttr.join(' ')}`);
  return `${parts.join(';')};`;
}
