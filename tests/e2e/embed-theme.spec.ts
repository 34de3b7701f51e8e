/**
 * Embeds are light unless asked otherwise, on a reader's device set to dark
 * too (host pages are mostly white); ?theme=auto follows the device and
 * ?theme=dark is dark. The embed dialog under each figure offers the theme as
 * radio buttons (with JS) and an AMP snippet beside the HTML one (with or
 * without JS), in both editions; what it shows and copies follows the choice.
 */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartPath, embedPath } from '../../src/paths.ts';
import { chartRegistry } from '../../src/reports/site.ts';
import { watchPage } from './watch.ts';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 24, 28)';
const ID = 'a-top50-map';
const zh = chartRegistry('zh-CN').find((e) => e.id === ID)!;
const en = chartRegistry('en').find((e) => e.id === ID)!;

/** The page's background and the chart's own background colour (chart.css's palette). */
async function colours(page: Page) {
  return page.evaluate(() => {
    const chart = document.querySelector('svg[role="img"]')!;
    return { page: getComputedStyle(document.body).backgroundColor, chart: getComputedStyle(chart).getPropertyValue('--chart-bg').trim() };
  });
}

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' });

  for (const [edition, entry] of [['zh-CN', zh], ['en', en]] as const) {
    test(`an embed without ?theme is light (${edition})`, async ({ page }) => {
      const watched = watchPage(page);
      await page.goto(embedPath(entry, edition));
      expect(await colours(page)).toEqual({ page: LIGHT, chart: '#fff' });
      expect(watched.consoleProblems).toEqual([]);
    });
  }

  test('?theme=auto follows the device: dark', async ({ page }) => {
    await page.goto(`${embedPath(zh)}?theme=auto`);
    expect(await colours(page)).toEqual({ page: DARK, chart: '#15181c' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  });

  test('?theme=dark is dark, ?theme=light light', async ({ page }) => {
    await page.goto(`${embedPath(zh)}?theme=dark`);
    expect(await colours(page)).toEqual({ page: DARK, chart: '#15181c' });
    await page.goto(`${embedPath(zh)}?theme=light`);
    expect(await colours(page)).toEqual({ page: LIGHT, chart: '#fff' });
  });

  test('axe finds no contrast problem in the light embed on a dark device', async ({ page }) => {
    await page.goto(embedPath(zh));
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('an embed is light', async ({ page }) => {
      await page.goto(embedPath(zh));
      expect(await colours(page)).toEqual({ page: LIGHT, chart: '#fff' });
    });
  });
});

test.describe('on a device set to light', () => {
  test.use({ colorScheme: 'light' });
  test('?theme=auto is light, ?theme=dark dark', async ({ page }) => {
    await page.goto(`${embedPath(zh)}?theme=auto`);
    expect(await colours(page)).toEqual({ page: LIGHT, chart: '#fff' });
    await page.goto(`${embedPath(zh)}?theme=dark`);
    expect(await colours(page)).toEqual({ page: DARK, chart: '#15181c' });
  });
});

/** The figure's embed panel, opened, on a freshly loaded chapter page (without the #fragment, which would only scroll a page already there). */
async function openEmbed(page: Page, entry: typeof zh, summary: string): Promise<Locator> {
  await page.goto(chartPath(entry, entry.locale).split('#')[0]!);
  const figure = page.locator(`#${entry.id}`);
  await figure.locator('summary', { hasText: summary }).click();
  return figure;
}

