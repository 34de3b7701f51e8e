/**
 * Inline SVG charts in a canonical, line-per-element form, so two builds that
 * draw the same marks compare equal and a moved bar shows as one changed line.
 *
 * Normalised away: attribute order, whitespace inside attribute values and
 * between elements, and Astro's scoped-style attributes (data-astro-cid-…),
 * which are hashes of component files, not of what is drawn. Kept as printed:
 * every number (a coordinate that moves by 0.001 is a change worth seeing).
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { collapse, isElement, parsePage, type Element } from './html.ts';

type Node = DefaultTreeAdapterMap['node'];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes that are build artefacts rather than drawing. */
export const ignoredAttribute = (name: string): boolean => name.startsWith('data-astro-cid-');

/** One element, its attributes sorted by name, values with whitespace collapsed. */
function openTag(element: Element): string {
  const attrs = element.attrs
    .filter((a) => !ignoredAttribute(a.name))
    .map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: collapse(a.value) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${element.tagName}${attrs}>`;
}

/** The SVG as lines: one per element (indented by depth) and one per non-blank text. */
export function normaliseSvg(svg: Element): string[] {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    const indent = '  '.repeat(depth);
    if (node.nodeName === '#text') {
      const text = collapse((node as DefaultTreeAdapterMap['textNode']).value);
      if (text) lines.push(`${indent}${text}`);
      return;
    }
    if (!isElement(node)) return; // comments
    lines.push(`${indent}${openTag(node)}`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  walk(svg, 0);
  return lines;
}

/** Every outermost <svg> under a node, in document order. */
export function findSvgs(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if (isElement(node) && node.tagName === 'svg' && node.namespaceURI === SVG_NS) {
      found.push(node);
      return;
    }
    if (isElement(node) && node.tagName === 'template') return;
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** A name for an SVG in the report: its id or accessible label, else its position. */
function svgName(svg: Element, index: number): string {
  const id = svg.attrs.find((a) => a.name === 'id')?.value;
  const label = svg.attrs.find((a) => a.name === 'aria-labelledby' || a.name === 'aria-label')?.value;
  return `svg ${index + 1}${id ? ` #${id}` : ''}${label ? ` (${collapse(label).slice(0, 60)})` : ''}`;
}

/**
 * All inline SVGs of a page as one document, each under a `== svg N …` header,
 * so a page's charts diff together and an added or removed chart shows too.
 */
export function pageSvgs(html: string): string[] {
  return findSvgs(parsePage(html)).flatMap((svg, i) => [`== ${svgName(svg, i)}`, ...normaliseSvg(svg)]);
}

/** A standalone SVG file (a download), normalised the same way. */
export function svgFile(text: string): string[] {
  return findSvgs(parseFragment(text)).flatMap((svg) => normaliseSvg(svg));
}
