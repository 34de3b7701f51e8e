/**
 * Figures in chapter prose carry their source: hover, keyboard focus and a
 * first tap show it, Escape closes it, a tap outside closes it, and without
 * scripts the figure's link lands on its row of the dataset page. And an
 * oEmbed answer links back to the chart's own page.
 */
import { expect, test, type Page } from '@playwright/test';
import { chapterPath, chartPagePath, datasetPath, oembedPath } from '../../src/paths.ts';
import { chartRegistry } from '../../src/reports/site.ts';
import { countryFigure, industryRows } from '../../src/reports/patents-2021/queries.ts';
import { sayNumber } from '../../src/data/say.ts';

const world = countryFigure(null, 'applications')!;
const finance = industryRows()[0]!;

/** The bound figure of the world's applications in the summary's findings. */
const worldFigure = (page: Page) => page.locator('section[aria-labelledby="findings"] a.fig', { has: page.locator(`data[value="${world.value}"]`) }).first();
const tip = (page: Page) => page.locator('.fig-source-tip');

for (const edition of [
  { locale: 'zh-CN' as const, source: '报告A · 第一章1. · 图1', derivedLabel: '本站计算' },
  { locale: 'en' as const, source: 'Report A · Section 1.1 · Figure 1', derivedLabel: 'Calculated by this site' },
]) {
  test.describe(`figure sources (${edition.locale})`, () => {
    test('hover shows report, section, figure and the printed value; Escape closes it', async ({ page }) => {
      await page.goto(chapterPath('patents-2021', 'summary', edition.locale));
      const figure = worldFigure(page);
      await expect(figure.locator('data')).toContainText(sayNumber(world, edition.locale));
      await figure.hover();
      await expect(tip(page)).toBeVisible();
      await expect(tip(page)).toContainText(edition.source);
      await expect(tip(page)).toContainText(world.value_text);
      await expect(figure).toHaveAttribute('aria-describedby', 'fig-source-tip');
      await page.keyboard.press('Escape');
      await expect(tip(page)).toBeHidden();
    });

    test('keyboard focus shows the source, and a computed value says how it was computed', async ({ page }) => {
      await page.goto(chapterPath('patents-2021', 'industries', edition.locale));
      const derived = page.locator('a.fig.fig-derived').first();
      await derived.focus();
      await expect(tip(page)).toBeVisible();
      await expect(tip(page)).toContainText(edition.derivedLabel);
      await expect(derived.locator('.fig-mark')).toHaveText('†');
      await page.keyboard.press('Escape');
      await expect(tip(page)).toBeHidden();
    });

    test('at 375 px a first tap opens the source inside the screen, a tap outside closes it', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(chapterPath('patents-2021', 'summary', edition.locale));
      const figure = worldFigure(page);
      await figure.scrollIntoViewIfNeeded();
      await figure.tap();
      await expect(tip(page)).toBeVisible();
      expect(page.url()).toContain(chapterPath('patents-2021', 'summary', edition.locale));
      const box = (await tip(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await page.locator('h1').tap();
      await expect(tip(page)).toBeHidden();
      await context.close();
    });

    test('without scripts the figure links to its row, which is marked as the target', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(chapterPath('patents-2021', 'industries', edition.locale));
      const cell = page.locator(`a.fig:has(data[value="${finance.granted}"])`).first();
      const href = await cell.getAttribute('href');
      expect(href).toBe(`${datasetPath('patents-2021/industries', edition.locale)}#industries-${finance.name_zh}`);
      await cell.click();
      await expect(page).toHaveURL(new RegExp(`${datasetPath('patents-2021/industries', edition.locale)}#`, 'u'));
      const row = page.locator('tr:target');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(String(finance.granted));
      await expect(row).toHaveCSS('outline-style', 'solid');
      await context.close();
    });
  });
}

test('on paper the source tooltip and the figure links are gone', async ({ page }) => {
  await page.goto(chapterPath('patents-2021', 'summary'));
  await worldFigure(page).hover();
  await expect(tip(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(tip(page)).toBeHidden();
  await expect(worldFigure(page)).toHaveCSS('text-decoration-line', 'none');
});

test('an oEmbed answer names the chart’s own page, in each edition', async ({ request }) => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const entry = chartRegistry(locale)[0]!;
    const response = await request.get(oembedPath(entry, locale));
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { web_page?: string };
    expect(new URL(body.web_page ?? '').pathname).toBe(chartPagePath(entry, locale));
  }
});
