/**
 * Printing (issue 6): every chapter printed to a PDF (A4) the way `npm run pdf`
 * prints it, then read back with pdfjs-dist: each figure whole on one page with
 * its source line, no blank page, a sensible page count, the running titles and
 * page numbers in the margins, no site chrome on paper. One chapter on US
 * Letter, the whole-report print pages, and the print control on screen.
 */
import { chartRegistry, EDITIONS, reportsIn } from '../../src/reports/site.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { ChartEntry } from '../../src/charts/entry.ts';
import { chartTypeOf } from '../../src/charts/chart-types.ts';
import { captionOf } from '../../src/figure/caption.ts';
import { chapterPath } from '../../src/paths.ts';
import { type Chapter, type Report } from '../../src/data/report.ts';
import { chapterRunningTitle, reportRunningTitle } from '../../src/print/page-css.ts';
import { PDF_DIR, pdfFile, pdfName } from '../../src/print/pdf-files.ts';
import { printPage } from '../../scripts/pdf-print.ts';
import { printChapterAnchor, reportPrintPath } from '../../src/paths.ts';
import { findFolded, fold, includesFolded, readPdf, type PdfText } from '../pdf-text.ts';
import { watchPage } from './watch.ts';

// A PDF of a chapter takes a few seconds; of a whole report, up to half a minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Tables with at least this many rows may break between rows (print.css: `tr:nth-child(6)`). */
const LONG_TABLE_ROWS = 6;
/** Characters of running text a printed page holds at the least (a full A4 page holds about 1,700). */
const CHARS_PER_PAGE = 900;

/** The words printed in the margins and those that must stay off paper, in an edition's language. */
function paperWords(locale: Locale) {
  const t = useTranslations(locale);
  return {
    t,
    siteName: t('site.name'),
    pageOf: (page: number, pages: number) => `${t('print.pageBefore')}${page}${t('print.pageMiddle')}${pages}${t('print.pageAfter')}`,
    screenOnly: [t('site.skipLink'), t('print.chapter'), t('print.chapterPdf'), t('print.reportView'), t('figure.dataTable'), t('chapter.previous', { letter: '' }), t('chapter.next', { letter: '' }), t('chapter.figures'), t('figure.permalink')],
  };
}

type PaperWords = ReturnType<typeof paperWords>;

// Every chapter of both editions: English text is longer and breaks onto other pages.
const chapters = EDITIONS.flatMap((locale) =>
  reportsIn(locale).flatMap((report) =>
    report.chapters.map((chapter) => ({
      report,
      chapter,
      words: paperWords(locale),
      path: chapterPath(report.id, chapter.slug, locale),
      figures: chartRegistry(locale).filter((e) => e.report === report.id && e.chapter === chapter.slug),
    })),
  ),
);

/** Charts drawn as HTML tables (a ranking table, the index explorer), which may run over pages with their header repeated. */
const isTable = (entry: ChartEntry) => chartTypeOf(entry.chart).kind === 'table';
const isLongTable = (entry: ChartEntry) => isTable(entry) && entry.table.rows.length >= LONG_TABLE_ROWS;

async function printToPdf(page: Page, testInfo: TestInfo, path: string, format: 'A4' | 'Letter'): Promise<PdfText & { taller: Set<string> }> {
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  const file = testInfo.outputPath(`${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${format}.pdf`);
  const pdf = await readPdf(await printPage(page, { format, path: file }));
  return { ...pdf, taller: await tallerThanAPage(page, format) };
}

/**
 * The figures that cannot fit on one page: laid out for print at the page's
 * width, taller than its printable height (A4 or Letter less print.css's
 * margins). Only a table can be (an English table's longer cells make more lines).
 */
async function tallerThanAPage(page: Page, format: 'A4' | 'Letter'): Promise<Set<string>> {
  const [width, height] = format === 'A4' ? [794, 1123] : [816, 1056];
  const margins = 2 * 96; // print.css: about 25 mm at the top and bottom together with the margin boxes; generous.
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ media: 'print' });
  const ids = await page.locator('article.figure[data-chart-id]').evaluateAll(
    (figures, limit) => figures.filter((f) => f.getBoundingClientRect().height > limit).map((f) => f.getAttribute('data-chart-id') ?? ''),
    height - margins,
  );
  await page.emulateMedia({ media: null });
  return new Set(ids);
}

/** Characters of the chapter's running text (figures aside), to bound the page count. */
async function runningTextLength(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const figure of copy.querySelectorAll('article.figure')) figure.remove();
    return (copy.textContent ?? '').replace(/\s+/g, '').length;
  });
}

