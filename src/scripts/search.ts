/**
 * Site search over the chapter pages with Pagefind's index (built after
 * Astro, segmentation from the pages' lang). Results are built as DOM
 * nodes: only <mark> from Pagefind's excerpt becomes markup. Its words come
 * from the search form's `data-strings` (JSON of SEARCH_STRINGS), in the
 * page's language.
 */
import { interpolate } from '../i18n/interpolate.ts';
import type { UIKey } from '../i18n/translate.ts';

/** The UI strings this script needs; the search page writes them into the form. */
export const SEARCH_STRINGS = ['search.searching', 'search.found', 'search.none'] as const satisfies readonly UIKey[];
type SearchStrings = Record<(typeof SEARCH_STRINGS)[number], string>;

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

/**
 * Pagefind excerpts are text with <mark> around hits. The browser's HTML
 * parser reads them (an inert document: nothing in it runs); the hits come
 * back as <mark> elements holding text, everything else as plain text.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

export async function runSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector('#search-status');
  const list = document.querySelector('#search-results');
  if (!input || !status || !list) return;
  const strings = JSON.parse(input.form?.dataset.strings ?? '{}') as Partial<SearchStrings>;
  const say = (key: keyof SearchStrings, vars: Record<string, string | number> = {}) => interpolate(strings[key] ?? '', vars);
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = say('search.searching');
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  status.textContent = pages.length ? say('search.found', { query, count: results.length }) : say('search.none', { query });
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(page.excerpt));
      item.append(link, excerpt);
      return item;
    }),
  );
}
