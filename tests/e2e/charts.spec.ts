import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './watch.ts';
import { chapterPath } from '../../src/paths.ts';
import { chapterPages } from '../../src/reports/site.ts';

/**
 * Every chart is drawn on its chapter page (the gallery shows thumbnails), so
 * the label and accessibility checks walk every chapter of both editions.
 */
const CHAPTERS = (['zh-CN', 'en'] as const).flatMap((locale) => chapterPages(locale).map((p) => chapterPath(p.report.id, p.chapter.slug, locale)));

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface TextProblem {
  chart: string;
  problem: string;
}

/**
 * For every chart SVG a reader can see: each text lies inside its SVG, and no
 * two texts overlap (bounding boxes as the browser lays them out, 1 px slack).
 */
async function textProblems(page: Page): Promise<TextProblem[]> {
  return page.evaluate(() => {
    const problems: { chart: string; problem: string }[] = [];
    const slack = 1;
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
      if (svg.getClientRects().length === 0) continue; // the variant not shown at this width
      const chart = svg.closest('[data-chart-id]')?.getAttribute('data-chart-id') ?? svg.id;
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent?.trim())
        .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }))
        .filter((t) => t.box.width > 0);
      for (const { text, box } of boxes) {
        if (box.left < frame.left - slack || box.right > frame.right + slack || box.top < frame.top - slack || box.bottom > frame.bottom + slack) {
          problems.push({ chart, problem: `"${text}" leaves its SVG` });
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (overlapX > slack && overlapY > slack) problems.push({ chart, problem: `"${a.text}" overlaps "${b.text}"` });
        }
      }
    }
    return problems;
  });
}

for (const width of [320, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`gallery at ${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      // English labels are longer than Chinese ones, so both editions' chapters are laid out and checked.
      test('on every chapter page labels stay inside their charts and never overlap', async ({ page }) => {
        test.setTimeout(180_000);
        const watched = watchPage(page);
        let shownInAll = 0;
        const problems: TextProblem[] = [];
        for (const path of CHAPTERS) {
          await page.goto(path, { waitUntil: 'networkidle' });
          shownInAll += await page.locator('svg[role="img"]').evaluateAll((svgs) => svgs.filter((s) => s.getClientRects().length > 0).length);
          problems.push(...(await textProblems(page)).map((p) => ({ ...p, chart: `${path} ${p.chart}` })));
          // Nothing is wider than the screen: no sideways scrolling on a phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        }
        expect(shownInAll).toBeGreaterThan(20);
        expect(problems).toEqual([]);
        expect(watched.consoleProblems).toEqual([]);
        expect(watched.externalRequests).toEqual([]);
      });

      // npm run verify runs axe on every page at 1280 px in both themes; the phone layout, with the charts'
      // narrow variants, is checked here. axe walks every chart of every chapter: minutes on a shared 2-core machine.
      if (width === 320) test('axe-core finds no WCAG A or AA violation on the chapters or the gallery', async ({ page }) => {
        test.setTimeout(360_000);
        const violations: string[] = [];
        for (const path of [...CHAPTERS, '/charts/', '/en/charts/']) {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          violations.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
        }
        expect(violations).toEqual([]);
      });
    });
  }
}

test('keyboard focus reaches a chart mark and shows its tooltip', async ({ page }) => {
  await page.goto('/charts/a-top50-scores/');
  // Start from the first figure's permalink and tab forward into its chart.
  await page.locator('.figure-anchor').first().focus();
  let tip: string | null = null;
  for (let i = 0; i < 6 && !tip; i++) {
    await page.keyboard.press('Tab');
    tip = await page.evaluate(() => document.activeElement?.querySelector(':scope > title')?.textContent ?? null);
  }
  expect(tip).toBeTruthy();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(tip!);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('hovering a mark shows the same tooltip as focusing it', async ({ page }) => {
  await page.goto('/charts/a-top50-scores/');
  const mark = page.locator('svg[role="img"] [data-tip]').filter({ visible: true }).first();
  await mark.hover();
  await expect(page.getByRole('tooltip')).toHaveText((await mark.locator(':scope > title').textContent())!);
});

test('the TOP50 table sorts by a column and back', async ({ page }) => {
  await page.goto('/charts/a-top50-table/');
  const table = page.locator('#a-top50-table table');
  const firstCompany = () => table.locator('tbody tr').first().locator('th, td').nth(1).textContent();
  expect(await firstCompany()).toContain('蚂蚁集团');
  await table.getByRole('button', { name: /国际申请/ }).click();
  await expect(table.locator('thead th[aria-sort="descending"]')).toHaveCount(1);
  expect(await firstCompany()).toContain('蚂蚁集团');
  await table.getByRole('button', { name: /授权/ }).first().click();
  const values = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => Number((r.querySelector('[data-key="granted"]') as HTMLElement | null)?.dataset.value ?? NaN)),
  );
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart and table is there, minus tooltips and sorting', async ({ page, browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const jsPage = await context.newPage();
    for (const path of CHAPTERS) {
      await page.goto(path);
      const withoutJs = await page.locator('svg[role="img"]').count();
      const marksWithoutJs = await page.locator('[data-tip]').count();
      await jsPage.goto(new URL(path, page.url()).href);
      expect(withoutJs, path).toBe(await jsPage.locator('svg[role="img"]').count());
      expect(marksWithoutJs, path).toBe(await jsPage.locator('[data-tip]').count());
    }
    await page.goto('/charts/a-top50-table/');
    await expect(page.locator('#a-top50-table tbody tr')).toHaveCount(50);
    await context.close();
  });
});