/**
 * Where a figure lands: its title (found by its bookmark) and, after it on the
 * same page, its source line. A long table may run over several pages, from
 * its title to its source line, with its header row on each.
 */
function figureProblems(pdf: PdfText & { taller: Set<string> }, figures: ChartEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of figures) {
    // The printed source line opens as the caption composes it ("来源：…", "Source: …").
    const source = captionOf(entry).sourceParts.lead;
    const first = pdf.bookmarks.find((b) => b.title === fold(entry.title))?.page ?? -1;
    const page = pdf.pages[first];
    const at = page === undefined ? -1 : findFolded(page, entry.title);
    if (page === undefined || at < 0) {
      problems.push(`${entry.id}: title "${entry.title}" is not whole on the page its bookmark points to (${first + 1})`);
      continue;
    }
    if (findFolded(page, source, at) >= 0) continue;
    if (!isLongTable(entry) && !(isTable(entry) && pdf.taller.has(entry.id))) {
      problems.push(`${entry.id}: title on page ${first + 1}, but its source line is not on that page`);
      continue;
    }
    const last = pdf.pages.findIndex((text, i) => i > first && includesFolded(text, source));
    if (last < 0) {
      problems.push(`${entry.id}: the source line after the table is missing`);
      continue;
    }
    const header = entry.table.columns.slice(0, 3).map((c) => c.label);
    for (let i = first + 1; i <= last; i++) {
      let from = 0;
      for (const label of header) from = from < 0 ? from : findFolded(pdf.pages[i]!, label, from);
      if (from < 0) problems.push(`${entry.id}: page ${i + 1} has rows of the table without its header row (${header.join(' ')})`);
    }
  }
  return problems;
}

/** Bookmarks whose title is one text twice over (see undoubleOutlineTitles). */
const doubled = (pdf: PdfText) => pdf.outline.filter((t) => t.length % 2 === 0 && t.length > 0 && t.slice(0, t.length / 2) === t.slice(t.length / 2));

/** Pages with nothing but the running titles and the page number. */
function blankPages(pdf: PdfText, furniture: string[], pageOf: (page: number, pages: number) => string): number[] {
  return pdf.pages.flatMap((text, i) => {
    const margins = [...furniture, pageOf(i + 1, pdf.pages.length)].filter((s) => includesFolded(text, s));
    const rest = text.length - margins.reduce((n, s) => n + fold(s).length, 0);
    return rest < 10 ? [i + 1] : [];
  });
}

/** Text that must never reach paper: navigation, controls, the data-table toggle, embed tools (paperWords' screenOnly). */
/**
 * Pages, other than the last, left more than half empty with nothing to
 * force it: only a chart that could not fit below (charts are never split)
 * may start the next page. A table of LONG_TABLE_ROWS rows or more breaks
 * between rows instead, so it may not leave a page half empty.
 */
function halfEmptyPages(pdf: PdfText, figures: ChartEntry[]): string[] {
  return pdf.fill.flatMap((fill, i) => {
    if (i === pdf.fill.length - 1 || fill >= 0.5) return [];
    const next = pdf.bookmarks.filter((b) => b.page === i + 1).sort((a, b) => a.top - b.top)[0];
    const figure = next && next.top < 120 ? figures.find((f) => fold(f.title) === next.title) : undefined;
    if (figure && !isLongTable(figure)) return [];
    return [`page ${i + 1} is ${Math.round(fill * 100)}% full; page ${i + 2} starts with ${next && next.top < 120 ? next.title : 'text'}`];
  });
}

function chromeOnPaper(pdf: PdfText, words: PaperWords): string[] {
  return words.screenOnly.filter((s) => pdf.pages.some((text) => includesFolded(text, s)));
}

function checkMargins(pdf: PdfText, report: Report, chapter: Chapter | undefined, words: PaperWords): string[] {
  const problems: string[] = [];
  pdf.pages.forEach((text, i) => {
    const wanted = [reportRunningTitle(report, words.t), words.pageOf(i + 1, pdf.pages.length), 'LedgerAtlas'];
    if (chapter) wanted.push(chapterRunningTitle(chapter, words.t));
    for (const s of wanted) if (!includesFolded(text, s)) problems.push(`page ${i + 1}: no "${s}" in the margins`);
  });
  return problems;
}

/**
 * Charts whose drawing spills out of their box on paper, or that are drawn narrower than their
 * column: a chart without a viewBox (a fluid one) keeps its px sizes when print.css limits its
 * height, so unless it is zoomed its lower bars are drawn over the source line under it, and an
 * auto width gives it a replaced element's default 300 px.
 */
