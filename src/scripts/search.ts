/**
 * Site search over the chapter pages with Pagefind's index (built after
 * Astro; each edition's pages are indexed under their own lang, and
 * Pagefind searches the index of the page's lang). It searches as the reader
 * types (debounced), keeps the query in the address (`?q=`, replaced, not
 * pushed, so the back button leaves the page) so a search can be shared, and
 * shows the pages found grouped by report, each with links to the sections
 * and charts the words were found in (search-results.ts). Results are built
 * as DOM nodes: only <mark> from Pagefind's excerpt becomes markup. Its words
 * come from the search form's `data-strings` (JSON of SEARCH_STRINGS), in the
 * page's language.
 */
import { interpolate } from '../i18n/interpolate.ts';
import type { UIKey } from '../i18n/translate.ts';
import { groupByReport, type PagefindPage, type ReportGroup } from './search-results.ts';

/** The UI strings this script needs; the search page writes them into the form. */
export const SEARCH_STRINGS = ['search.searching', 'search.found', 'search.none', 'search.otherPages'] as const satisfies readonly UIKey[];
type SearchStrings = Record<(typeof SEARCH_STRINGS)[number], string>;

/** How long typing may pause before the search runs. */
export const SEARCH_DELAY_MS = 200;
/** The most pages shown. */
const MAX_PAGES = 20;

interface PagefindResult {
  data: () => Promise<PagefindPage>;
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function groupNode(group: ReportGroup, index: number): HTMLElement {
  const headingId = `search-group-${index + 1}`;
  const heading = element('h2', 'search-group-title', [group.report]);
  heading.id = headingId;
  const pages = group.pages.map((page) => {
    const passages = page.passages.map((passage) =>
      element('li', 'search-passage', [link(passage.url, passage.title), element('p', 'search-excerpt', excerptNodes(passage.excerpt))]),
    );
    return element('li', 'search-page', [element('h3', 'search-page-title', [link(page.url, page.title)]), element('ul', 'search-passages', passages)]);
  });
  const section = element('section', 'search-group', [heading, element('ol', 'search-pages', pages)]);
  section.setAttribute('aria-labelledby', headingId);
  return section;
}

export function runSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector('#search-status');
  const list = document.querySelector('#search-results');
  const form = input?.form;
  if (!input || !status || !list || !form) return;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Partial<SearchStrings>;
  const say = (key: keyof SearchStrings, vars: Record<string, string | number> = {}) => interpolate(strings[key] ?? '', vars);
  let pagefind: Promise<Pagefind> | undefined;
  // Each search has a number; an answer that arrives after a newer search started is dropped.
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const keepInAddress = (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };

  const search = async (raw: string) => {
    const query = raw.trim();
    const run = ++latest;
    keepInAddress(query);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = say('search.searching');
    pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>;
    const { results } = await (await pagefind).search(query);
    const pages = await Promise.all(results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (run !== latest) return;
    status.textContent = pages.length ? say('search.found', { query, count: results.length }) : say('search.none', { query });
    list.replaceChildren(...groupByReport(pages, say('search.otherPages')).map(groupNode));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), SEARCH_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (query) void search(query);
}
