/**
 * Our charts on host pages that bring their own resizing script, on another
 * origin (tests/e2e/hosts/server.ts): a WordPress post showing our oEmbed
 * answer as WordPress stores it, sized by WordPress's wp-embed.js (the real
 * one where it is installed, and a stand-in written from its rules
 * everywhere), and a page sized by the real iframe-resizer v4 parent
 * (node_modules/iframe-resizer). Then every built oEmbed answer against the
 * oEmbed 1.0 spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { LOCALE_IDS, type Locale } from '../../src/i18n/locales.ts';
import { RESEND_AFTER_LOAD_MS } from '../../src/embed/messages.ts';
import { chartPath, pagePath } from '../../src/paths.ts';
import { chartRegistry } from '../../src/reports/site.ts';
import { hostPage, test } from './hosts/server.ts';
import { DEBIAN_WP_EMBED, embedBlock, realWpEmbed, WP_EMBED_CACHE, WP_EMBED_DOUBLE, wordpressFilter, wordpressSecret } from './hosts/wordpress.ts';
import { watchPage } from './watch.ts';

const WIDTHS = [1200, 640, 320];
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** A chart with text that wraps, a bar chart that is tall on a phone, and a table taller than WordPress allows at any width. */
const WP_CHARTS = ['a-country-grants', 'b-provincial-policies', 'a-top50-table'] as const;
const WP_MIN = 200;
const WP_MAX = 1000;

interface OembedAnswer {
  html: string;
  height: number;
  provider_url: string;
  [field: string]: unknown;
}

interface CatalogueRow {
  id: string;
  snippet: string;
}

/** A chart's oEmbed answer, its URLs pointing at the server under test instead of the site's address. */
async function oembed(page: Page, id: string, baseURL: string): Promise<OembedAnswer> {
  const answer = (await (await page.request.get(`/oembed/${id}.json`)).json()) as OembedAnswer;
  const site = new URL(answer.provider_url).origin;
  return { ...answer, html: answer.html.split(site).join(baseURL) };
}

/** A chart's snippet from the catalogue, without /embed.js, pointing at the server under test. */
async function plainSnippet(page: Page, id: string, baseURL: string): Promise<string> {
  const catalogue = (await (await page.request.get('/charts.json')).json()) as { site: string; charts: CatalogueRow[] };
  const row = catalogue.charts.find((c) => c.id === id)!;
  return row.snippet
    .split(new URL(catalogue.site).origin)
    .join(baseURL)
    .replace(/\n<script[^>]*><\/script>/, '');
}

/** Each frame's height on the host page and its page's content height. */
async function frameSizes(page: Page, selector: string) {
  const frames = page.locator(selector);
  const out: { name: string; frame: number; content: number }[] = [];
  for (let i = 0; i < (await frames.count()); i++) {
    const iframe = frames.nth(i);
    await iframe.scrollIntoViewIfNeeded();
    // A frame whose src changes (wp-embed.js adding a secret) may be between documents: measured on the next poll.
    const frame = await (await iframe.elementHandle())!.contentFrame();
    const content = frame ? await frame.evaluate(() => document.documentElement.getBoundingClientRect().height).catch(() => Number.NaN) : Number.NaN;
    out.push({
      name: `frame ${i} (${await iframe.getAttribute('src')})`,
      frame: await iframe.evaluate((el) => el.getBoundingClientRect().height),
      content,
    });
  }
  return out;
}

