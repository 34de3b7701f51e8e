/**
 * The PDFs `npm run pdf` writes to public/pdf/ (scripts/pdf.ts). Pages link
 * to a PDF only when it exists at build time; the manifest beside them gives
 * the page count.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';
import { localePrefix } from '../paths.ts';

/** Where the PDFs are written, relative to the project root; served at /pdf/. */
export const PDF_DIR = join('public', 'pdf');
export const PDF_MANIFEST = 'manifest.json';

/** `patents-2021/summary` → its PDF's file name under PDF_DIR. */
export function pdfFile(name: string): string {
  return `${name}.pdf`;
}

/** The names of a report's PDFs: one per chapter, and `all` for the whole report; another edition's under its prefix (en/…). */
export function pdfName(report: string, chapter: string | 'all', locale: Locale = DEFAULT_LOCALE): string {
  const prefix = localePrefix(locale).slice(1);
  return `${prefix ? `${prefix}/` : ''}${report}/${chapter}`;
}

/**
 * How `npm run pdf` prints (Playwright `page.pdf`): A4, the margins and running
 * titles from print.css, a tagged PDF with bookmarks from the headings. The
 * document title is the page's <title>.
 */
export const PDF_OPTIONS = {
  format: 'A4',
  printBackground: false,
  outline: true,
  tagged: true,
} as const;

export interface PdfManifest {
  [name: string]: { pages: number; bytes: number };
}

export interface BuiltPdf {
  href: string;
  pages: number | undefined;
  kb: number;
}

function readManifest(root: string): PdfManifest {
  const path = join(root, PDF_DIR, PDF_MANIFEST);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PdfManifest;
  } catch {
    return {};
  }
}

/** The PDF `name` if it has been made, with its link, page count and size. */
export function pdfFor(name: string, root = process.cwd()): BuiltPdf | undefined {
  const path = join(root, PDF_DIR, pdfFile(name));
  if (!existsSync(path)) return undefined;
  const bytes = statSync(path).size;
  return { href: `/pdf/${pdfFile(name)}`, pages: readManifest(root)[name]?.pages, kb: Math.max(1, Math.round(bytes / 1024)) };
}
