import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { watchPage } from './watch.ts';

for (const path of ['/', '/data/']) {
  test(`${path} loads with no console problem and no request leaving the machine`, async ({ page }) => {
    const watched = watchPage(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(watched.consoleProblems).toEqual([]);
    expect(watched.externalRequests).toEqual([]);
  });
}

test('the home page shows headline figures read from the data', async ({ page }) => {
  await page.goto('/');
  const headlines = page.locator('.headline');
  expect(await headlines.count()).toBeGreaterThanOrEqual(3);
  await expect(headlines.first().locator('.value')).not.toBeEmpty();
});

test('every dataset on the data page downloads as it is and with a BOM', async ({ page, request }) => {
  await page.goto('/data/');
  const plainLinks = await page.getByRole('link', { name: 'CSV（UTF-8）', exact: true }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const bomLinks = await page.getByRole('link', { name: /带BOM/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(plainLinks.length).toBeGreaterThan(0);
  expect(bomLinks).toHaveLength(plainLinks.length);

  for (const [i, href] of plainLinks.entries()) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.text();
    // As it is: byte for byte the file in data/.
    expect(body, href).toBe(readFileSync(href.slice(1), 'utf8'));

    const bom = await (await request.get(bomLinks[i]!)).body();
    expect([...bom.subarray(0, 3)], bomLinks[i]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse(bom.toString('utf8').slice(1), { header: true, skipEmptyLines: 'greedy' }).data;
    const expected = Papa.parse(body, { header: true, skipEmptyLines: 'greedy' }).data;
    expect(rows).toEqual(expected);
  }
});

test('datapackage.json lists every dataset on the data page with its table schema', async ({ page, request }) => {
  await page.goto('/data/');
  const datasetCount = await page.locator('section.dataset').count();
  const pkg = await (await request.get('/datapackage.json')).json();
  expect(pkg.profile).toBe('tabular-data-package');
  expect(pkg.resources).toHaveLength(datasetCount);
  for (const resource of pkg.resources) {
    expect(resource.schema.fields.length).toBeGreaterThan(0);
    const header = Papa.parse<string[]>(readFileSync(resource.path, 'utf8'), { preview: 1 }).data[0]!;
    expect(resource.schema.fields.map((f: { name: string }) => f.name).sort()).toEqual([...header].sort());
  }
});
