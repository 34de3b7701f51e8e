/**
 * The embed page's markup, written as short as HTML allows. An embed is one
 * chart in someone else's article, and its bytes are paid before the reader
 * sees it; most of them are the chart's SVG and its data table, where a
 * ranking repeats `</td></tr>` and quoted numbers hundreds of times.
 *
 * The figure's HTML is parsed (parse5, as a browser would) and written again
 * without the end tags a parser infers (`</td>`, `</tr>`, `</li>`, `</p>`…),
 * with empty SVG elements closed by a slash (`<rect … />`), without the
 * quotes attribute values do not need and without `xmlns` on an inline
 * <svg>, which the HTML parser puts in the SVG namespace by itself: the same
 * document tree, checked by `npm run verify`'s HTML validator like every
 * page. Text, inline scripts and styles are left as they are (the CSP hashes
 * them).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface CompactOptions {
  /** Attributes (hast property names, e.g. `dataPagefindIgnore`) that mean nothing on this page. */
  dropAttributes?: readonly string[];
  /** Whether a custom property set in a style attribute is read by the page's CSS; one that is not is dropped. */
  readsCustomProperty?: (name: string) => boolean;
}

function visit(node: Root | RootContent, each: (element: Element) => void): void {
  if (node.type === 'element') each(node);
  if ('children' in node) for (const child of node.children) visit(child, each);
}

/** A style attribute without the custom properties nothing reads (undefined when none is left). */
function keptStyle(style: string, reads: (name: string) => boolean): string | undefined {
  const kept = style
    .split(';')
    .filter((declaration) => {
      const name = declaration.slice(0, Math.max(0, declaration.indexOf(':'))).trim();
      return declaration.trim() !== '' && (!name.startsWith('--') || reads(name));
    })
    .join(';');
  return kept || undefined;
}

export function compactMarkup(fragment: string, options: CompactOptions = {}): string {
  const tree = fromHtml(fragment, { fragment: true });
  visit(tree, (element) => {
    if (element.tagName === 'svg') delete element.properties['xmlns'];
    for (const name of options.dropAttributes ?? []) delete element.properties[name];
    const style = element.properties['style'];
    if (options.readsCustomProperty && typeof style === 'string') {
      const kept = keptStyle(style, options.readsCustomProperty);
      if (kept === undefined) delete element.properties['style'];
      else element.properties['style'] = kept;
    }
  });
  return toHtml(tree, { omitOptionalTags: true, preferUnquoted: true, collapseEmptyAttributes: true, closeEmptyElements: true, tightSelfClosing: true });
}