async function chartsSpillingOnPaper(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const problems = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('svg.chart-svg')]
      .filter((svg) => svg.getBoundingClientRect().height > 0)
      .flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        const id = svg.closest('[id]')?.id ?? '?';
        const bottom = Math.max(...[...svg.querySelectorAll('text, rect, line, path, circle')].map((el) => el.getBoundingClientRect().bottom));
        const column = svg.parentElement!.getBoundingClientRect().width;
        const out: string[] = [];
        if (bottom > box.bottom + 1) out.push(`${id}: drawn ${Math.round(bottom - box.bottom)} px below its box`);
        if (svg.classList.contains('chart-fluid') && box.width < column - 1) out.push(`${id}: ${Math.round(box.width)} px wide in a ${Math.round(column)} px column`);
        return out;
      }),
  );
  await page.emulateMedia({ media: 'screen' });
  return problems;
}

for (const { report, chapter, path, figures, words } of chapters) {
  test(`${path} prints on A4: figures whole with their sources, titles and page numbers in the margins`, async ({ page }, testInfo) => {
    const pdf = await printToPdf(page, testInfo, path, 'A4');
    const textLength = await runningTextLength(page, 'article.chapter');
    const title = await page.title();

    expect(pdf.size.width).toBeCloseTo(595.9, 0);
    expect(pdf.title).toBe(title);
    expect(pdf.outline, 'bookmarks from the headings').toContain(fold(chapterRunningTitle(chapter, words.t)));
    for (const entry of figures) expect(pdf.outline, `a bookmark for ${entry.id}`).toContain(fold(entry.title));
    expect(doubled(pdf)).toEqual([]);

    const bound = 1 + figures.length + Math.ceil(textLength / CHARS_PER_PAGE);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages.length, `${figures.length} figures and ${textLength} characters of text`).toBeLessThanOrEqual(bound);

    expect(blankPages(pdf, [reportRunningTitle(report, words.t), chapterRunningTitle(chapter, words.t), words.siteName], words.pageOf)).toEqual([]);
    expect(checkMargins(pdf, report, chapter, words)).toEqual([]);
    expect(halfEmptyPages(pdf, figures)).toEqual([]);
    expect(figureProblems(pdf, figures)).toEqual([]);
    expect(chromeOnPaper(pdf, words)).toEqual([]);
    expect(await chartsSpillingOnPaper(page)).toEqual([]);
    testInfo.annotations.push({ type: 'pages (A4)', description: String(pdf.pages.length) });
  });
}

test('the chapter with the TOP50 table prints on US Letter too', async ({ page }, testInfo) => {
  const longest = chapters.find((c) => c.figures.some(isLongTable)) ?? chapters[0]!;
  const pdf = await printToPdf(page, testInfo, longest.path, 'Letter');
  expect(pdf.size).toEqual({ width: 612, height: 792 });
  const { words } = longest;
  expect(blankPages(pdf, [reportRunningTitle(longest.report, words.t), chapterRunningTitle(longest.chapter, words.t), words.siteName], words.pageOf)).toEqual([]);
  expect(checkMargins(pdf, longest.report, longest.chapter, words)).toEqual([]);
  expect(figureProblems(pdf, longest.figures)).toEqual([]);
  expect(chromeOnPaper(pdf, words)).toEqual([]);
});

test('a chapter with a map prints its hatching as vectors and its text in an embedded TrueType font', async ({ page }, testInfo) => {
  const mapped = chapters.find((c) => c.report.locale === 'zh-CN' && c.figures.some((e) => e.chart.type === 'choropleth')) ?? chapters[0]!;
  await page.goto(mapped.path, { waitUntil: 'networkidle' });
  const pdf = Buffer.from(await printPage(page, { path: testInfo.outputPath('hatching-and-font.pdf') })).toString('latin1');
  // An SVG <pattern> fill would come out as a raster image; the system CJK font as Type 3 glyph drawings.
  expect(pdf.match(/\/Subtype\s*\/Image/g) ?? []).toEqual([]);
  expect(pdf).not.toMatch(/\/Subtype\s*\/Type3/);
  expect(pdf).toMatch(/\/FontFile2/);
  expect(pdf).toMatch(/\/ShadingType/);
  expect(pdf.length, 'a chapter PDF under 1.5 MB').toBeLessThan(1.5 * 1024 * 1024);
});