/** Waits until every frame's height is `expected(content height)` within 2 px; returns the sizes. */
async function expectSized(page: Page, selector: string, expected: (content: number) => number, what: string) {
  let sizes: Awaited<ReturnType<typeof frameSizes>> = [];
  await expect
    .poll(
      async () => {
        sizes = await frameSizes(page, selector);
        return sizes.filter((s) => !(Math.abs(s.frame - expected(s.content)) <= 2)).map((s) => `${what}: ${s.name}: frame ${s.frame}, content ${s.content}, expected ${expected(s.content)}`);
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
  return sizes;
}

const wordpressHeight = (content: number) => Math.min(WP_MAX, Math.max(WP_MIN, Math.ceil(content)));

const realWp = realWpEmbed();
// In CI the prerequisites always fetch it (Debian, apt-get): its absence there is a failure, not a skip.
if (!realWp && process.env['CI']) throw new Error(`embed-hosts: no real wp-embed.js (${DEBIAN_WP_EMBED}, ${WP_EMBED_CACHE} or WP_EMBED_JS); scripts/prerequisites.ts should have fetched it`);
if (!realWp) console.warn(`embed-hosts: no real wp-embed.js (${DEBIAN_WP_EMBED}, ${WP_EMBED_CACHE} or WP_EMBED_JS=<a copy>); the WordPress tests run with tests/e2e/hosts/wp-embed-double.js only.`);

const WP_HOSTS = [
  { name: 'the real wp-embed.js', script: realWp },
  { name: 'wp-embed-double.js, written from its rules', script: WP_EMBED_DOUBLE },
];

for (const wp of WP_HOSTS) {
  test.describe(`a WordPress post, sized by ${wp.name}`, () => {
    test.skip(!wp.script, `no real wp-embed.js on this machine (npm test fetches it where apt-get works, or set WP_EMBED_JS); the stand-in's tests still run`);

    /** Puts a WordPress post with `embeds` on the host server and opens it. */
    async function openPost(page: Page, host: { origin: string; pages: Map<string, string>; files: Map<string, string> }, name: string, embeds: string[]) {
      host.files.set('/wp-includes/js/wp-embed.js', wp.script!);
      host.pages.set(`/${name}.html`, await hostPage('wordpress.html', embeds.join('\n')));
      await page.goto(`${host.origin}/${name}.html`);
    }

    test('frames fit their content, 200–1000 px, at 1200, 640 and 320 px; two copies of one chart each fit', async ({ page, host, baseURL }) => {
      const watched = watchPage(page);
      const answers = await Promise.all(WP_CHARTS.map((id) => oembed(page, id, baseURL!)));
      const stored = answers.map((answer) => wordpressFilter(answer.html, wordpressSecret()));
      // The sanitiser keeps all of our frame: a 100 % width attribute, the fixed height, the title, no border.
      for (const [i, html] of stored.entries()) {
        expect(html, WP_CHARTS[i]).toMatch(/^<blockquote class="wp-embedded-content" data-secret="\w{10}"><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="[^"]+" src="[^"]+#\?secret=\w{10}" data-secret="\w{10}" width="100%" height="\d+" title="[^"]+" frameborder="0" marginwidth="0" marginheight="0"><\/iframe>$/);
      }
      const embeds = [
        ...stored.map((html) => embedBlock(html!)),
        // The first chart again, in a narrower column, with a secret of its own.
        `<div class="narrow">${embedBlock(wordpressFilter(answers[0]!.html, wordpressSecret())!)}</div>`,
        // And as an administrator may paste it (raw HTML, no secret): wp-embed.js adds a secret to its src as it loads.
        embedBlock(answers[0]!.html),
      ];
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await openPost(page, host, 'wordpress-post', embeds);
      const heights: number[][] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const sizes = await expectSized(page, 'iframe.wp-embedded-content', wordpressHeight, `${width} px`);
        heights.push(sizes.map((s) => s.frame));
        // The table is taller than WordPress allows: it was clamped.
        expect(sizes[2]!.content, `${WP_CHARTS[2]} at ${width} px`).toBeGreaterThan(WP_MAX);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
      }
      // Narrower frames wrap text and show the phone layouts: the first two frames changed height.
      for (const i of [0, 1]) expect(heights[2]![i], WP_CHARTS[i]).not.toBe(heights[0]![i]);
      // The copy in the narrow column has a height of its own where the columns differ (its own secret, its own messages).
      for (const i of [0, 1]) expect(Math.abs(heights[i]![3]! - heights[i]![0]!), `at ${WIDTHS[i]} px`).toBeGreaterThan(2);
      // Each frame that spoke is shown (the clip gone), and WordPress's fallback links are hidden.
      for (const style of await page.locator('iframe.wp-embedded-content').evaluateAll((els) => els.map((el) => el.getAttribute('style')))) expect(style).toBeNull();
      await expect(page.locator('blockquote[data-secret]').filter({ visible: true })).toHaveCount(0);
      expect(watched.consoleProblems).toEqual([]);
    });

    test('a frame clamped at 1000 px scrolls to its source line', async ({ page, host, baseURL }) => {
      const answer = await oembed(page, WP_CHARTS[2], baseURL!);
      await page.setViewportSize({ width: 320, height: 700 });
      await openPost(page, host, 'wordpress-tall', [embedBlock(wordpressFilter(answer.html, wordpressSecret())!)]);
      await expectSized(page, 'iframe.wp-embedded-content', wordpressHeight, 'tall');
      const iframe = page.locator('iframe.wp-embedded-content');
      const frame = (await (await iframe.elementHandle())!.contentFrame())!;
      await iframe.scrollIntoViewIfNeeded();
      const box = (await iframe.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 700 - box.y) / 2);
      await expect
        .poll(async () => {
          await page.mouse.wheel(0, 800);
          return frame.evaluate(() => {
            const credit = document.querySelector('.figure-credit')!.getBoundingClientRect();
            return credit.bottom <= innerHeight && credit.top >= 0;
          });
        }, { timeout: 10_000 })
        .toBe(true);
    });

    test('forged messages change nothing; a frame answers "ready" only with its own secret, from its parent', async ({ page, host, baseURL }) => {
      const [first, second] = await Promise.all(WP_CHARTS.slice(0, 2).map((id) => oembed(page, id, baseURL!)));
      const secrets = [wordpressSecret(), wordpressSecret()];
      await openPost(page, host, 'wordpress-forged', [embedBlock(wordpressFilter(first!.html, secrets[0]!)!), embedBlock(wordpressFilter(second!.html, secrets[1]!)!)]);
      const before = (await expectSized(page, 'iframe.wp-embedded-content', wordpressHeight, 'before')).map((s) => s.frame);
      // The frames send their height again for a few seconds after load, for
      // hosts that listen late; count only what comes after those.
      await page.waitForTimeout(Math.max(...RESEND_AFTER_LOAD_MS) + 500);
      await page.evaluate(() => {
        const w = window as unknown as { heightMessages: string[] };
        w.heightMessages = [];
        const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow);
        addEventListener('message', (event) => {
          if (event.data?.message === 'height' && frames.includes(event.source as Window)) w.heightMessages.push(event.data.secret);
        });
      });
      const count = (secret: string) => page.evaluate((s) => (window as unknown as { heightMessages: string[] }).heightMessages.filter((m) => m === s).length, secret);

      // From the host window itself, with the right secrets.
      await page.evaluate((ss) => {
        for (const secret of ss) window.postMessage({ message: 'height', value: 300, secret }, '*');
      }, secrets);
      // From a frame of another origin: the right secrets, a wrong one, and "ready" to our frames.
      host.pages.set(
        '/evil.html',
        `<!doctype html><title>evil</title><script>
          for (const secret of ${JSON.stringify(secrets)}) {
            parent.postMessage({ message: 'height', value: 250, secret }, '*');
            for (let i = 0; i < 2; i++) parent.frames[i].postMessage({ message: 'ready', secret }, '*');
          }
          parent.postMessage({ message: 'height', value: 250, secret: 'wrongwrong' }, '*');
          document.title = 'sent';
        </script>`,
      );
      await page.evaluate((src) => {
        const evil = document.createElement('iframe');
        evil.src = src;
        document.body.append(evil);
      }, `${host.origin}/evil.html`);
      await expect.poll(() => page.frames().find((f) => f.url().endsWith('/evil.html'))?.title()).toBe('sent');
      // The host sends a frame "ready" with another frame's secret, and a wrong one.
      await page.evaluate((ss) => {
        const frames = document.querySelectorAll<HTMLIFrameElement>('iframe.wp-embedded-content');
        frames[0]!.contentWindow!.postMessage({ message: 'ready', secret: ss[1] }, '*');
        frames[0]!.contentWindow!.postMessage({ message: 'ready', secret: 'wrongwrong' }, '*');
      }, secrets);
      await page.waitForTimeout(500);
      const after = await page.locator('iframe.wp-embedded-content').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(after).toEqual(before);
      expect([await count(secrets[0]!), await count(secrets[1]!)]).toEqual([0, 0]);

      // Its own secret, from its parent: it says its height again.
      await page.evaluate((s) => document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content')!.contentWindow!.postMessage({ message: 'ready', secret: s }, '*'), secrets[0]);
      await expect.poll(() => count(secrets[0]!)).toBe(1);
      expect(await count(secrets[1]!)).toBe(0);
    });

    test('a click on the link back to the chapter opens it in the top window', async ({ page, host, baseURL }) => {
      const id = WP_CHARTS[0];
      const entry = chartRegistry().find((e) => e.id === id)!;
      const answer = await oembed(page, id, baseURL!);
      await openPost(page, host, 'wordpress-link', [embedBlock(wordpressFilter(answer.html, wordpressSecret())!)]);
      await expectSized(page, 'iframe.wp-embedded-content', wordpressHeight, 'link');
      const frame = page.frameLocator('iframe.wp-embedded-content');
      // The built pages link to the site's configured address; served here, that address is the preview server.
      await frame.locator('.figure-credit a').evaluate((a: HTMLAnchorElement) => {
        const url = new URL(a.href);
        a.href = `${location.origin}${url.pathname}${url.hash}`;
      });
      // The frame is sandboxed without popups: only wp-embed.js's "link" message can take the reader there.
      await frame.locator('.figure-credit a').click();
      await page.waitForURL((url) => url.origin === baseURL && `${url.pathname}${url.hash}` === chartPath(entry));
    });
  });
}

