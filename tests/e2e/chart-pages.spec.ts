/**
 * Every chart's own page (/charts/<id>/ and /en/charts/<id>/), the gallery
 * that leads to them, their share cards, and the data page's schema.org
 * Dataset records, against the built site.
 */
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { chartPagePath, chartPath, datasetAnchor, pagePath } from '../../src/paths.ts';
import { watchPage } from './watch.ts';

interface CatalogRow {
  id: string;
  title: string;
}

const EDITIONS = [
  { prefix: '', catalog: '/charts.json', lang: 'zh-CN' as const },
  { prefix: '/en', catalog: '/en/charts.json', lang: 'en' as const },
];

/** How many distinct colours a PNG has (a blank card has one), and its size. */
function pngFacts(bytes: Buffer): { width: number; height: number; colours: number } {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length && colours.size < 50; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  return { width: png.width, height: png.height, colours: colours.size };
}

for (const edition of EDITIONS) {
  test(`${edition.lang}: every chart in ${edition.catalog} has a page with oEmbed discovery, a share card, a citation and the licence`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const catalog = (await (await request.get(edition.catalog)).json()) as { charts: CatalogRow[] };
    expect(catalog.charts.length).toBeGreaterThan(10);
    const watched = watchPage(page);
    const cards = new Map<string, { width: number; height: number; colours: number }>();
    for (const row of catalog.charts) {
      const path = chartPagePath(row, edition.lang);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1'), path).toHaveText(new RegExp(row.title.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
      await expect(head.locator('link[rel="alternate"][type="application/json+oembed"]'), path).toHaveAttribute('href', new RegExp(`/oembed/${row.id}\\.json$`));
      await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
      await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute('content', edition.lang === 'en' ? 'en_US' : 'zh_CN');
      expect((await head.locator('meta[property="og:image:alt"]').getAttribute('content'))?.length ?? 0).toBeGreaterThan(10);
      const image = new URL((await head.locator('meta[property="og:image"]').getAttribute('content'))!);
      const png = await request.get(image.pathname);
      expect(png.status(), image.pathname).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      cards.set(row.id, pngFacts(await png.body()));
      // The citation names the page's own address (at the site's public address); the BibTeX entry is keyed by the chart id.
      await expect(page.locator('.citation')).toContainText(new RegExp(`https?://[^/]+${path}`));
      await expect(page.locator('.bibtex')).toContainText(`@misc{ledgeratlas-${row.id},`);
      await expect(page.locator('#licence')).toBeVisible();
      await expect(page.locator('section[aria-labelledby="licence"]')).toContainText('Ledger Atlas');
      // Where the values come from: a link to each dataset's section of the data page, and to the chart in its chapter.
      const datasetLinks = await page.locator('#sources ~ ul a[href*="/data/"]:not([download])').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(datasetLinks.length, path).toBeGreaterThan(0);
      await expect(page.locator('section[aria-labelledby="sources"] a[href*="#"]').first()).toBeVisible();
      // The image records carry licence fields.
      const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')));
      expect(ld.filter((o) => o['@type'] === 'ImageObject').every((o) => o.license && o.acquireLicensePage && o.creditText && o.copyrightNotice && o.contentUrl)).toBe(true);
      expect(ld.length).toBe(2);
    }
    for (const [id, facts] of cards) {
      expect({ id, width: facts.width, height: facts.height }).toEqual({ id, width: 1200, height: 630 });
      // Not blank: title, chart and site name draw many colours.
      expect(facts.colours, id).toBeGreaterThan(5);
    }
    expect(watched.consoleProblems).toEqual([]);
    expect(watched.externalRequests).toEqual([]);
  });
}

test('the chapter permalink of a chart leads to its page, and the page back to the chapter', async ({ page }) => {
  const entry = { id: 'a-top50-scores', report: 'patents-2021' as const, chapter: 'quality-index' };
  await page.goto(chartPath(entry));
  const permalink = page.locator(`#${entry.id} .figure-permalink`);
  await expect(permalink).toHaveAttribute('href', chartPagePath(entry));
  await permalink.click();
  await expect(page).toHaveURL(new RegExp(`${chartPagePath(entry)}$`));
  await page.locator(`section[aria-labelledby="sources"] a[href="${chartPath(entry)}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${chartPath(entry)}$`));
});

test('a chapter page has its own share card', async ({ page, request }) => {
  await page.goto('/en/patents-2021/quality-index/');
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  expect(image.pathname).toBe('/en/cards/patents-2021/quality-index.png');
  const facts = pngFacts(await (await request.get(image.pathname)).body());
  expect([facts.width, facts.height]).toEqual([1200, 630]);
  expect(facts.colours).toBeGreaterThan(5);
});

test.describe('Chart and Table tabs', () => {
  test('with JS: one panel at a time, from the mouse and the keyboard', async ({ page }) => {
    await page.goto('/en/charts/a-top50-scores/');
    const chartTab = page.getByRole('tab', { name: 'Chart' });
    const tableTab = page.getByRole('tab', { name: 'Table' });
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#a-top50-scores-panel-table')).toBeHidden();
    await tableTab.click();
    await expect(page.getByRole('tabpanel')).toContainText('Data table');
    await expect(page.locator('#a-top50-scores-panel-chart')).toBeHidden();
    await expect(page.locator('#a-top50-scores-panel-table tbody tr')).toHaveCount(50);
    await tableTab.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(chartTab).toBeFocused();
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#a-top50-scores-panel-chart svg[role="img"]').filter({ visible: true })).toHaveCount(1);
  });

  test.describe('without JS', () => {
    test.use({ javaScriptEnabled: false });
    test('both the chart and the table show, and no tab buttons', async ({ page }) => {
      await page.goto('/en/charts/a-top50-scores/');
      await expect(page.locator('#a-top50-scores-panel-chart svg[role="img"]').filter({ visible: true })).toHaveCount(1);
      await expect(page.locator('#a-top50-scores-panel-table tbody tr')).toHaveCount(50);
      await expect(page.locator('[data-tablist]')).toBeHidden();
    });
  });
});

