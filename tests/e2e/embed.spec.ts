/**
 * Embeds as a journalist's page meets them: snippets pasted into a plain HTML
 * page on another origin (a tiny node:http server in this worker), with and
 * without /embed.js, one frame sandboxed; the frames fit their content at any
 * width and ignore forged messages. Then the embed page itself, and for every
 * chart of the registry: embed page, catalogue row, oEmbed, and downloads.
 */
import { chapterPages, chartRegistry } from '../../src/reports/site.ts';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { chapterPath, chartPagePath, chartPath, embedPath, oembedPath } from '../../src/paths.ts';
import { watchPage } from './watch.ts';

interface CatalogueRow {
  id: string;
  title: string;
  pageUrl: string;
  chapterUrl: string;
  embedUrl: string;
  oembedUrl: string;
  height: number;
  snippet: string;
  downloads: { csv: string; svg: string; png: string; pngWidth: number };
}
interface Catalogue {
  site: string;
  embedScript: string;
  charts: CatalogueRow[];
}

/** A static server on another origin for host pages: tests put pages in `pages` by path. */
const test = base.extend<object, { host: { origin: string; pages: Map<string, string> } }>({
  host: [
    async ({}, use) => {
      const pages = new Map<string, string>();
      const server = createServer((request, response) => {
        const page = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
        response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(page ?? 'not found');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
});

const entries = chartRegistry();
const HOST_CHARTS = ['a-country-grants', 'b-provincial-policies', 'a-top50-map'];

async function catalogue(page: Page): Promise<Catalogue> {
  return (await page.request.get('/charts.json')).json();
}

/** A chart's snippet from the catalogue, with the site's address swapped for the server under test. */
function snippetFor(cat: Catalogue, id: string, siteOrigin: string, options: { script?: boolean; sandbox?: string } = {}): string {
  const row = cat.charts.find((c) => c.id === id)!;
  let html = row.snippet.split(cat.site).join(`${siteOrigin}/`);
  if (options.script === false) html = html.replace(/\n<script[^>]*><\/script>/, '');
  if (options.sandbox !== undefined) html = html.replace('<iframe ', `<iframe sandbox="${options.sandbox}" `);
  return html;
}

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:10px;font:16px/1.5 serif}p{margin:1em 0}</style></head>
<body><h1>A newsroom article</h1><p>Some text before the charts.</p>${body}<p>The end.</p></body></html>`;
}

/** Iframe height and its page's content height, for each of our frames, after scrolling each into view. */
async function frameFits(page: Page) {
  const frames = page.locator('iframe[src*="/embed/"]');
  const out: { src: string; frame: number; content: number; fixed: number }[] = [];
  for (let i = 0; i < (await frames.count()); i++) {
    const iframe = frames.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    const handle = await iframe.elementHandle();
    const frame = await handle!.contentFrame();
    await frame!.waitForLoadState('load');
    out.push({
      src: (await iframe.getAttribute('src'))!,
      frame: await iframe.evaluate((el) => el.getBoundingClientRect().height),
      content: await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height),
      fixed: Number(await iframe.getAttribute('height')),
    });
  }
  return out;
}

async function expectFramesFit(page: Page): Promise<number[]> {
  let fits: Awaited<ReturnType<typeof frameFits>> = [];
  await expect
    .poll(async () => {
      fits = await frameFits(page);
      return fits.filter((f) => Math.abs(f.frame - f.content) > 2).map((f) => `${f.src}: frame ${f.frame}, content ${f.content}`);
    }, { timeout: 10_000 })
    .toEqual([]);
  return fits.map((f) => f.frame);
}

test.describe('on a host page of another origin', () => {
  test('three frames fit their content, with and without the script in their snippet and sandboxed, at 1200 and 320 px', async ({ page, host, baseURL }) => {
    const cat = await catalogue(page);
    host.pages.set(
      '/three.html',
      hostPage(
        [
          snippetFor(cat, HOST_CHARTS[0]!, baseURL!),
          '<p>Between the charts.</p>',
          snippetFor(cat, HOST_CHARTS[1]!, baseURL!, { script: false }),
          '<p>Between the charts.</p>',
          snippetFor(cat, HOST_CHARTS[2]!, baseURL!, { sandbox: 'allow-scripts' }),
        ].join('\n'),
      ),
    );
    const watched = watchPage(page);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${host.origin}/three.html`);
    const wide = await expectFramesFit(page);
    await page.setViewportSize({ width: 320, height: 900 });
    const narrow = await expectFramesFit(page);
    // Narrower frames wrap text and show the phone layouts: every frame changed height.
    narrow.forEach((h, i) => expect(h, HOST_CHARTS[i]).not.toBe(wide[i]));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(watched.consoleProblems).toEqual([]);
  });

  test('messages from another window or origin change nothing', async ({ page, host, baseURL }) => {
    const cat = await catalogue(page);
    const [first, second] = HOST_CHARTS as [string, string];
    host.pages.set('/forged.html', hostPage([snippetFor(cat, first, baseURL!), snippetFor(cat, second, baseURL!, { sandbox: 'allow-scripts' })].join('\n')));
    // A frame that is not ours (the host's own origin) sending every form of height message.
    host.pages.set(
      '/evil.html',
      `<!doctype html><title>evil</title><script>
        for (const id of ${JSON.stringify([first, second])}) {
          parent.postMessage({ 'datawrapper-height': { [id]: 7 } }, '*');
          parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx7', '*');
          parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 7 }, '*');
          parent.postMessage(JSON.stringify({ src: '${baseURL}/embed/' + id + '/', context: 'iframe.resize', height: 7 }), '*');
        }
        document.title = 'sent';
      </script>`,
    );
    await page.goto(`${host.origin}/forged.html`);
    const before = await expectFramesFit(page);

    // From the host window itself.
    await page.evaluate((ids) => {
      for (const id of ids) {
        window.postMessage({ 'datawrapper-height': { [id]: 5 } }, '*');
        window.postMessage(`pymxPYMx${id}xPYMxheightxPYMx5`, '*');
        window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*');
      }
    }, [first, second]);
    // From a frame of another origin.
    await page.evaluate((src) => {
      const evil = document.createElement('iframe');
      evil.src = src;
      document.body.append(evil);
    }, `${host.origin}/evil.html`);
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/evil.html'))).toBe(true);
    const evilFrame = page.frames().find((f) => f.url().endsWith('/evil.html'))!;
    await expect.poll(() => evilFrame.title()).toBe('sent');
    await page.waitForTimeout(300);

    const after = await page.locator('iframe[src*="/embed/"]').evaluateAll((frames) => frames.map((f) => f.getBoundingClientRect().height));
    expect(after).toEqual(before);
  });

  test('without any script, the fixed height shows the whole chart in an article column, and a phone scrolls the frame', async ({ page, host, baseURL }) => {
    const cat = await catalogue(page);
    host.pages.set('/plain.html', hostPage(HOST_CHARTS.map((id) => snippetFor(cat, id, baseURL!, { script: false })).join('\n')));
    // The host page has 10 px of padding on each side: frames 640 and 320 px wide.
    for (const width of [660, 340]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/plain.html`);
      for (const fit of await frameFits(page)) {
        expect(fit.frame, fit.src).toBe(fit.fixed);
        if (width === 660) {
          expect(fit.content, `${fit.src} in a 640 px column`).toBeLessThanOrEqual(fit.fixed);
          expect(fit.content, `${fit.src} in a 640 px column: no more than 10% of the frame empty`).toBeGreaterThanOrEqual(fit.fixed * 0.9);
        }
      }
      if (width === 340) {
        // Taller on a phone than the frame: the frame scrolls, so the source line and credit are still there to read.
        const frame = page.frame({ url: /\/embed\/b-provincial-policies\// })!;
        expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
        await frame.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        const credit = await frame.evaluate(() => document.querySelector('.figure-credit')!.getBoundingClientRect().bottom <= innerHeight);
        expect(credit).toBe(true);
      }
    }
  });

  test('host pages that speak pym.js or Datawrapper resize our frames too', async ({ page, host, baseURL }) => {
    const cat = await catalogue(page);
    const [first, second] = HOST_CHARTS as [string, string];
    // Minimal versions of pym.Parent (childId in the URL, its own id in the message) and of Datawrapper's embed script.
    const pym = snippetFor(cat, first, baseURL!, { script: false }).replace('/" title', '/?childId=pym-1" title');
    const dw = snippetFor(cat, second, baseURL!, { script: false });
    host.pages.set(
      '/compat.html',
      hostPage(`${pym}\n${dw}\n<script>
        window.addEventListener('message', (e) => {
          const frames = document.querySelectorAll('iframe');
          if (typeof e.data === 'string') {
            const m = e.data.match(/^pymxPYMxpym-1xPYMx(\\S+)xPYMx(.*)$/);
            if (m && m[1] === 'height') frames[0].setAttribute('height', parseInt(m[2], 10) + 'px');
          } else if (e.data && e.data['datawrapper-height']) {
            for (const f of frames) if (f.contentWindow === e.source) for (const id in e.data['datawrapper-height']) f.style.height = e.data['datawrapper-height'][id] + 'px';
          }
        });
      </script>`),
    );
    await page.goto(`${host.origin}/compat.html`);
    await expectFramesFit(page);
  });

  test('a host that starts listening only after its frames have loaded still gets their heights', async ({ page, host, baseURL }) => {
    const cat = await catalogue(page);
    host.pages.set('/late.html', hostPage(HOST_CHARTS.map((id) => snippetFor(cat, id, baseURL!, { script: false }).replace(' loading="lazy"', '')).join('\n<p>Between.</p>\n')));
    await page.goto(`${host.origin}/late.html`);
    const frames = page.locator('iframe[src*="/embed/"]');
    for (let i = 0; i < (await frames.count()); i++) await (await frames.nth(i).elementHandle())!.contentFrame().then((f) => f!.waitForLoadState('load'));
    // Each frame has sent its first height by now, to nobody.
    await page.waitForTimeout(200);
    await page.evaluate(() =>
      addEventListener('message', (e) => {
        const heights = e.data && e.data['datawrapper-height'];
        if (heights) for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) for (const id in heights) f.style.height = heights[id] + 'px';
      }),
    );
    await expectFramesFit(page);
  });
});

test('every chapter page, in both editions, leads a CMS given its address to its first chart’s oEmbed', async ({ page }) => {
  for (const locale of LOCALE_IDS) {
    for (const chapter of chapterPages(locale)) {
      const path = chapterPath(chapter.report.id, chapter.chapter.slug, locale);
      const first = chartRegistry(locale).find((e) => e.report === chapter.report.id && e.chapter === chapter.chapter.slug);
      if (!first) continue;
      await page.goto(path);
      const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(links, path).toHaveCount(1);
      expect(new URL((await links.getAttribute('href'))!).pathname, path).toBe(oembedPath(first, locale));
      expect(await links.getAttribute('title'), path).toBe(first.title);
      // The first chart on the page is the one the answer embeds.
      expect(await page.locator('article.figure[data-chart-id]').first().getAttribute('data-chart-id'), path).toBe(first.id);
    }
  }
});

test.describe('the embed page', () => {
  test('is the chart alone: no site header, navigation or footer, noindex, oEmbed discovery', async ({ page }) => {
    const watched = watchPage(page);
    const entry = entries.find((e) => e.id === HOST_CHARTS[0])!;
    await page.goto(embedPath(entry), { waitUntil: 'networkidle' });
    await expect(page.locator('.site-header, .site-footer, nav, body > header, body > footer')).toHaveCount(0);
    await expect(page.locator('.figure-tools')).toHaveCount(0);
    // The chart's data table comes along, folded: a reader of the host article can open it without leaving.
    await expect(page.locator('details.figure-data:not([open]) table')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(entry.title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const back = page.locator('.figure-credit a');
    expect(new URL((await back.getAttribute('href'))!).pathname + new URL((await back.getAttribute('href'))!).hash).toBe(chartPath(entry));
    const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await page.request.get(new URL(oembedHref!).pathname)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: entry.title });
    expect(oembed.html).toContain(`${embedPath(entry)}"`);
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBeGreaterThan(0);
    await expect(page.locator('svg[role="img"]').filter({ visible: true })).toHaveCount(1);
    expect(watched.consoleProblems).toEqual([]);
    expect(watched.externalRequests).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`?theme=${theme} wins over the system setting`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
      await page.goto(`${embedPath({ id: HOST_CHARTS[0]! })}?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(21, 24, 28)');
    });
  }

  test('?theme=auto follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${embedPath({ id: HOST_CHARTS[0]! })}?theme=auto`);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 24, 28)');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no WCAG A or AA violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const id of HOST_CHARTS.slice(0, 2)) {
        await page.goto(embedPath({ id }));
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${id} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      }
    });
  }

  test('is readable at 280 px: nothing wider than the frame', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 600 });
    for (const id of HOST_CHARTS) {
      await page.goto(embedPath({ id }));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(280);
    }
  });

  test('shows tooltips', async ({ page }) => {
    await page.goto(embedPath({ id: HOST_CHARTS[0]! }));
    const mark = page.locator('svg[role="img"] [data-tip]').filter({ visible: true }).first();
    await mark.hover();
    await expect(page.getByRole('tooltip')).toHaveText((await mark.locator(':scope > title').textContent())!);
  });

  test('a ranking drawn with row tips gives every bar its name and value as title, one tab stop, and arrows in rank order', async ({ page }) => {
    await page.goto(embedPath({ id: 'a-top50-scores' }));
    const chart = page.locator('svg[data-row-tips]');
    await expect(chart).toHaveCount(1);
    const titles = await chart.locator('[data-tip]').evaluateAll((marks) => marks.map((m) => m.querySelector(':scope > title')?.textContent ?? null));
    // The same rows, read from the embed's data table: rank, company, country, score.
    const rows = await page.locator('table.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
    expect(rows).toHaveLength(50);
    expect(titles).toEqual(rows.map(([rank, name, , score]) => `${rank}. ${name}：${score}`));
    await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
    await expect(chart.locator('[tabindex="-1"]')).toHaveCount(49);

    const focusedTitle = () => page.evaluate(() => document.activeElement?.querySelector(':scope > title')?.textContent ?? null);
    await page.locator('.chart-skip').focus();
    await page.keyboard.press('Tab');
    expect(await focusedTitle()).toBe(titles[0]);
    await expect(page.getByRole('tooltip')).toHaveText(titles[0]!);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTitle()).toBe(titles[2]);
    // The tooltip centres on the part of the bar the reader sees: from the plot's left edge (the
    // inner <svg>'s x) to the bar's end, not on the longer bar the clip cuts.
    const { visibleMiddle, tipMiddle } = await page.evaluate(() => {
      const bar = document.activeElement as SVGGraphicsElement;
      const plot = bar.ownerSVGElement!;
      const left = plot.ownerSVGElement!.getBoundingClientRect().left + plot.x.baseVal.value;
      const tip = document.querySelector('.chart-tooltip')!.getBoundingClientRect();
      return { visibleMiddle: (left + bar.getBoundingClientRect().right) / 2, tipMiddle: (tip.left + tip.right) / 2 };
    });
    expect(Math.abs(tipMiddle - visibleMiddle)).toBeLessThan(2);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTitle()).toBe(titles[1]);
    await page.keyboard.press('End');
    expect(await focusedTitle()).toBe(titles[49]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedTitle()).toBe(titles[49]);
    await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
  });

  test('a table embed paints once, whole: nothing moves while its rows arrive', async ({ page }) => {
    // A long table painted with its first rows widens its columns as later, wider rows come in.
    // The table stays unseen until the marker after it has arrived; without that, the English
    // TOP50 table shifted in about half the loads at 1280 px, so a few loads catch it. The chart's
    // own page has the same table, and the same rule.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/en/embed/a-top50-table/', '/en/embed/a-top50-table/', '/en/charts/a-top50-table/', '/en/charts/a-top50-table/']) {
      await page.goto(path, { waitUntil: 'load' });
      await expect(page.locator('.ranking-table-wrap ~ .ranking-table-end')).toHaveCount(1);
      await expect(page.locator('.ranking-table-wrap').first()).toHaveCSS('visibility', 'visible');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    }
  });

  test('carries only the CSS its chart can use, inline, and a policy with only its own hashes', async ({ page }) => {
    await page.goto(embedPath({ id: HOST_CHARTS[0]! }));
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
    const css = await page.locator('style').evaluateAll((styles) => styles.map((s) => s.textContent ?? '').join(''));
    // Rules of other chart types and of other pages' components stay out; the tooltip's (added by the script) stays in.
    expect(css).not.toContain('.waffle-cell');
    expect(css).not.toContain('data-astro-cid');
    expect(css).toContain('.chart-tooltip');
    const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
    const hashes = policy.match(/'sha256-[^']+'/g) ?? [];
    const inline = await page.evaluate(() => document.querySelectorAll('script:not([src]), style').length);
    expect(hashes.length).toBe(inline);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('still shows the chart, styled', async ({ page }) => {
      await page.goto(embedPath({ id: HOST_CHARTS[0]! }));
      await expect(page.locator('svg[role="img"]').filter({ visible: true })).toHaveCount(1);
      expect(await page.locator('svg[role="img"] [data-tip]').count()).toBeGreaterThan(0);
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    });
  });
});

