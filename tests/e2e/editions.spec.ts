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
