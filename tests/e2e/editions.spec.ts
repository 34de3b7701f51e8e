import { expect, test } from '@playwright/test';
import { chapterPath } from '../../src/paths.ts';

const zhChapter = chapterPath('patents-2021', 'global-quality');
const enChapter = chapterPath('patents-2021', 'global-quality', 'en');

test('the switch leads to the same chapter in English, at the same place, and back', async ({ page }) => {
  await page.goto(`${zhChapter}#a-country-grants`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('.language-switch a').click();
  await expect(page).toHaveURL(new RegExp(`${enChapter}#a-country-grants$`, 'u'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#a-country-grants')).toBeInViewport();
  await page.locator('.language-switch a').click();
  await expect(page).toHaveURL(new RegExp(`${zhChapter}#a-country-grants$`, 'u'));
});

test.describe('a reader whose browser prefers English', () => {
  test.use({ locale: 'en-US' });
  test('is offered the English page on a Chinese one, and not again once dismissed', async ({ page }) => {
    await page.goto(zhChapter);
    const hint = page.locator('[data-language-hint]');
    await expect(hint).toBeVisible();
    await expect(hint.locator('a')).toHaveAttribute('href', enChapter);
    await hint.locator('button').click();
    await expect(hint).toBeHidden();
    await page.goto('/');
    await expect(page.locator('[data-language-hint]')).toBeHidden();
  });
  test('is not offered anything on an English page', async ({ page }) => {
    await page.goto(enChapter);
    await expect(page.locator('[data-language-hint]')).toHaveCount(1);
    await expect(page.locator('[data-language-hint]')).toBeHidden();
  });
});

test.describe('a reader whose browser prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('is offered the Chinese page on an English one, and nothing redirects', async ({ page }) => {
    const response = await page.goto(enChapter);
    expect(response?.url()).toMatch(new RegExp(`${enChapter}$`, 'u'));
    await expect(page.locator('[data-language-hint]')).toBeVisible();
    await expect(page.locator('[data-language-hint] a')).toHaveAttribute('href', zhChapter);
  });
});

test('English search finds English pages', async ({ page }) => {
  await page.goto('/en/search/?q=patent');
  const results = page.locator('#search-results li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});

test('Chinese search finds Chinese pages', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('专利')}`);
  const results = page.locator('#search-results li a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
});

test('English apostrophes are Latin width, on the page, in charts and in embeds; Chinese originals keep full-width quotes', async ({ page }) => {
  /** Width of the first `char` in the first text node of `selector` that has it, in em of its font size. */
  const widthOf = (selector: string, char: string) =>
    page.evaluate(
      ({ selector, char }) => {
        for (const root of document.querySelectorAll(selector)) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(char);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize);
          }
        }
        return null;
      },
      { selector, char },
    );
  await page.goto('/en/');
  const english = await widthOf('main p, main li, main span:not([lang])', '’');
  expect(english, 'an apostrophe in English text').not.toBeNull();
  expect(english!).toBeLessThan(0.5);
  const chinese = await widthOf('[lang="zh-CN"]', '“');
  expect(chinese, 'a quote in a Chinese original').not.toBeNull();
  expect(chinese!).toBeGreaterThan(0.8);
  await page.goto('/en/embed/b-dcep-red-packets/');
  const embed = await widthOf('main', '’');
  expect(embed, 'an apostrophe in an English embed').not.toBeNull();
  expect(embed!).toBeLessThan(0.5);
});
