/**
 * The public address the site is built for. Embed snippets, the PNG footers,
 * citations, canonical links, Open Graph tags, the sitemap and the PDFs' links
 * all carry it, so a wrong one hands journalists embed code that cannot work.
 *
 * SITE_URL wins. Without it, a build on a host that says where it deploys
 * takes the address from there; a local build (`npm start`, `npm test`, which
 * set LEDGER_LOCAL_BUILD=1) uses the preview server; any other build also uses
 * the preview server, and says loudly what that breaks.
 */
export const LOCAL_ADDRESS = 'http://localhost:4321';

export interface SiteAddress {
  url: string;
  /** The variable the address came from. */
  from: string;
  /** Set when the address is probably not where the site will be served. */
  warning?: string;
}

const https = (host: string) => (/^https?:\/\//.test(host) ? host : `https://${host}`);

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  if (env['SITE_URL']) return { url: env['SITE_URL'], from: 'SITE_URL' };
  if (env['NETLIFY'] === 'true' && env['URL']) return { url: env['URL'], from: 'URL (Netlify)' };
  if (env['VERCEL_PROJECT_PRODUCTION_URL']) return { url: https(env['VERCEL_PROJECT_PRODUCTION_URL']), from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)' };
  if (env['CF_PAGES_URL']) return { url: env['CF_PAGES_URL'], from: 'CF_PAGES_URL (Cloudflare Pages)' };
  if (env['GITHUB_ACTIONS'] === 'true' && env['GITHUB_REPOSITORY']) {
    const [owner, repo] = env['GITHUB_REPOSITORY'].split('/') as [string, string];
    const userSite = `${owner.toLowerCase()}.github.io`;
    // A project site lives under /<repo>/, and the site's links start at the root of its host.
    if (repo.toLowerCase() === userSite) return { url: `https://${userSite}`, from: 'GITHUB_REPOSITORY (GitHub Pages)' };
    return {
      url: LOCAL_ADDRESS,
      from: 'default',
      warning: `GitHub Pages would serve ${env['GITHUB_REPOSITORY']} under https://${userSite}/${repo}/, a sub-path this site does not support: give it a custom domain and set SITE_URL to it.`,
    };
  }
  if (env['LEDGER_LOCAL_BUILD'] === '1') return { url: LOCAL_ADDRESS, from: 'local build' };
  return {
    url: LOCAL_ADDRESS,
    from: 'default',
    warning: 'SITE_URL is not set and no hosting platform was recognised (Netlify, Vercel, Cloudflare Pages, GitHub Pages).',
  };
}

/** The build's warning, naming what a wrong address breaks. */
export function addressWarning(address: SiteAddress): string | null {
  if (!address.warning) return null;
  return [
    `WARNING: building for ${address.url}. ${address.warning}`,
    'That address goes into every embed snippet and oEmbed answer, the footer of every PNG and SVG download,',
    'the citations, canonical links, Open Graph tags, the sitemap and the PDFs. Set SITE_URL=https://your.domain for a deployment.',
  ].join('\n');
}
