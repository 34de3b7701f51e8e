import { figureCoverage, chartRegistry, REPORTS } from '../../src/reports/site.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapterPath } from '../../src/paths.ts';
import { watchPage } from './watch.ts';

const chapters = REPORTS.flatMap((report) =>
  report.chapters.map((chapter) => ({
    report,
    chapter,
    path: chapterPath(report.id, chapter.slug),
    figureIds: chartRegistry()
      .filter((e) => e.report === report.id && e.chapter === chapter.slug)
      .map((e) => e.id),
  })),
);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { path, figureIds } of chapters) {
  test.describe(path, () => {
    test('renders its figures in order, with a sound outline, and nothing leaves the machine', async ({ page }) => {
      const watched = watchPage(page);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const onPage = await page.locator('article.figure[data-chart-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-id')));
      expect(onPage).toEqual(figureIds);
      const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} jumps from h${levels[i - 1]} to h${level}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
      });
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/u);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/u);
      expect(watched.consoleProblems).toEqual([]);
      expect(watched.externalRequests).toEqual([]);
    });

    test('axe-core finds no WCAG A or AA violation', async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const { path, figureIds } of chapters) {
    test(`${path} shows every figure and its data`, async ({ page }) => {
      await page.goto(path);
      for (const id of figureIds) {
        const figure = page.locator(`#${id}`);
        await expect(figure).toBeVisible();
        await expect(figure.locator('svg[role="img"], table').first()).toBeAttached();
      }
    });
  }
});

test('every internal link on the chapter pages resolves, anchors included', async ({ page, request }) => {
  const targets = new Map<string, Set<string>>();
  for (const { path } of chapters) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const fragments = targets.get(url.pathname) ?? new Set<string>();
      if (url.hash) fragments.add(decodeURIComponent(url.hash.slice(1)));
      targets.set(url.pathname, fragments);
    }
  }
  const broken: string[] = [];
  for (const [pathname, fragments] of targets) {
    const response = await request.get(pathname);
    if (response.status() !== 200) {
      broken.push(`${pathname}: ${response.status()}`);
      continue;
    }
    if (fragments.size === 0 || !(response.headers()['content-type'] ?? '').includes('html')) continue;
    const html = await response.text();
    for (const id of fragments) if (!html.includes(`id="${id}"`)) broken.push(`${pathname}#${id}: no such id`);
  }
  expect(broken).toEqual([]);
});

test.describe('search', () => {
  const queries: [string, string][] = [
    ['蚂蚁', chapterPath('patents-2021', 'quality-index')],
    ['央行数字货币', chapterPath('trends-2020', 'comparison')],
    ['智慧金融', chapterPath('patents-2021', 'industries')],
  ];
  for (const [query, expected] of queries) {
    test(`“${query}” finds ${expected}`, async ({ page }) => {
      const watched = watchPage(page);
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const links = page.locator('#search-results a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(expected);
      // Excerpts mark the hits and show everything else as text, never as markup.
      const marks = page.locator('#search-results mark');
      await expect(marks.first()).toBeVisible();
      expect(await marks.first().evaluate((m) => m.children.length)).toBe(0);
      expect(await page.locator('#search-results').innerText()).not.toMatch(/<\/?mark>/);
      expect(watched.externalRequests).toEqual([]);
    });
  }
});

for (const path of ['/about/', '/search/', '/404/']) {
  test(`${path} passes axe-core and has one h1`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('the about page lists every table and figure of both reports', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('table.coverage tbody tr')).toHaveCount(figureCoverage().length);
});
