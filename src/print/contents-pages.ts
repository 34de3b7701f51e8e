/**
 * Page numbers for the printed contents of a whole report. A browser cannot
 * tell where its pages will break until it prints, so the report is printed
 * twice: the first PDF's bookmarks (one per heading, with its page) say on
 * which page each contents entry's heading landed, the numbers are written
 * beside the entries, and the second print carries them. If writing them
 * moved a break, the numbers are read again from that print and it is
 * printed once more; `npm run pdf` fails if they still disagree.
 */

/** A contents entry: its link target and the text of the heading it leads to. */
export interface ContentsEntry {
  href: string;
  heading: string;
}

/** A bookmark of the first print: a heading's text and its page index (0 = page 1). */
export interface Bookmark {
  title: string;
  page: number;
}

/**
 * The printed page number (1 = first page) of each entry's heading, by href.
 * Headings are compared by `same` (the PDF's text layer is not the typeset
 * text: see tests/pdf-text.ts `fold`). Entries are in reading order, so each
 * is looked for at or after the bookmark of the entry before; an entry whose
 * heading has no bookmark gets no number rather than a guessed one.
 */
export function contentsPageNumbers(entries: ContentsEntry[], bookmarks: Bookmark[], same: (heading: string, title: string) => boolean): Map<string, number> {
  const numbers = new Map<string, number>();
  let from = 0;
  for (const entry of entries) {
    const at = bookmarks.findIndex((b, i) => i >= from && same(entry.heading, b.title));
    if (at < 0) continue;
    numbers.set(entry.href, bookmarks[at]!.page + 1);
    from = at + 1;
  }
  return numbers;
}

/** Whether two readings give every entry the same number. */
export function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([href, page]) => b.get(href) === page);
}
