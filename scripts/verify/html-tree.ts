/**
 * The parts of a parse5 tree the text gates read (editions, figures, spacing): parse5's own
 * types describe every node kind, and the gates only walk names, text, attributes and children.
 */
import { parse } from 'parse5';

export interface HtmlNode {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  /** A <template>'s content fragment. */
  content?: HtmlNode;
}

/** An attribute's value, or undefined when the element does not carry it. */
export const attr = (node: HtmlNode, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

/** A whole page as the tree the gates walk. */
export const parseHtml = (html: string): HtmlNode => parse(html) as unknown as HtmlNode;