/** As scripts/verify/browser-gate.ts's WCAG_TAGS (that module cannot be loaded by a test: it imports the Playwright config's helper). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;
/** axe-core run straight in the page on one element, as the verify gate runs it. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ selector, tags }) => {
      const w = window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
      const { violations } = await w.axe.run({ include: [[selector]] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { selector, tags: WCAG_TAGS },
  );
}

const srcOf = (snippet: string) => /<(?:amp-)?iframe src="([^"]+)"/.exec(snippet)?.[1];

test.describe('the embed dialog', () => {
  test.use({ colorScheme: 'dark' });

  test('the theme radios change the code shown and copied, HTML and AMP, and the copied code draws that theme', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watched = watchPage(page);
    const figure = await openEmbed(page, zh, '嵌入');
    const html = figure.locator('textarea.embed-code');
    const amp = figure.locator('textarea.embed-amp-code');
    const theme = figure.getByRole('group', { name: '配色' });
    await expect(theme.getByRole('radio')).toHaveCount(3);
    await expect(theme.getByRole('radio', { name: /浅色/ })).toBeChecked();
    const light = await html.inputValue();
    expect(srcOf(light)).toMatch(new RegExp(`${embedPath(zh)}$`));

    await theme.getByRole('radio', { name: '深色' }).check();
    expect(srcOf(await html.inputValue())).toBe(`${srcOf(light)}?theme=dark`);
    // Only the src changed.
    expect((await html.inputValue()).replace('?theme=dark', '')).toBe(light);
    await figure.getByRole('button', { name: '复制代码' }).click();
    await expect(figure.getByRole('status')).toHaveText('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await html.inputValue());

    await figure.locator('summary', { hasText: 'AMP' }).click();
    await expect(amp).toBeVisible();
    expect(srcOf(await amp.inputValue())).toBe(`${srcOf(light)}?theme=dark`);
    await figure.getByRole('button', { name: '复制AMP代码' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await amp.inputValue());

    // From the keyboard: arrow keys move the choice.
    await theme.getByRole('radio', { name: '深色' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(theme.getByRole('radio', { name: '跟随读者设备' })).toBeChecked();
    expect(srcOf(await html.inputValue())).toBe(`${srcOf(light)}?theme=auto`);
    expect(srcOf(await amp.inputValue())).toBe(`${srcOf(light)}?theme=auto`);
    await theme.getByRole('radio', { name: /浅色/ }).check();
    expect(await html.inputValue()).toBe(light);
    expect(watched.consoleProblems).toEqual([]);

    // The copied dark snippet's frame is dark on this dark device, and the light one light.
    const path = (snippet: string) => new URL(srcOf(snippet)!).pathname + new URL(srcOf(snippet)!).search;
    await page.goto(new URL(path(copied), baseURL).href);
    expect((await colours(page)).page).toBe(DARK);
    await page.goto(new URL(path(light), baseURL).href);
    expect((await colours(page)).page).toBe(LIGHT);
  });

  test('in English: the same controls in English', async ({ page }) => {
    const figure = await openEmbed(page, en, 'Embed');
    const theme = figure.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: /^Light/ })).toBeChecked();
    await theme.getByRole('radio', { name: 'Follow the reader’s device' }).check();
    expect(srcOf(await figure.locator('textarea.embed-code').inputValue())).toMatch(new RegExp(`${embedPath(en, 'en')}\\?theme=auto$`));
    await figure.locator('summary', { hasText: 'Code for AMP pages' }).click();
    const amp = await figure.locator('textarea.embed-amp-code').inputValue();
    expect(amp).toContain('<button overflow type="button">Show the whole chart</button>');
    expect(srcOf(amp)).toMatch(/\?theme=auto$/);
    await expect(figure.getByRole('button', { name: 'Copy AMP code' })).toBeVisible();
  });

  test('axe finds nothing in the open dialog, AMP part included', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const figure = await openEmbed(page, zh, '嵌入');
      await figure.locator('summary', { hasText: 'AMP' }).click();
      await expect(figure.locator('textarea.embed-amp-code')).toBeVisible();
      expect(await axeViolations(page, `#${zh.id} .figure-tools`), colorScheme).toEqual([]);
    }
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the light code and the AMP code are there to select; no theme radios', async ({ page }) => {
      const figure = await openEmbed(page, zh, '嵌入');
      await expect(figure.getByRole('radio')).toHaveCount(0);
      const html = await figure.locator('textarea.embed-code').inputValue();
      expect(srcOf(html)).toMatch(new RegExp(`${embedPath(zh)}$`));
      await figure.locator('summary', { hasText: 'AMP' }).click();
      const amp = figure.locator('textarea.embed-amp-code');
      await expect(amp).toBeVisible();
      expect(await amp.inputValue()).toMatch(/^<amp-iframe src="[^"?]+" [^>]*layout="fixed-height"[^>]* resizable[^>]*>\n {2}<div placeholder>.+<\/div>\n {2}<button overflow type="button">显示整张图<\/button>\n<\/amp-iframe>$/);
      expect(srcOf(await amp.inputValue())).toBe(srcOf(html));
    });
  });
});
