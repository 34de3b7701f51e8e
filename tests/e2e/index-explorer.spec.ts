/**
 * The TOP50 index explorer, on the chapter and in its embed, in both editions:
 * the view in the address, the recomputed order, keyboard use, the live
 * region, all-zero weights, the reset, axe, and the page without JS.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { watchPage } from './watch.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Table 2 as the data file has it, to check the browser's order against the data rather than against numbers typed here. */
const top50 = Papa.parse<Record<string, string>>(readFileSync('data/patents-2021/top50.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const leaderOn = (column: string) => top50.reduce((a, b) => (Number(b[column]) > Number(a[column]) ? b : a))['company_zh'];
const published = top50.map((r) => r['company_zh']);

const PAGES = [
  { name: 'zh chapter', path: '/patents-2021/quality-index/' },
  { name: 'en chapter', path: '/en/patents-2021/quality-index/' },
  { name: 'zh embed', path: '/embed/a-top50-explorer/' },
  { name: 'en embed', path: '/en/embed/a-top50-explorer/' },
];

const explorer = (page: Page) => page.locator('[data-index-explorer]');
const order = (page: Page) => explorer(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-company')));

for (const { name, path } of PAGES) {
  test.describe(name, () => {
    test('?w=0-0-0-10-0 puts the company with the most patent families first', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`${path}?w=0-0-0-10-0&norm=minmax`);
      await expect(explorer(page).locator('form')).toBeVisible();
      const rows = await order(page);
      expect(rows[0]).toBe(leaderOn('families'));
      expect(rows).toHaveLength(published.length);
      await expect(explorer(page).locator('[role="status"]')).not.toBeEmpty();
      expect(watch.consoleProblems).toEqual([]);
    });

    test('the sliders recompute the order at once and keep the view in the address', async ({ page }) => {
      await page.goto(path);
      // Equal weights on min-max: the page opens on the view the build wrote, in published order until the script sorts it.
      const before = await order(page);
      const slider = explorer(page).locator('input[type="range"]').nth(4);
      await slider.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/[?&]w=5-5-5-5-10(&|$)/);
      await expect(page).toHaveURL(/[?&]norm=minmax(&|$)/);
      const after = await order(page);
      expect(after).not.toEqual(before);
      expect([...after].sort()).toEqual([...published].sort());
      await expect(explorer(page).locator('[role="status"]')).not.toBeEmpty();
      // Ranks in the table follow the new order, 1 to 50.
      const ranks = await explorer(page).locator('tbody [data-key="rank"]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
      expect(ranks).toEqual(published.map((_, i) => i + 1));
    });

    test('all-zero weights say so instead of ranking, and reset goes back to equal weights', async ({ page }) => {
      await page.goto(`${path}?w=0-0-0-0-0&norm=log`);
      await expect(explorer(page).locator('[role="status"]')).toHaveText(/0/);
      expect(await order(page)).toEqual(published);
      await expect(explorer(page).locator('input[value="log"]')).toBeChecked();
      await explorer(page).locator('[data-explorer-reset]').click();
      await expect(page).toHaveURL(/[?&]w=5-5-5-5-5(&|$)/);
      await expect(explorer(page).locator('input[value="minmax"]')).toBeChecked();
      const values = await explorer(page).locator('input[type="range"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(values).toEqual(['5', '5', '5', '5', '5']);
    });

    test('a rescaling chosen with the keyboard changes the ranking', async ({ page }) => {
      await page.goto(`${path}?w=5-5-5-5-5&norm=minmax`);
      const before = await order(page);
      await explorer(page).locator('input[value="minmax"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect(explorer(page).locator('input[value="zscore"]')).toBeChecked();
      await expect(page).toHaveURL(/norm=zscore/);
      expect(await order(page)).not.toEqual(before);
    });

    test('has no axe violations with the controls shown', async ({ page }) => {
      await page.goto(`${path}?w=2-3-4-10-0&norm=rank`);
      await expect(explorer(page).locator('form')).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-index-explorer]').withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { name, path } of PAGES) {
    test(`${name}: the published ranking is there, the controls are not`, async ({ page }) => {
      await page.goto(`${path}?w=0-0-0-10-0`);
      expect(await order(page)).toEqual(published);
      await expect(explorer(page).locator('form')).toBeHidden();
      if (!path.includes('/embed/')) await expect(page.locator('#a-top50-rank-intervals svg[role="img"]').first()).toBeAttached();
    });
  }
});
