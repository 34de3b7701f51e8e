/**
 * Every chart of both editions on one host page per host script, in a 640 px
 * article column: each frame must end within 2 px of its embed page's content
 * height. The hosts: our /embed.js; the real pym.js 1.3.2 (pym.Parent, from
 * node_modules); the real iframe-resizer v4 parent; a Datawrapper-style host
 * (its published embed code listens for `datawrapper-height` and sets the
 * style height of the iframe whose window sent it); and an AMP-style host
 * (amp-iframe `resizable` applies `{sentinel: "amp", type: "embed-size"}`
 * heights from its own frame). WordPress is in embed-hosts.spec.ts.
 *
 * The frames load eagerly here (their `loading="lazy"` removed), so that a
 * page of 32 charts takes seconds; lazy frames below the fold are tested with
 * the three host charts in embed.spec.ts and embed-hosts.spec.ts.
 */
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import { test } from './hosts/server.ts';

interface Catalogue {
  site: string;
  embedScript: string;
  charts: { id: string; title: string; embedUrl: string; snippet: string }[];
}

const require = createRequire(import.meta.url);
const COLUMN = 640;

/** Host page markup for one host, given the catalogue with its URLs pointing at the server under test. */
type HostMarkup = (catalogue: Catalogue) => string;

const plainFrames = (cat: Catalogue) => cat.charts.map((c) => c.snippet.replace(/\n<script[^>]*><\/script>/, '').replace(' loading="lazy"', '')).join('\n<p>Between the charts.</p>\n');

const HOSTS: { name: string; files?: Record<string, string>; markup: HostMarkup }[] = [
  {
    name: 'our /embed.js',
    markup: (cat) => `${plainFrames(cat)}\n<script src="${cat.embedScript}" async></script>`,
  },
  {
    name: 'pym.js 1.3.2 (pym.Parent)',
    files: { '/js/pym.v1.js': require.resolve('pym.js/dist/pym.v1.js') },
    markup: (cat) =>
      `${cat.charts.map((_, i) => `<div id="pym-${i}"></div>`).join('\n<p>Between the charts.</p>\n')}
<script src="/js/pym.v1.js"></script>
<script>${JSON.stringify(cat.charts.map((c) => c.embedUrl))}.forEach(function (url, i) { new pym.Parent('pym-' + i, url, {}); });</script>`,
  },
  {
    name: 'iframe-resizer v4 (iFrameResize)',
    files: { '/js/iframeResizer.js': require.resolve('iframe-resizer/js/iframeResizer.js') },
    markup: (cat) => `${plainFrames(cat)}\n<script src="/js/iframeResizer.js"></script>\n<script>iFrameResize({}, 'iframe');</script>`,
  },
  {
    name: 'a Datawrapper-style host',
    markup: (cat) => `${plainFrames(cat)}
<script>
  addEventListener('message', function (event) {
    var heights = event.data && event.data['datawrapper-height'];
    if (!heights) return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      for (var id in heights) frame.style.height = heights[id] + 'px';
    });
  });
</script>`,
  },
  {
    name: 'an AMP-style host (amp-iframe resizable)',
    markup: (cat) => `${plainFrames(cat)}
<script>
  addEventListener('message', function (event) {
    var d = event.data;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size' || !(d.height > 0)) return;
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = d.height + 'px';
    });
  });
</script>`,
  },
];

function hostPage(body: string, lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:0 10px;font:16px/1.6 Georgia,serif}main{max-width:${COLUMN}px}iframe{display:block}</style></head>
<body><main><h1>A newsroom article</h1><p>Some text before the charts.</p>
${body}
<p>The end.</p></main></body></html>`;
}

/** The catalogue of an edition, its URLs pointing at the server under test. */
async function catalogue(page: Page, prefix: string, baseURL: string): Promise<Catalogue> {
  const text = await (await page.request.get(`${prefix}/charts.json`)).text();
  const site = new URL((JSON.parse(text) as Catalogue).site).origin;
  return JSON.parse(text.split(site).join(baseURL)) as Catalogue;
}

/** Frames whose height is not their content's within 2 px, with both heights. */
async function misfits(page: Page, expected: number): Promise<string[]> {
  const frames = page.locator('iframe');
  const count = await frames.count();
  if (count !== expected) return [`${count} frames, not ${expected}`];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const iframe = frames.nth(i);
    const frame = await (await iframe.elementHandle())!.contentFrame();
    const content = frame ? await frame.evaluate(() => document.documentElement.getBoundingClientRect().height).catch(() => Number.NaN) : Number.NaN;
    const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    if (!(Math.abs(height - content) <= 2)) out.push(`${(await iframe.getAttribute('src'))!.replace(/\?.*/, '')}: frame ${height}, content ${content}`);
  }
  return out;
}

for (const edition of [{ lang: 'zh-CN', prefix: '' }, { lang: 'en', prefix: '/en' }]) {
  test.describe(`every ${edition.lang} chart in a ${COLUMN} px column`, () => {
    for (const hostScript of HOSTS) {
      test(`is sized within 2 px by ${hostScript.name}`, async ({ page, host, baseURL }) => {
        test.setTimeout(120_000);
        const cat = await catalogue(page, edition.prefix, baseURL!);
        for (const [path, file] of Object.entries(hostScript.files ?? {})) host.files.set(path, file);
        const name = `/every-${edition.lang}-${HOSTS.indexOf(hostScript)}.html`;
        host.pages.set(name, hostPage(hostScript.markup(cat), edition.lang));
        await page.setViewportSize({ width: COLUMN + 20, height: 900 });
        await page.goto(host.origin + name);
        await expect.poll(() => misfits(page, cat.charts.length), { timeout: 60_000, intervals: [500, 1000, 2000] }).toEqual([]);
      });
    }
  });
}