for (const report of EDITIONS.flatMap((locale) => reportsIn(locale))) {
  const path = reportPrintPath(report.id, report.locale);
  const figures = chartRegistry(report.locale).filter((e) => e.report === report.id);
  const words = paperWords(report.locale);

  test(`${path} has every chapter, unique ids, working contents, and passes axe-core`, async ({ page }) => {
    const watched = watchPage(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
    const chapterIds = await page.locator('article.report-chapter').evaluateAll((els) => els.map((e) => e.id));
    expect(chapterIds).toEqual(report.chapters.map((c) => printChapterAnchor(c.slug)));
    const onPage = await page.locator('article.figure[data-chart-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-id')));
    expect(onPage.toSorted()).toEqual(figures.map((f) => f.id).toSorted());
    const targets = await page.locator('.report-contents a, .report-chapter a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const missing = targets.filter((href) => !ids.includes(decodeURIComponent(href.slice(1))));
    expect(missing, 'in-page links without a target').toEqual([]);
    expect(watched.consoleProblems).toEqual([]);
    expect(watched.externalRequests).toEqual([]);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });

  test(`${path} prints the whole report: each chapter on new pages with its own running title`, async ({ page }, testInfo) => {
    const pdf = await printToPdf(page, testInfo, path, 'A4');
    expect(pdf.title).toBe(await page.title());
    expect(figureProblems(pdf, figures)).toEqual([]);
    expect(chromeOnPaper(pdf, words)).toEqual([]);
    expect(blankPages(pdf, [reportRunningTitle(report, words.t), words.siteName, ...report.chapters.map((c) => chapterRunningTitle(c, words.t))], words.pageOf)).toEqual([]);
    expect(doubled(pdf)).toEqual([]);
    // Each chapter starts at the top of a page of its own, and its pages carry its title in the margin.
    let previous = 0;
    for (const chapter of report.chapters) {
      const title = fold(chapterRunningTitle(chapter, words.t));
      const mark = pdf.bookmarks.find((b) => b.title === title && b.depth === 1);
      expect(mark, `a bookmark for ${chapter.slug}`).toBeDefined();
      expect(mark!.page, `${chapter.slug} starts after the chapter before`).toBeGreaterThan(previous);
      expect(mark!.top, `${chapter.slug} starts at the top of page ${mark!.page + 1}`).toBeLessThan(120);
      expect(includesFolded(pdf.pages[mark!.page]!, chapterRunningTitle(chapter, words.t))).toBe(true);
      // The contents give the page it starts on, read from an earlier print of the same report.
      const contents = pdf.pages.find((text) => includesFolded(text, words.t('chapter.toc')) && includesFolded(text, chapterRunningTitle(report.chapters[0]!, words.t)))!;
      expect(includesFolded(contents, `${chapterRunningTitle(chapter, words.t)}${mark!.page + 1}`), `the contents say ${chapter.slug} starts on page ${mark!.page + 1}`).toBe(true);
      previous = mark!.page;
    }
  });
}

test.describe('the print control', () => {
  const { path, report, chapter } = chapters[0]!;

  test('prints the page when clicked, and links the whole-report view and any PDF built', async ({ page }) => {
    await page.goto(path);
    const button = page.getByRole('button', { name: '打印本章' });
    await expect(button).toBeVisible();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.locator('.print-tools a', { hasText: '整份报告的打印版' })).toHaveAttribute('href', reportPrintPath(report.id));

    // `npm run pdf` writes the PDFs and rebuilds; the link is there exactly when the file is.
    const built = existsSync(join(PDF_DIR, pdfFile(pdfName(report.id, chapter.slug))));
    const pdfLink = page.locator('.print-tools a[download]', { hasText: '本章PDF' });
    await expect(pdfLink).toHaveCount(built ? 1 : 0);
    if (built) {
      const response = await page.request.get((await pdfLink.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('pdf');
    }
  });

  test('is hidden on paper; site chrome too; external links show their address, internal ones do not', async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.print-tools', '.site-header', '.site-footer', '.breadcrumbs', '.chapter-aside', '.pager', '.figure-tools', 'details.figure-data']) {
      const visible = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
      expect(visible, `${selector} on paper`).toBe(0);
    }
    const after = await page.evaluate(() => {
      const article = document.querySelector('article.chapter')!;
      const external = Object.assign(document.createElement('a'), { href: 'https://example.org/report.pdf', textContent: '原报告' });
      const internal = Object.assign(document.createElement('a'), { href: '/data/', textContent: '数据页' });
      article.append(external, internal);
      return [getComputedStyle(external, '::after').content, getComputedStyle(internal, '::after').content];
    });
    expect(after[0]).toContain('https://example.org/report.pdf');
    expect(after[1]).toBe('none');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the print button stays hidden; the print view link works', async ({ page }) => {
    const { path, report } = chapters[0]!;
    await page.goto(path);
    await expect(page.locator('button[data-print]')).toBeHidden();
    await expect(page.locator('.print-tools a', { hasText: '整份报告的打印版' })).toHaveAttribute('href', reportPrintPath(report.id));
  });
});
