/**
 * What the search page makes of Pagefind's answers, as pure functions (no
 * DOM), so they can be tested on made-up results: the excerpt cleaned of
 * markup debris, the passages of a page worth linking to (Pagefind's sub
 * results, one per heading with an id: a section or a chart), and the pages
 * grouped by report in the reports' reading order.
 */

/** One passage of a page: a section or a chart Pagefind found words in (its heading's id is the url's fragment). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** What Pagefind returns for one page (the fields this site reads). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface FoundPassage {
  title: string;
  url: string;
  excerpt: string;
}

export interface FoundPage {
  title: string;
  url: string;
  passages: FoundPassage[];
}

export interface ReportGroup {
  report: string;
  pages: FoundPage[];
}

/**
 * Pagefind's excerpt with what is not prose taken out: permalink marks ("#"),
 * runs of white space left where markup was, and the punctuation a window
 * cut out of the middle of a sentence may open with ("，而且…", "). The").
 * The excerpt is HTML text whose only tags are <mark>; those stay.
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt
    .replace(/#+(?=[\s<]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s，。、；：！？）》」』,.;:!?)\]]+/u, '');
}

/** The most passages shown under one page. */
export const PASSAGES_PER_PAGE = 3;

/**
 * The passages of a page to link to: those under a heading (their url has a
 * fragment), most hits first, then in page order; the top of the page only
 * when the words were found before any heading.
 */
export function passagesOf(page: PagefindPage, max = PASSAGES_PER_PAGE): FoundPassage[] {
  const subs = (page.sub_results ?? []).map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }));
  const anchored = subs.filter(({ sub }) => sub.url.includes('#'));
  const chosen = (anchored.length > 0 ? anchored : subs)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, max)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: cleanExcerpt(sub.excerpt) }));
  return chosen.length > 0 ? chosen : [{ title: page.meta['title'] ?? page.url, url: page.url, excerpt: cleanExcerpt(page.excerpt) }];
}

/**
 * Pages grouped by their report (meta `report`, its name in the page's
 * language), groups in the reports' order (meta `reportLetter`: A, B …),
 * pages within a group in Pagefind's order of relevance. Pages without a
 * report come last, as one group named `otherLabel`.
 */
export function groupByReport(pages: readonly PagefindPage[], otherLabel: string): ReportGroup[] {
  const groups = new Map<string, { letter: string | undefined; group: ReportGroup }>();
  for (const page of pages) {
    const report = page.meta['report'] ?? otherLabel;
    let entry = groups.get(report);
    if (!entry) {
      entry = { letter: page.meta['report'] ? page.meta['reportLetter'] : undefined, group: { report, pages: [] } };
      groups.set(report, entry);
    }
    entry.group.pages.push({ title: page.meta['title'] ?? page.url, url: page.url, passages: passagesOf(page) });
  }
  const rank = (letter: string | undefined) => (letter === undefined ? 1 : 0);
  return [...groups.values()]
    .sort((a, b) => rank(a.letter) - rank(b.letter) || (a.letter ?? '').localeCompare(b.letter ?? ''))
    .map((entry) => entry.group);
}
