import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleScript, SCRIPTS } from '../../../src/embed/bundle.ts';

const BUDGET = 1536; // bytes, gzipped

describe('client scripts stay small', () => {
  it.each([
    ['the embed page’s self-sizing', 'src/embed/child.ts'],
    ['/embed.js', SCRIPTS.host],
  ])('%s is under 1.5 KB gzipped', async (_name, entry) => {
    const code = await bundleScript(entry, { __SITE_ORIGIN__: '"https://atlas.example"' });
    expect(code.length).toBeGreaterThan(200);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(BUDGET);
  });

  it('the host script has the build-time origin only as a fallback', async () => {
    const code = await bundleScript(SCRIPTS.host, { __SITE_ORIGIN__: '"https://atlas.example"' });
    expect(code).toContain('currentScript');
    expect(code).toContain('https://atlas.example');
    expect(code).not.toContain('__SITE_ORIGIN__');
  });

  it('the embed page leaves the index explorer out only when asked, and keeps everything else', async () => {
    const full = await bundleScript(SCRIPTS.embedPage);
    const lean = await bundleScript(SCRIPTS.embedPage, {}, undefined, { withoutExplorer: true });
    // The explorer's own words and attributes (src/scripts/index-explorer.ts).
    expect(full).toContain('data-explorer-form');
    expect(lean).not.toContain('data-explorer-form');
    // Tooltips, sorting and self-sizing stay.
    for (const needed of ['chart-tooltip', 'data-sort-key', '[iFrameSizer]', 'xPYMx', 'datawrapper-height']) expect(lean).toContain(needed);
    expect(gzipSync(lean, { level: 6 }).length).toBeLessThan(gzipSync(full, { level: 6 }).length - 1000);
  });

  it('an embed of a bar list moves by data order alone, and one without row tips leaves their writer out', async () => {
    const full = await bundleScript(SCRIPTS.embedPage, {}, undefined, { withoutExplorer: true });
    const lean = await bundleScript(SCRIPTS.embedPage, {}, undefined, { withoutExplorer: true, withoutSpatialNavigation: true, withoutRowTips: true });
    // The geometry (mark-navigation.ts measures distances between marks) is gone…
    expect(full).toContain('Math.abs(');
    expect(lean).not.toContain('Math.abs(');
    expect(full).toContain('svg[data-row-tips]');
    expect(lean).not.toContain('svg[data-row-tips]');
    // …while the keys themselves still move focus.
    for (const needed of ['ArrowDown', 'Home', 'chart-tooltip', 'xPYMx']) expect(lean).toContain(needed);
    expect(gzipSync(lean, { level: 6 }).length).toBeLessThan(gzipSync(full, { level: 6 }).length - 300);
  });
});
