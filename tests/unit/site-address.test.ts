import { describe, expect, it } from 'vitest';
import { addressWarning, LOCAL_ADDRESS, siteAddress } from '../../src/site-address.ts';

describe('the public address of a build', () => {
  it('is SITE_URL when set, whatever the host says', () => {
    expect(siteAddress({ SITE_URL: 'https://atlas.example', NETLIFY: 'true', URL: 'https://x.netlify.app' })).toEqual({ url: 'https://atlas.example', from: 'SITE_URL' });
  });

  it("comes from the hosting platform's own variables", () => {
    expect(siteAddress({ NETLIFY: 'true', URL: 'https://ledger-atlas.netlify.app' }).url).toBe('https://ledger-atlas.netlify.app');
    expect(siteAddress({ VERCEL_PROJECT_PRODUCTION_URL: 'ledger-atlas.vercel.app' }).url).toBe('https://ledger-atlas.vercel.app');
    expect(siteAddress({ CF_PAGES_URL: 'https://ledger-atlas.pages.dev' }).url).toBe('https://ledger-atlas.pages.dev');
    expect(siteAddress({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Atlas/atlas.github.io' }).url).toBe('https://atlas.github.io');
  });

  it('stays on the preview server for local builds, without a warning', () => {
    const local = siteAddress({ LEDGER_LOCAL_BUILD: '1' });
    expect(local.url).toBe(LOCAL_ADDRESS);
    expect(addressWarning(local)).toBeNull();
  });

  it('warns, naming what it breaks, when a build for deployment has no address', () => {
    const bare = siteAddress({});
    expect(bare.url).toBe(LOCAL_ADDRESS);
    expect(addressWarning(bare)).toMatch(/SITE_URL is not set.*embed snippet.*PNG.*canonical links/s);
    // A GitHub project site would sit under a sub-path, which the site's root-relative links cannot serve.
    expect(addressWarning(siteAddress({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'atlas/ledger-atlas' }))).toMatch(/custom domain/);
  });
});
