/**
 * linkinator from every page: zero broken internal links, and every #fragment
 * link finds its id. Links to other sites are skipped (no network here);
 * absolute links to the site's own address (canonical, og:url) are checked
 * against the local server.
 */
import { LinkChecker, LinkState } from 'linkinator';
import type { SitePage } from './pages.ts';
import type { Failure, GateResult } from './report.ts';

export interface LinksGateOptions {
  origin: string;
  pages: SitePage[];
  /** The site's public address (astro.config `site`), rewritten to `origin`. */
  site?: string;
  concurrency?: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function runLinksGate(options: LinksGateOptions): Promise<GateResult> {
  const started = Date.now();
  const { origin } = options;
  const site = options.site?.replace(/\/$/, '');
  const local = (href: string) => href.startsWith(`${origin}/`) || href === origin || (site !== undefined && (href.startsWith(`${site}/`) || href === site));
  const checker = new LinkChecker();
  const failures: Failure[] = [];
  const pathOf = (url: string | undefined) => (url ? url.replace(origin, '').replace(site ?? '\u0000', '') || '/' : '?');
  try {
    const result = await checker.check({
      path: options.pages.map((p) => origin + p.path),
      recurse: true,
      checkFragments: true,
      concurrency: options.concurrency ?? 8,
      timeout: 10_000,
      retry: false,
      linksToSkip: async (href) => !local(href),
      urlRewriteExpressions: site ? [{ pattern: new RegExp(`^${escapeRegExp(site)}(?=/|$)`), replacement: origin }] : [],
    });
    for (const link of result.links) {
      if (link.state !== LinkState.BROKEN) continue;
      const details = (link.failureDetails ?? [])
        .map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`))
        .filter(Boolean)
        .join('; ');
      const fragment = /Fragment identifier/.test(details);
      failures.push({
        gate: 'links',
        page: pathOf(link.parent),
        where: pathOf(link.url),
        rule: fragment ? 'broken-fragment' : 'broken-link',
        message: details || `HTTP ${link.status ?? 'no response'}`,
      });
    }
    return { gate: 'links', failures, checked: new Set(result.links.map((l) => l.url)).size, ms: Date.now() - started };
  } catch (error) {
    return { gate: 'links', failures, checked: 0, ms: Date.now() - started, error: String(error) };
  }
}
