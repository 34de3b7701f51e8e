/**
 * A chapter read on a phone (375 × 812, both editions): the text starts on the
 * first screen, the contents are one folded bar that stays at the top of the
 * screen however far the reader scrolls, chapter names are numbered once, and
 * a section reached from the contents lands below that bar with the bar folded.
 */
import { expect, test } from '@playwright/test';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';
import { chapterPath } from '../../src/paths.ts';
import { REPORTS } from '../../src/reports/site.ts';

const PHONE = { width: 375, height: 812 };
const chapters = LOCALE_IDS.flatMap((locale) => REPORTS.flatMap((report) => report.chapters.map((chapter) => chapterPath(report.id, chapter.slug, locale))));

test.use({ viewport: PHONE });

test('on every chapter of both editions the first sentence of the text is on the first screen', async ({ page }) => {
  const late: string[] = [];
  for (const path of chapters) {
    await page.goto(path);
    const top = await page.locator(':is(article.chapter > p, article.chapter .chapter-section p)').first().evaluate((p) => p.getBoundingClientRect().top);
    // The first line, not just the paragraph's top edge, must show.
    if (top + 30 > PHONE.height) late.push(`${path}: first paragraph at ${Math.round(top)} px`);
  }
  expect(late).toEqual([]);
});

for (const locale of LOCALE_IDS) {
  test(`${locale}: the contents stay at the top of the screen, numbered once, and fold after a jump`, async ({ page }) => {
    const report = REPORTS[0]!;
    await page.goto(chapterPath(report.id, report.chapters[2]!.slug, locale));
    const toc = page.locator('details.toc');
    await expect(toc).not.toHaveAttribute('open');
    // Chapter names carry their own numbers: the list adds none.
    expect(await page.locator('.toc-chapters').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');

    await page.mouse.wheel(0, 5000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(3000);
    const box = await page.locator('details.toc > summary').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(40);

    await page.locator('details.toc > summary').click();
    await expect(toc).toHaveAttribute('open', '');
    const sections = page.locator('.toc-sections a');
    expect(await sections.count()).toBeGreaterThan(1);
    const last = sections.last();
    const id = (await last.getAttribute('href'))!.slice(1);
    await last.click();
    await expect(toc).not.toHaveAttribute('open');
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeGreaterThanOrEqual(Math.round(box!.height));

    // Escape folds an open bar and gives focus back to it.
    await page.locator('details.toc > summary').click();
    await page.keyboard.press('Escape');
    await expect(toc).not.toHaveAttribute('open');
    await expect(page.locator('details.toc > summary')).toBeFocused();
  });
}
