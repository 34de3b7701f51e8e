import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAllowList, parseAllowList } from '../../../scripts/compare-output/allow.ts';
import { parseCommandLine } from '../../../scripts/compare-output/args.ts';
import { compareSites } from '../../../scripts/compare-output/compare.ts';
import { formatReport } from '../../../scripts/compare-output/report.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A 2×2 PNG, one pixel of which can be changed; `reencoded` changes only the encoder's bytes. */
function png(changed = false, reencoded = false): Buffer {
  const image = new PNG({ width: 2, height: 2 });
  image.data.fill(255);
  if (changed) image.data[0] = 0;
  return PNG.sync.write(image, reencoded ? { colorType: 2, inputHasAlpha: true } : {});
}

const page = (text: string, hash = 'AAA', chart = '<svg viewBox="0 0 2 2"><rect x="1" width="1"/></svg>') =>
  `<!doctype html><html><head><title>T</title><meta http-equiv="content-security-policy" content="script-src 'sha256-${hash}='">` +
  `<script type="module" src="/_astro/page.${hash}.js"></script></head><body><p>${text}</p>${chart}</body></html>`;

type Site = Record<string, string | Buffer>;
const SITE: Site = {
  'index.html': page('Home'),
  'patents-2021/summary/index.html': page('China leads in grants.'),
  'downloads/a-top50.csv': '公司,得分\nA,90\n',
  'downloads/a-top50.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="2"><rect width="1" height="1"/></svg>',
  'downloads/a-top50.png': png(),
  'charts.json': '{"charts":[{"id":"a-top50","title":"TOP50"}]}',
  'oembed/a-top50.json': '{"type":"rich","height":400}',
  'datapackage.json': '{"name":"ledger-atlas","resources":[]}',
  '_astro/page.AAA.js': 'console.log(1)',
  'pagefind/fragment/en_aaa.pf_fragment': 'x',
};

function site(files: Site): string {
  const root = mkdtempSync(join(tmpdir(), 'compare-output-'));
  roots.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

describe('comparing two built sites', () => {
  it('finds nothing when only hashes of bundles, CSP and search fragments differ, or PNG bytes with the same pixels', () => {
    const b: Site = { ...SITE, 'index.html': page('Home', 'BBB'), 'patents-2021/summary/index.html': page('China leads in grants.', 'BBB') };
    delete b['_astro/page.AAA.js'];
    delete b['pagefind/fragment/en_aaa.pf_fragment'];
    b['_astro/page.BBB.js'] = 'console.log(2)';
    b['pagefind/fragment/en_bbb.pf_fragment'] = 'y';
    b['downloads/a-top50.png'] = png(false, true);
    expect(png(false, true).equals(png())).toBe(false);
    b['downloads/a-top50.svg'] = '<svg width="2"  xmlns="http://www.w3.org/2000/svg">\n  <rect height="1" width="1"></rect>\n</svg>\n';
    b['charts.json'] = '{\n  "charts": [{ "title": "TOP50", "id": "a-top50" }]\n}\n';
    const result = compareSites(site(SITE), site(b));
    expect(result.findings).toEqual([]);
    expect(result.counted).toEqual({ pages: 2, downloads: 3, data: 3, files: 8 });
  });

  it('reports each kind of change in its category', () => {
    const b: Site = {
      ...SITE,
      'patents-2021/summary/index.html': page('China trails in grants.', 'AAA', '<svg viewBox="0 0 2 2"><rect x="1.5" width="1"/></svg>'),
      'downloads/a-top50.csv': '公司,得分\nA,91\n',
      'downloads/a-top50.png': png(true),
      'oembed/a-top50.json': '{"type":"rich","height":420}',
      'about/index.html': page('About'),
    };
    delete b['datapackage.json'];
    const { findings } = compareSites(site(SITE), site(b));
    expect(findings.map((f) => `${f.category} ${f.path}`).sort()).toEqual([
      'data oembed/a-top50.json',
      'downloads downloads/a-top50.csv',
      'downloads downloads/a-top50.png',
      'files about/index.html',
      'files datapackage.json',
      'svg patents-2021/summary/index.html',
      'text patents-2021/summary/index.html',
    ]);
    expect(findings.find((f) => f.path.endsWith('.png'))?.summary).toBe('1 of 4 pixels differ (first at x=0, y=0)');
    expect(findings.find((f) => f.path === 'datapackage.json')?.summary).toBe('removed');
  });

  it('prints a unified diff of the changed lines and the counts, and allows listed differences', () => {
    const b: Site = { ...SITE, 'patents-2021/summary/index.html': page('China trails in grants.'), 'downloads/a-top50.csv': '公司,得分\nA,91\n' };
    const comparison = compareSites(site(SITE), site(b));
    const entries = parseAllowList('# known\ndownloads/* /A,9\\d/\nindex.html never\n');
    const { unexpected, allowed, unused } = applyAllowList(comparison.findings, entries);
    expect(allowed.map((f) => f.path)).toEqual(['downloads/a-top50.csv']);
    expect(unused.map((e) => e.line)).toEqual([3]);
    const report = formatReport({ labelA: 'a', labelB: 'b', comparison, unexpected, allowed, unused });
    expect(report).toContain('[text] patents-2021/summary/index.html\n  @@ -1,2 +1,2 @@\n   [title] T\n  -China leads in grants.\n  +China trails in grants.');
    expect(report).toContain('note: allow list line 3 (index.html never) matched nothing');
    expect(report.trim().split('\n').at(-1)).toBe('DIFFERENT: files 0, text 1, svg 0, downloads 0, data 0');
  });

  it('matches allow entries against changed lines only, not the unchanged context', () => {
    const b: Site = { ...SITE, 'patents-2021/summary/index.html': page('China trails in grants.') };
    const { findings } = compareSites(site(SITE), site(b));
    expect(applyAllowList(findings, parseAllowList('patents-2021/summary/index.html [title] T')).unexpected).toHaveLength(1);
    expect(applyAllowList(findings, parseAllowList('patents-2021/summary/index.html trails')).unexpected).toHaveLength(0);
  });
});

describe('the command line', () => {
  it('takes a base ref and an optional head, or two dist folders', () => {
    expect(parseCommandLine(['HEAD'])).toEqual({ mode: 'build', base: 'HEAD', siteUrl: 'http://localhost:4321', keep: false });
    expect(parseCommandLine(['main', 'wip', '--allow', 'x.txt'])).toMatchObject({ base: 'main', head: 'wip', allow: 'x.txt' });
    expect(parseCommandLine(['--dist-a', 'a', '--dist-b', 'b'])).toEqual({ mode: 'dists', distA: 'a', distB: 'b' });
    expect(() => parseCommandLine(['--dist-a', 'a'])).toThrow('--dist-a and --dist-b go together');
    expect(() => parseCommandLine([])).toThrow('expected a base ref');
  });
});
