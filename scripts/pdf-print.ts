/**
 * Printing a page of the site to PDF as `npm run pdf` does (scripts/pdf.ts),
 * shared with the print tests so they check the same output.
 *
 * The font: Chromium's PDF backend cannot embed the CFF outlines of the
 * system's Noto Sans CJK, so it would write every glyph as a Type 3 drawing
 * (most of a short chapter's bytes, and text that prints less crisply). So
 * the page is given the project's own TrueType Noto Sans SC
 * (`@expo-google-fonts/noto-sans-sc`, the PNG downloads' font), cut down to
 * the characters of the page (harfbuzz, cached as for the PNGs), as a web font
 * loaded through the CSS Font Loading API (no request, so the page's CSP
 * stands), and the PDF embeds it as a real, subset TrueType font.
 *
 * One fix-up after Chromium (UTF-16 and, for English headings, literal strings): its bookmarks (the outline it builds from the
 * headings of a tagged PDF) sometimes carry a heading's text twice over,
 * "政策：鼓励技术本身…政策：鼓励技术本身…", for a heading that a page break
 * put at the top of a page (Chromium 156; not reproducible in a small page).
 * `undoubleOutlineTitles` rewrites such a title to the heading's text. Chromium
 * writes outline entries as plain objects with UTF-16 hex strings, so the fix
 * replaces the string in place and pads with spaces: every byte offset in the
 * file, and so its cross-reference table, stays valid.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { cjkFonts, subsetCjkFonts } from '../src/embed/png.ts';
import { contentsPageNumbers, sameNumbers, type ContentsEntry } from '../src/print/contents-pages.ts';
import { PDF_OPTIONS } from '../src/print/pdf-files.ts';
import { findFolded, fold, readPdf } from '../tests/pdf-text.ts';

/** The family name the print font is loaded under: the page's own font stacks never name it. */
export const PRINT_FAMILY = 'Ledger Atlas Print';

/** Printable ASCII, always in the subset: link addresses printed after links, page counters, numbers. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/**
 * Loads the bundled Noto Sans SC (regular and bold), cut down to every
 * character of the page (its text, its styles' generated content such as the
 * page margin titles), and makes it the font of the whole page and its charts.
 */
export async function usePrintFont(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.documentElement.textContent ?? '');
  const fonts = await subsetCjkFonts(cjkFonts(), [...Array.from(text), ...ASCII]);
  const [regular, bold] = fonts.files.map((file) => readFileSync(file).toString('base64'));
  if (!regular || !bold) throw new Error(`the print font needs a regular and a bold file, got ${fonts.files.join(', ')}`);
  await page.evaluate(
    async ({ family, faces }) => {
      await Promise.all(
        faces.map(async ({ weight, base64 }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const face = new FontFace(family, bytes, { weight });
          document.fonts.add(await face.load());
        }),
      );
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:root, body, .chart-svg, :lang(en) .chart-svg { font-family: "${family}", sans-serif !important; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    },
    { family: PRINT_FAMILY, faces: [{ weight: '400', base64: regular }, { weight: '700', base64: bold }] },
  );
}

