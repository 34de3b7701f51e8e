/**
 * Reading the text of a PDF back, page by page, with pdfjs-dist (Node legacy
 * build), for the print tests and the `npm run pdf` summary.
 *
 * Text extracted from a PDF is not the text that was typeset: CJK fonts map
 * some glyphs to radicals (一 comes back as ⼀ U+2F00, 页 as ⻚ U+2EDA), and
 * lines, spaces and splits between text runs fall where the layout put them.
 * `fold` and `findFolded` compare texts with all of that ironed out.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** The document title in the PDF's info dictionary. */
  title: string | undefined;
  /** Folded text of each page, in order (page 1 first). */
  pages: string[];
  /** Bookmark titles, depth first, folded. */
  outline: string[];
  /** The same bookmarks with where they point: page index (0 = page 1) and distance from the page top in points. */
  bookmarks: { title: string; depth: number; page: number; top: number }[];
  /** Nesting depth of the bookmarks (0 without any). */
  outlineDepth: number;
  /**
   * How far down each page its text reaches, as a share of the area inside
   * print.css's page margins (0 = empty, 1 = down to the bottom margin); the
   * running titles and page numbers in the margins do not count.
   */
  fill: number[];
  /** Page size of the first page in PDF points. */
  size: { width: number; height: number };
}

/** NFKC (Kangxi radicals and full-width forms to their usual characters), without any whitespace. */
export function fold(text: string): string {
  // CJK fonts draw the en dash and the figure dash with one glyph, and the PDF's text layer may name either.
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(/[\u2010-\u2013]/gu, '-');
}

const RADICAL_SUPPLEMENT = '[\\u2E80-\\u2EFF]';

/**
 * Where `needle` occurs in `haystack` once both are folded, or -1. A character
 * of the CJK Radicals Supplement in the haystack stands for any Han character
 * of the needle, since fonts map simplified forms like 页 and 长 to those radicals.
 */
export function findFolded(haystack: string, needle: string, from = 0): number {
  const pattern = [...fold(needle)]
    .map((c) => (/\p{Script=Han}/u.test(c) ? `(?:${c}|${RADICAL_SUPPLEMENT})` : c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')))
    .join('');
  const re = new RegExp(pattern, 'gu');
  re.lastIndex = from;
  return re.exec(fold(haystack))?.index ?? -1;
}

export function includesFolded(haystack: string, needle: string): boolean {
  return findFolded(haystack, needle) >= 0;
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

/** print.css's `@page` margins, top and bottom, in PDF points (17 mm and 16 mm). */
const MARGIN_TOP = (17 * 72) / 25.4;
const MARGIN_BOTTOM = (16 * 72) / 25.4;

export async function readPdf(data: Uint8Array): Promise<PdfText> {
  // pdfjs takes ownership of the buffer it is given; pass a copy.
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    const fill: number[] = [];
    let size = { width: 0, height: 0 };
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      if (n === 1) {
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        size = { width: x1 - x0, height: y1 - y0 };
      }
      const content = await page.getTextContent();
      pages.push(fold(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
      const height = page.view[3]! - page.view[1]!;
      const area = height - MARGIN_TOP - MARGIN_BOTTOM;
      const tops = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [height - item.transform[5]] : []));
      const inside = tops.filter((top) => top > MARGIN_TOP && top < height - MARGIN_BOTTOM);
      fill.push(inside.length ? (Math.max(...inside) - MARGIN_TOP) / area : 0);
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: unknown };
    const bookmarks: PdfText['bookmarks'] = [];
    const walk = async (nodes: OutlineNode[], depth: number) => {
      for (const node of nodes) {
        const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
        const [ref, , , y] = Array.isArray(dest) ? dest : [];
        const page = ref && typeof ref === 'object' ? await doc.getPageIndex(ref as { num: number; gen: number }) : -1;
        bookmarks.push({ title: fold(node.title), depth, page, top: typeof y === 'number' ? size.height - y : Number.NaN });
        await walk(node.items, depth + 1);
      }
    };
    await walk(((await doc.getOutline()) ?? []) as OutlineNode[], 1);
    return {
      title: typeof info.Title === 'string' ? info.Title : undefined,
      pages,
      outline: bookmarks.map((b) => b.title),
      bookmarks,
      fill,
      outlineDepth: Math.max(0, ...bookmarks.map((b) => b.depth)),
      size,
    };
  } finally {
    await task.destroy();
  }
}
