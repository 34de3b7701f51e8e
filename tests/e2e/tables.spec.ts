/**
 * Every table on a chapter page shows all its columns to a reader at 375 px (a phone) and at
 * 1280 px (a laptop): a column may lie beyond the edge, but then its table scrolls sideways, the
 * edge shows a cue (a shadow), and once scrolled to, the column's header is on screen and not
 * hidden under the sticky first column. The page itself never scrolls sideways.
 */
import { expect, test } from '@playwright/test';
import { REPORTS } from '../../src/reports/site.ts';
import { chapterPath } from '../../src/paths.ts';
import { LOCALE_IDS } from '../../src/i18n/locales.ts';

const paths = REPORTS.flatMap((report) => report.chapters.flatMap((chapter) => LOCALE_IDS.map((locale) => chapterPath(report.id, chapter.slug, locale))));

interface Problem {
  table: string;
  column: string;
  problem: string;
}

for (const width of [375, 1280]) {
  test.describe(`tables at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of paths) {
      test(path, async ({ page }) => {
        await page.goto(path);
        const tables = await page.locator('main .table-scroll table, main .ranking-table-wrap table').count();
        const problems = await page.evaluate((): Problem[] => {
          const found: Problem[] = [];
          // A data table behind "查看数据表" is read once opened. The chapter contents stay folded,
          // as a reader leaves them: on a phone, opened, they cover the top of the screen.
          for (const details of document.querySelectorAll('main details:not(.toc)')) (details as HTMLDetailsElement).open = true;
          const pageWidth = document.documentElement.clientWidth;
          if (document.scrollingElement && document.scrollingElement.scrollWidth > pageWidth + 1) {
            found.push({ table: '(page)', column: '', problem: `the page scrolls sideways (${document.scrollingElement.scrollWidth} > ${pageWidth})` });
          }
          for (const wrap of document.querySelectorAll<HTMLElement>('main .table-scroll, main .ranking-table-wrap')) {
            const table = wrap.querySelector('table');
            if (!table || wrap.getClientRects().length === 0) continue;
            const name = table.querySelector('caption')?.textContent?.trim() || table.id || wrap.closest('[data-chart-id]')?.getAttribute('data-chart-id') || '(table)';
            const style = getComputedStyle(wrap);
            const overflowing = wrap.scrollWidth > wrap.clientWidth + 1;
            if (overflowing && !['auto', 'scroll'].includes(style.overflowX)) found.push({ table: name, column: '', problem: 'wider than its column and does not scroll' });
            if (overflowing && !style.backgroundImage.includes('gradient')) found.push({ table: name, column: '', problem: 'scrolls without a cue at its edge' });
            for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
              th.scrollIntoView({ block: 'center', inline: 'center' });
              const box = th.getBoundingClientRect();
              const column = th.textContent?.trim() ?? '';
              // A column wider than the screen (a long header on a phone) cannot be all on screen; it must at least show.
              const tooWide = box.width > wrap.clientWidth;
              if (tooWide ? box.right <= 0 || box.left >= pageWidth : box.left < -1 || box.right > pageWidth + 1) {
                found.push({ table: name, column, problem: `cannot be brought on screen (${Math.round(box.left)}–${Math.round(box.right)} of ${pageWidth})` });
                continue;
              }
              const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              if (!hit || !th.contains(hit)) found.push({ table: name, column, problem: `is hidden under ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}` });
            }
            wrap.scrollLeft = 0;
          }
          return found;
        });
        expect(problems).toEqual([]);
        // The chapter pages of both reports have tables; a page without any still gets the page check.
        expect(tables).toBeGreaterThanOrEqual(0);
      });
    }
  });
}