test('every chart has an embed page, a catalogue row, an oEmbed answer and working downloads', async ({ page }) => {
  test.setTimeout(90_000);
  const cat = await catalogue(page);
  expect(cat.charts.map((c) => c.id)).toEqual(entries.map((e) => e.id));
  for (const entry of entries) {
    const row = cat.charts.find((c) => c.id === entry.id)!;
    expect(row.title).toBe(entry.title);
    expect(new URL(row.chapterUrl).pathname + new URL(row.chapterUrl).hash).toBe(chartPath(entry));
    expect(new URL(row.pageUrl).pathname).toBe(chartPagePath(entry));
    expect(new URL(row.embedUrl).pathname).toBe(embedPath(entry));
    expect(row.height).toBeGreaterThan(100);
    expect(row.snippet).toContain(`height="${row.height}"`);

    const embed = await page.request.get(embedPath(entry));
    expect(embed.status(), entry.id).toBe(200);
    expect(await embed.text()).toContain(`data-chart-id="${entry.id}"`);
    const oembed = await (await page.request.get(new URL(row.oembedUrl).pathname)).json();
    // The oEmbed html is WordPress's shape (embed-hosts.spec.ts), with the catalogue's frame and height.
    expect(oembed.html, entry.id).toContain(` src="${row.embedUrl}" width="100%" height="${row.height}" `);
    expect(oembed.height, entry.id).toBe(row.height);

    // CSV: UTF-8 with BOM, the table's rows under its column labels.
    const csv = await (await page.request.get(new URL(row.downloads.csv).pathname)).body();
    expect([...csv.subarray(0, 3)], entry.id).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv.toString('utf8').slice(1), { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.errors, entry.id).toEqual([]);
    // A column with the report's printed decimals keeps them (99.0).
    const printed = (value: unknown, decimals: number | undefined) => (value === null || value === undefined ? '' : typeof value === 'number' && decimals !== undefined ? value.toFixed(decimals) : String(value));
    const expected = entry.table.rows.map((r) => Object.fromEntries(entry.table.columns.map((c) => [c.label, printed(r[c.key], c.decimals)])));
    expect(parsed.data, entry.id).toEqual(expected);
  }

  // SVG parses and PNG decodes, in the browser; the PNG is 2× the layout width.
  await page.goto(embedPath(entries[0]!));
  const files = cat.charts.map((c) => ({ id: c.id, svg: new URL(c.downloads.svg).pathname, png: new URL(c.downloads.png).pathname, title: c.title }));
  const results = await page.evaluate(async (list) => {
    const out = [];
    for (const file of list) {
      const text = await (await fetch(file.svg)).text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const bitmap = await createImageBitmap(await (await fetch(file.png)).blob());
      // The title sits in the top 60 px of the chart (120 at 2×): dark pixels
      // there are its glyphs, which resvg leaves out when it has no font.
      const canvas = new OffscreenCanvas(bitmap.width, 120);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, 120).data;
      let titleInk = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 3 * 110) titleInk++;
      out.push({
        titleInk,
        id: file.id,
        svgOk: !doc.querySelector('parsererror') && doc.documentElement.localName === 'svg',
        svgWidth: doc.documentElement.getAttribute('width'),
        hasTitle: doc.documentElement.textContent?.includes(file.title) ?? false,
        noVars: !text.includes('var(--'),
        png: [bitmap.width, bitmap.height],
      });
    }
    return out;
  }, files);
  for (const r of results) {
    expect(r, r.id).toMatchObject({ svgOk: true, svgWidth: '760', hasTitle: true, noVars: true });
    expect(r.png[0], r.id).toBe(cat.charts.find((c) => c.id === r.id)!.downloads.pngWidth);
    expect(r.png[0], r.id).toBe(2 * 760);
    expect(r.titleInk, `${r.id}: the PNG's title region is blank (no glyphs drawn)`).toBeGreaterThan(800);
  }
});