test.describe('gallery', () => {
  test('filters by report, chapter, type and words without a reload', async ({ page }) => {
    await page.goto('/en/charts/');
    const cards = page.locator('.chart-card');
    const total = await cards.count();
    expect(total).toBeGreaterThan(20);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const visible = () => cards.filter({ visible: true }).count();
    await page.locator('select[name=report]').selectOption('trends-2020');
    const trends = await visible();
    expect(trends).toBeGreaterThan(0);
    expect(trends).toBeLessThan(total);
    expect(await cards.filter({ visible: true }).evaluateAll((els) => els.every((e) => e.getAttribute('data-report') === 'trends-2020'))).toBe(true);
    await page.locator('select[name=type]').selectOption('waffle');
    expect(await cards.filter({ visible: true }).evaluateAll((els) => els.every((e) => e.getAttribute('data-type') === 'waffle' && e.getAttribute('data-report') === 'trends-2020'))).toBe(true);
    await expect(page.getByRole('status')).toHaveText(new RegExp(`Showing ${await visible()} of ${total} charts`));
    await page.locator('select[name=report]').selectOption('');
    await page.locator('select[name=type]').selectOption('');
    await page.locator('select[name=chapter]').selectOption('patents-2021/quality-index');
    expect(await cards.filter({ visible: true }).evaluateAll((els) => els.every((e) => e.getAttribute('data-chapter') === 'patents-2021/quality-index'))).toBe(true);
    await page.locator('select[name=chapter]').selectOption('');
    await page.getByRole('searchbox', { name: 'Search titles' }).fill('TOP50');
    const found = await cards.filter({ visible: true }).allTextContents();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((text) => /top50/i.test(text))).toBe(true);
    await page.getByRole('searchbox', { name: 'Search titles' }).fill('no chart says this');
    await expect(page.getByRole('status')).toHaveText('No chart matches; try fewer filters.');
    // The same document all along, its address holding the choice.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe('no chart says this');
  });

  test('a filtered address opens filtered', async ({ page }) => {
    await page.goto('/charts/?type=choropleth');
    const shown = page.locator('.chart-card').filter({ visible: true });
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await shown.evaluateAll((els) => els.every((e) => e.getAttribute('data-type') === 'choropleth'))).toBe(true);
  });

  test.describe('without JS', () => {
    test.use({ javaScriptEnabled: false });
    test('the whole grid shows, each card linking to its chart page, and no filter form', async ({ page, request }) => {
      await page.goto('/charts/');
      const catalog = (await (await request.get('/charts.json')).json()) as { charts: CatalogRow[] };
      await expect(page.locator('.chart-card').filter({ visible: true })).toHaveCount(catalog.charts.length);
      await expect(page.locator('[data-gallery-filters]')).toBeHidden();
      const links = await page.locator('.chart-card a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(catalog.charts.map((c) => chartPagePath(c)).sort());
    });
  });
});

test.describe('dataset records for search engines', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`${locale}: every dataset page's JSON-LD parses and has the fields Dataset Search asks for; the data page lists them`, async ({ page, request }) => {
      test.setTimeout(120_000);
      await page.goto(pagePath('/data/', locale));
      const ldOf = () => page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '')));
      const [catalog] = await ldOf();
      expect(catalog['@type']).toBe('DataCatalog');
      expect(catalog.dataset.length).toBeGreaterThan(10);
      for (const listed of catalog.dataset as { url: string }[]) {
        const path = new URL(listed.url).pathname;
        expect(path).toMatch(/^(\/en)?\/data\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
        expect((await page.goto(path))?.status(), path).toBe(200);
        const objects = await ldOf();
        expect(objects.length, path).toBe(1);
        const d = objects[0];
        const where = `${path} ${d.name}`;
        expect(d['@context'], where).toBe('https://schema.org');
        expect(d['@type'], where).toBe('Dataset');
        expect(d.url, where).toBe(listed.url);
        await expect(page.locator('h1'), where).toContainText(d.name);
        expect(d.description.length, where).toBeGreaterThanOrEqual(50);
        expect(d.description.length, where).toBeLessThanOrEqual(5000);
        expect(d.creator?.name, where).toBeTruthy();
        expect(d.license, where).toMatch(/^https?:\/\/.+#licence$/);
        expect(d.temporalCoverage, where).toMatch(/^(\.\.\/)?\d{4}(-\d{2})?(-\d{2})?(\/\d{4}(-\d{2})?(-\d{2})?)?$/);
        expect(d.variableMeasured.length, where).toBeGreaterThan(0);
        expect(d.isBasedOn?.name, where).toBeTruthy();
        expect(d.isBasedOn?.author?.name, where).toBeTruthy();
        const [download] = d.distribution;
        expect(download['@type']).toBe('DataDownload');
        expect(download.encodingFormat).toBe('text/csv');
        const csv = await request.get(new URL(download.contentUrl).pathname);
        expect(csv.status(), download.contentUrl).toBe(200);
        await expect(page.locator(`[id="${datasetAnchor(d.identifier)}"]`)).toHaveCount(1);
      }
      // The TOP50 dataset's page lists the charts drawn from it.
      await page.goto(pagePath('/data/patents-2021/top50/', locale));
      await expect(page.locator('.charts a[href$="/charts/a-top50-scores/"]')).toHaveCount(1);
    });
  }
});