test.describe('a page sized by iframe-resizer v4 (its real parent script)', () => {
  test('frames fit their content at 1200, 640 and 320 px; two copies of one chart each fit', async ({ page, host, baseURL }) => {
    const watched = watchPage(page);
    const ids = ['a-country-grants', 'b-provincial-policies', 'a-top50-map'];
    const snippets = await Promise.all(ids.map((id) => plainSnippet(page, id, baseURL!)));
    host.files.set('/js/iframeResizer.js', createRequire(import.meta.url).resolve('iframe-resizer/js/iframeResizer.js'));
    host.pages.set('/iframe-resizer.html', await hostPage('iframe-resizer.html', [...snippets, `<div class="narrow">${snippets[0]}</div>`].join('\n<p>Between the charts.</p>\n')));
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(`${host.origin}/iframe-resizer.html`);
    const heights: number[][] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      heights.push((await expectSized(page, 'iframe', (content) => content, `${width} px`)).map((s) => s.frame));
    }
    // The parent gave each frame an id of its own, and the copies answered with theirs: at 1200 and 640 px, where the columns differ, so do their heights.
    expect(await page.locator('iframe').evaluateAll((els) => els.map((el) => el.id))).toEqual(['iFrameResizer0', 'iFrameResizer1', 'iFrameResizer2', 'iFrameResizer3']);
    for (const i of [0, 1]) expect(Math.abs(heights[i]![3]! - heights[i]![0]!), `at ${WIDTHS[i]} px`).toBeGreaterThan(2);
    for (const i of [0, 1, 2]) expect(heights[2]![i], ids[i]).not.toBe(heights[0]![i]);
    // iframe-resizer posts its first init to every frame at once, to our origin; a frame still loading (lazy) is not there yet.
    expect(watched.consoleProblems.filter((p) => !p.includes(`The target origin provided ('${baseURL}') does not match the recipient window's origin ('${host.origin}')`))).toEqual([]);
  });
});