const squash = (text: string) => text.replace(/[\s#]+/gu, '');

function decodeUtf16Hex(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** Outline titles that repeat a heading's text twice, restored to the heading's text. */
export function undoubleOutlineTitles(pdf: Uint8Array, headings: Iterable<string>): { pdf: Uint8Array; fixed: string[] } {
  const known = new Set([...headings].map(squash));
  const fixed: string[] = [];
  const text = Buffer.from(pdf).toString('latin1');
  const out = text.replace(/\/Title <FEFF([0-9A-Fa-f]*)>/g, (whole, hex: string) => {
    if (hex.length === 0 || hex.length % 8 !== 0) return whole;
    const half = hex.slice(0, hex.length / 2);
    if (half.toUpperCase() !== hex.slice(hex.length / 2).toUpperCase()) return whole;
    const title = decodeUtf16Hex(half);
    if (!known.has(squash(title))) return whole;
    fixed.push(title);
    return `/Title <FEFF${half}>${' '.repeat(half.length)}`;
  }).replace(/\/Title \(((?:\\.|[^\\)])*)\)/g, (whole, literal: string) => {
    // An all-ASCII title (an English heading) is written as a literal string, not UTF-16 hex.
    const title = literal.replace(/\\(.)/g, '$1');
    if (title.length === 0 || title.length % 2 !== 0 || title.slice(0, title.length / 2) !== title.slice(title.length / 2)) return whole;
    if (!known.has(squash(title.slice(0, title.length / 2)))) return whole;
    // Cut the literal where its first half ends, counting escapes as the one character they stand for.
    let at = 0;
    for (let seen = 0; seen < title.length / 2; seen++) at += literal[at] === '\\' ? 2 : 1;
    fixed.push(title.slice(0, title.length / 2));
    return `/Title (${literal.slice(0, at)})${' '.repeat(literal.length - at)}`;
  });
  return { pdf: fixed.length > 0 ? new Uint8Array(Buffer.from(out, 'latin1')) : pdf, fixed };
}

export interface PrintOptions {
  format?: 'A4' | 'Letter';
  /** Where to write the PDF, if anywhere. */
  path?: string;
}

/** Prints the loaded page with the site's PDF options and returns the PDF. */
export async function printPage(page: Page, options: PrintOptions = {}): Promise<Uint8Array> {
  // The site footer ends every page: without it the HTML arrived cut short, and the PDF would be too.
  // A long page (a whole report, ~0.8 MB) may still be parsing on a loaded machine: wait for its end before judging it cut short.
  const footer = await page
    .locator('footer.site-footer')
    .waitFor({ state: 'attached', timeout: 15_000 })
    .then(() => true, () => false);
  if (!footer) throw new Error(`${page.url()}: the page is incomplete (no site footer)`);
  await usePrintFont(page);
  await page.evaluate(() => document.fonts.ready);
  const headings = await page.locator('h1, h2, h3, h4, h5, h6').allTextContents();
  const print = async () => undoubleOutlineTitles(await page.pdf({ ...PDF_OPTIONS, format: options.format ?? PDF_OPTIONS.format }), headings).pdf;
  let pdf = await print();
  if ((await page.locator(CONTENTS_LINKS).count()) > 0) pdf = await numberContents(page, pdf, print);
  if (options.path) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    mkdirSync(dirname(options.path), { recursive: true });
    writeFileSync(options.path, pdf);
  }
  return pdf;
}

/** The links of a whole-report page's printed contents (the print view's `nav.report-contents`). */
const CONTENTS_LINKS = '.report-contents a[href^="#"]';

/** The heading each contents link leads to: the target itself, or the first heading inside it (a chapter or a figure). */
async function contentsEntries(page: Page): Promise<ContentsEntry[]> {
  return page.locator(CONTENTS_LINKS).evaluateAll((links) =>
    links.map((a) => {
      const href = a.getAttribute('href')!;
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      const heading = target?.matches('h1, h2, h3, h4, h5, h6') ? target : target?.querySelector('h1, h2, h3, h4, h5, h6');
      return { href, heading: heading?.textContent ?? '' };
    }),
  );
}

/** A heading and a bookmark title read back from the PDF (whose CJK text may come back as radicals: findFolded). */
function sameHeading(heading: string, title: string): boolean {
  const wanted = fold(squash(heading));
  const found = squash(title);
  return found.length === wanted.length && findFolded(found, wanted) === 0;
}

/**
 * Prints the whole report again with page numbers in its contents, read from
 * the bookmarks of the print before (src/print/contents-pages.ts).
 */
async function numberContents(page: Page, first: Uint8Array, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const entries = await contentsEntries(page);
  let numbers = contentsPageNumbers(entries, (await readPdf(first)).bookmarks, sameHeading);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.locator(CONTENTS_LINKS).evaluateAll((links, pages) => {
      for (const a of links) {
        const n = pages[a.getAttribute('href')!];
        if (n) a.setAttribute('data-page', String(n));
        else a.removeAttribute('data-page');
      }
    }, Object.fromEntries(numbers));
    const pdf = await print();
    const again = contentsPageNumbers(entries, (await readPdf(pdf)).bookmarks, sameHeading);
    if (sameNumbers(numbers, again)) return pdf;
    numbers = again;
  }
  throw new Error(`${page.url()}: the contents' page numbers still moved the pages they name after three prints`);
}
