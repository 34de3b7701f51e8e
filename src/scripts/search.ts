/**
 * Site search over the chapter pages with Pagefind's index (built after
 * Astro, Chinese segmentation from lang="zh-CN"). Results are built as DOM
 * nodes: only <mark> from Pagefind's excerpt becomes markup.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

/** Pagefind excerpts are text with <mark> around hits; everything else stays text. */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  excerpt.split(/(<mark>.*?<\/mark>)/u).forEach((part) => {
    const hit = /^<mark>(.*)<\/mark>$/u.exec(part);
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = decode(hit[1]!);
      nodes.push(mark);
    } else if (part) nodes.push(document.createTextNode(decode(part.replace(/<[^>]*>/g, ''))));
  });
  return nodes;
}

export async function runSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector('#search-status');
  const list = document.querySelector('#search-results');
  if (!input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = '搜索中…';
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  status.textContent = pages.length ? `“${query}”找到 ${results.length} 个页面` : `没有找到与“${query}”相关的页面`;
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
