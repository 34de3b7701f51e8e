import { expect, test, type Page } from '@playwright/test';

/** Elements Tab stops on: focusable, not taken out of the order, and rendered. */
async function tabStops(page: Page): Promise<{ all: number; marks: number; marksDrawn: number; charts: number }> {
  return page.evaluate(() => {
    const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const stops = [...document.querySelectorAll<HTMLElement | SVGElement>(focusable)].filter(
      (el) => el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.checkVisibility({ visibilityProperty: true }),
    );
    const drawn = [...document.querySelectorAll('svg.chart-svg')].filter((svg) => svg.checkVisibility());
    return {
      all: stops.length,
      marks: stops.filter((el) => el.matches('[data-tip]')).length,
      marksDrawn: drawn.reduce((sum, svg) => sum + svg.querySelectorAll('[data-tip]').length, 0),
      charts: drawn.filter((svg) => svg.querySelector('[data-tip]')).length,
    };
  });
}

test('each chart of the TOP50 chapter is one tab stop, walked with the arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/patents-2021/quality-index/');
  const stops = await tabStops(page);
  // Before, every drawn mark was a stop of its own.
  console.log(`TOP50 chapter tab stops: ${stops.all} (marks drawn: ${stops.marksDrawn}, charts: ${stops.charts}); one stop per mark would give ${stops.all - stops.marks + stops.marksDrawn}`);
  expect(stops.charts).toBeGreaterThan(3);
  expect(stops.marks).toBe(stops.charts);
  expect(stops.marksDrawn).toBeGreaterThan(stops.charts * 10);

  const chart = page.locator('#a-top50-scores svg.chart-svg').filter({ visible: true });
  const marks = chart.locator('[data-tip]');
  const tipOf = (i: number) => marks.nth(i).locator(':scope > title').textContent();
  const focusedTip = () => page.evaluate(() => document.activeElement?.querySelector(':scope > title')?.textContent ?? null);
  // Tab from the skip link lands on the chart's first mark and shows its tooltip.
  await page.locator('#a-top50-scores .chart-skip').focus();
  await expect(page.locator('#a-top50-scores .chart-skip')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focusedTip()).toBe(await tipOf(0));
  await expect(page.getByRole('tooltip')).toHaveText((await tipOf(0))!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await focusedTip()).toBe(await tipOf(2));
  await expect(page.getByRole('tooltip')).toHaveText((await tipOf(2))!);
  await page.keyboard.press('ArrowUp');
  expect(await focusedTip()).toBe(await tipOf(1));
  await page.keyboard.press('End');
  const last = (await marks.count()) - 1;
  expect(await focusedTip()).toBe(await tipOf(last));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  expect(await focusedTip()).toBe(await tipOf(1));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toBeHidden();
  // Tab leaves the chart; Shift+Tab comes back to the mark last focused.
  await page.keyboard.press('Tab');
  expect(await focusedTip()).not.toBe(await tipOf(1));
  await page.keyboard.press('Shift+Tab');
  expect(await focusedTip()).toBe(await tipOf(1));
  await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);

  // The skip link jumps past the chart: the next Tab is outside it.
  await page.locator('#a-top50-scores .chart-skip').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.chart-variants') === null)).toBe(true);
});

for (const width of [375, 1280]) {
  test(`in the small multiples at ${width} px, Up and Down go to the same company in the previous or next panel`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/patents-2021/quality-index/');
    const chart = page.locator('#a-top50-dimensions svg.chart-svg').filter({ visible: true });
    const place = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof SVGElement && el.dataset['panel'] !== undefined ? { panel: Number(el.dataset['panel']), item: Number(el.dataset['item']) } : null;
      });
    await chart.locator('[data-tip]').first().focus();
    expect(await place()).toEqual({ panel: 0, item: 0 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await place()).toEqual({ panel: 0, item: 2 });
    await page.keyboard.press('ArrowDown');
    expect(await place()).toEqual({ panel: 1, item: 2 });
    await page.keyboard.press('ArrowDown');
    expect(await place()).toEqual({ panel: 2, item: 2 });
    await page.keyboard.press('ArrowUp');
    expect(await place()).toEqual({ panel: 1, item: 2 });
    // The first panel has none above it: Up stays.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await place()).toEqual({ panel: 0, item: 2 });
    await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
  });
}

for (const { path, query } of [
  { path: '/search/', query: '蚂蚁' },
  { path: '/en/search/', query: 'patent' },
]) {
  test(`search ${path} as you type: grouped by report, deep links, clean excerpts`, async ({ page, request }) => {
    await page.goto(path);
    await page.locator('#search-input').pressSequentially(query, { delay: 30 });
    const groups = page.locator('#search-results .search-group');
    await expect(groups.first()).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
    const titles = await groups.locator('.search-group-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    // Each group is named by a report in the page's language.
    for (const title of titles) expect(title).toMatch(path.startsWith('/en/') ? /^Report [AB]: / : /^报告[AB]：/);
    const excerpts = await page.locator('#search-results .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/#(\s|$)/);
    const deep = await page.locator('#search-results .search-passage a[href*="#"]').first().getAttribute('href');
    expect(deep).toBeTruthy();
    const target = new URL(deep!, page.url());
    const html = await (await request.get(target.pathname)).text();
    expect(html).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
  });
}

test('a shared search address shows its results, and submitting still searches', async ({ page }) => {
  await page.goto('/search/?q=BSN');
  await expect(page.locator('#search-input')).toHaveValue('BSN');
  await expect(page.locator('#search-results .search-page').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').fill('DCEP');
  await page.locator('#search-input').press('Enter');
  await expect(page).toHaveURL(/[?&]q=DCEP/);
  await expect(page.locator('#search-status')).toContainText('DCEP');
});
