/**
 * What a reader gets from one built page, as lines of text that diff well.
 *
 * We compare what is read, not the markup: Astro's hashed bundle names
 * (/_astro/…), the CSP hashes in <meta http-equiv> and scoped-style ids
 * (data-astro-cid-…) change whenever a bundle or component moves, while the
 * page says the same thing. So the text ignores attributes except the few
 * that are read aloud, and the inline SVGs are compared on their own
 * (svg.ts), where those ids are dropped.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** Contents nobody reads: code, styles and inert templates. */
const SKIPPED = new Set(['script', 'style', 'template']);

/**
 * Elements that flow inside a line of text. Everything else starts a new
 * line, so a diff points at the paragraph, cell or label that changed rather
 * than at one page-long line.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'tspan',
]);

/** Attributes assistive technology reads out (and sighted readers meet as tooltips). */
const SPOKEN_ATTRIBUTES = ['alt', 'aria-label', 'title'] as const;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function parsePage(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

/**
 * The page's text, one line per block: the <title>, the meta description,
 * then the body, with spoken attributes as `[alt] …` lines where they occur.
 */
export function pageText(html: string): string[] {
  return textOf(parsePage(html));
}

export function textOf(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = collapse(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(node) && !('childNodes' in node)) return;
    if (isElement(node)) {
      const tag = node.tagName;
      if (SKIPPED.has(tag)) return;
      if (tag === 'meta') {
        // The description is what search results and link previews show.
        const name = attr(node, 'name');
        if (name === 'description') {
          flush();
          lines.push(`[meta description] ${collapse(attr(node, 'content') ?? '')}`);
        }
        return;
      }
      if (tag === 'title' && node.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        flush();
        lines.push(`[title] ${collapse(textContent(node))}`);
        return;
      }
      if (tag === 'br') {
        flush();
        return;
      }
      const inline = INLINE.has(tag);
      if (!inline) flush();
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = attr(node, name);
        if (value !== undefined && collapse(value)) {
          flush();
          lines.push(`[${name}] ${collapse(value)}`);
        }
      }
      for (const child of node.childNodes) walk(child);
      if (!inline) flush();
      return;
    }
    for (const child of (node as DefaultTreeAdapterMap['parentNode']).childNodes) walk(child);
  };
  walk(root);
  flush();
  return lines;
}

/** All text under a node, as is (for <title>, whose children are only text). */
export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textContent).join('');
}
