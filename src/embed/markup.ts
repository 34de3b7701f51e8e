/**
 * The embed page's markup, written as short as HTML allows. An embed is one
 * chart in someone else's article, and its bytes are paid before the reader
 * sees it; most of them are the chart's SVG and its data table, where a
 * ranking repeats `</td></tr>` and quoted numbers hundreds of times.
 *
 * The figure's HTML is parsed (parse5, as a browser would) and written again
 * without the end tags a parser infers (`</td>`, `</tr>`, `</li>`, `</p>`…),
 * with empty SVG elements closed by a slash (`<rect … />`)
 * and without the quotes attribute values do not need: the same document
 * tree, checked by `npm run verify`'s HTML validator like every page. Text,
 * inline scripts and styles are left as they are (the CSP hashes them).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export function compactMarkup(fragment: string): string {
  const tree = fromHtml(fragment, { fragment: true });
  return toHtml(tree, { omitOptionalTags: true, preferUnquoted: true, collapseEmptyAttributes: true, closeEmptyElements: true, tightSelfClosing: true });
}