test("every chart's fixed height holds its embed page in a 640 px column, with no more than 10% of the frame empty", async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  await page.setViewportSize({ width: 640, height: 600 });
  for (const prefix of ['', '/en']) {
    const cat: Catalogue = await (await page.request.get(`${prefix}/charts.json`)).json();
    for (const row of cat.charts) {
      await page.goto(new URL(row.embedUrl).pathname);
      await page.evaluate(() => document.fonts.ready);
      const content = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      if (content > row.height) problems.push(`${prefix}${row.id}: content ${content} > frame ${row.height}`);
      else if (row.height - content > 0.1 * row.height) problems.push(`${prefix}${row.id}: content ${content} leaves ${Math.round(((row.height - content) / row.height) * 100)}% of ${row.height} empty`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('figure tools on the site', () => {
  test('embed code, copy, downloads and permalink, from the keyboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const entry = entries[0]!;
    await page.goto(chartPath(entry));
    const figure = page.locator(`#${entry.id}`);
    const summary = figure.locator('summary', { hasText: '嵌入' });
    await summary.focus();
    await page.keyboard.press('Enter');
    const code = figure.locator('textarea.embed-code');
    await expect(code).toBeVisible();
    expect(await code.inputValue()).toMatch(new RegExp(`^<iframe src="[^"]+${embedPath(entry)}" title="[^"]+" loading="lazy" style="width:100%;border:0" height="\\d+"></iframe>\\n<script src="[^"]+/embed.js" async></script>$`));
    await figure.getByRole('button', { name: '复制代码' }).click();
    await expect(figure.getByRole('status')).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    await figure.locator('summary', { hasText: '下载' }).click();
    for (const link of await figure.locator('.figure-downloads a').all()) {
      const response = await page.request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
    }
    // The permalink is the chart's own page.
    await expect(figure.locator('.figure-permalink')).toHaveAttribute('href', chartPagePath(entry));

    await page.emulateMedia({ media: 'print' });
    await expect(figure.locator('.figure-tools')).toBeHidden();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the embed code is there to select, without a copy button', async ({ page }) => {
      const entry = entries[0]!;
      await page.goto(chartPath(entry));
      const figure = page.locator(`#${entry.id}`);
      await figure.locator('summary', { hasText: '嵌入' }).click();
      await expect(figure.locator('textarea.embed-code')).toBeVisible();
      await expect(figure.getByRole('button', { name: '复制代码' })).toBeHidden();
    });
  });
});