/** What oEmbed 1.0 (oembed.com, section 2.3.4) asks of a JSON answer, as a list of problems. */
function oembedProblems(answer: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const has = (field: string) => answer[field] !== undefined && answer[field] !== null;
  const pixels = (field: string) => {
    if (!Number.isInteger(answer[field]) || (answer[field] as number) <= 0) problems.push(`${field} is not a positive whole number of pixels: ${answer[field]}`);
  };
  const url = (field: string) => {
    if (has(field) && !URL.canParse(String(answer[field]))) problems.push(`${field} is not an absolute URL`);
  };
  if (answer['version'] !== '1.0') problems.push(`version is ${answer['version']}, not "1.0"`);
  const type = answer['type'];
  if (!['photo', 'video', 'link', 'rich'].includes(String(type))) problems.push(`type ${type} is not photo, video, link or rich`);
  const required = type === 'photo' ? ['url', 'width', 'height'] : type === 'video' || type === 'rich' ? ['html', 'width', 'height'] : [];
  for (const field of required) if (!has(field)) problems.push(`${field} is required for type ${type}`);
  if (required.includes('html') && (typeof answer['html'] !== 'string' || !answer['html'])) problems.push('html is not a non-empty string');
  if (required.includes('width')) ['width', 'height'].forEach(pixels);
  // Each of the three thumbnail fields needs the other two.
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'];
  if (thumbnail.some(has) && !thumbnail.every(has)) problems.push(`thumbnail fields come together: has ${thumbnail.filter(has).join(', ')}`);
  if (has('thumbnail_width')) ['thumbnail_width', 'thumbnail_height'].forEach(pixels);
  ['url', 'thumbnail_url', 'author_url', 'provider_url'].forEach(url);
  if (has('cache_age') && !(Number.isInteger(answer['cache_age']) && (answer['cache_age'] as number) >= 0)) problems.push('cache_age is not a whole number of seconds');
  for (const field of ['title', 'author_name', 'provider_name']) if (has(field) && typeof answer[field] !== 'string') problems.push(`${field} is not a string`);
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every built oEmbed answer, in both editions, is valid oEmbed 1.0 with its thumbnail’s true size', () => {
  const problems: string[] = [];
  for (const locale of LOCALE_IDS as readonly Locale[]) {
    const dir = `${DIST}${pagePath('/', locale).slice(1)}oembed/`;
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort(), locale).toEqual(chartRegistry(locale).map((e) => `${e.id}.json`).sort());
    for (const file of files) {
      const answer = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Record<string, unknown>;
      problems.push(...oembedProblems(answer).map((p) => `${locale} ${file}: ${p}`));
      if (typeof answer['thumbnail_url'] === 'string') {
        const [width, height] = pngSize(`${DIST}${new URL(answer['thumbnail_url']).pathname.slice(1)}`);
        if (answer['thumbnail_width'] !== width || answer['thumbnail_height'] !== height)
          problems.push(`${locale} ${file}: thumbnail ${answer['thumbnail_width']}×${answer['thumbnail_height']}, the PNG is ${width}×${height}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
