/**
 * The whole-report print page puts every chapter of a report on one page.
 * Chapter authors choose their section ids per chapter, so two chapters may
 * both have, say, `id="method"`. This module finds such ids in the rendered
 * HTML of each chapter, renames the later ones (`quality-index--method`) with
 * every reference to them in that chapter, and turns links between the
 * report's chapters into links within the page.
 *
 * The HTML is parsed (parse5) only to find where each attribute and each
 * <style> text sits; the edits are spliced into the original string, so
 * everything not renamed stays byte for byte as Astro rendered it.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ChapterHtml {
  slug: string;
  html: string;
}

export interface RenamedId {
  slug: string;
  id: string;
  to: string;
}

export interface UnitedChapters {
  chapters: ChapterHtml[];
  /** Ids that an earlier chapter (or the page itself) already used, and what they became. */
  renamed: RenamedId[];
  /** Ids used twice within one chapter: an error of the chapter itself, left as it is. */
  repeatedWithin: { slug: string; id: string }[];
}

export interface UniteOptions {
  /** Ids the page itself uses around the chapters (contents, chapter wrappers). */
  reserved: Iterable<string>;
  /** The URL path of a chapter page, e.g. `/patents-2021/summary/`. */
  chapterPath: (slug: string) => string;
  /** The id of the element that wraps a chapter on the print page. */
  chapterAnchor: (slug: string) => string;
}

/** Attributes that hold one id or a space-separated list of ids. */
const IDREF_ATTRIBUTES = new Set([
  'for',
  'headers',
  'list',
  'form',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'data-filter-table',
]);
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href']);
const URL_REFERENCE = /url\(#([^)\s]+)\)/g;

interface Edit {
  start: number;
  end: number;
  text: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === 'template') yield* elements((node as DefaultTreeAdapterMap['template']).content);
}

function parse(html: string) {
  return parseFragment(html, { sourceCodeLocationInfo: true });
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The HTML with `edits` (non-overlapping spans of the original) applied. */
function splice(html: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/**
 * An edit for every attribute that `rewrite` changes (it gets the attribute's
 * name and decoded value, and returns the new value or undefined), and for
 * every <style> text that `restyle` changes.
 */
function rewriteAttributes(html: string, rewrite: (name: string, value: string) => string | undefined, restyle?: (css: string) => string): string {
  const edits: Edit[] = [];
  for (const element of elements(parse(html))) {
    const where = element.sourceCodeLocation;
    for (const attr of element.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const next = rewrite(name, attr.value);
      const span = where?.attrs?.[name];
      if (next === undefined || next === attr.value || !span) continue;
      edits.push({ start: span.startOffset, end: span.endOffset, text: `${name}="${escapeAttribute(next)}"` });
    }
    if (restyle && element.tagName === 'style') {
      for (const child of element.childNodes) {
        if (!('value' in child) || child.nodeName !== '#text' || !child.sourceCodeLocation) continue;
        const next = restyle(child.value);
        if (next !== child.value) edits.push({ start: child.sourceCodeLocation.startOffset, end: child.sourceCodeLocation.endOffset, text: next });
      }
    }
  }
  return splice(html, edits);
}

/** Every `id` attribute value in the HTML, in document order, repeats included. */
export function idsIn(html: string): string[] {
  const ids: string[] = [];
  for (const element of elements(parse(html))) {
    const id = element.attrs.find((a) => a.name === 'id' && !a.prefix);
    if (id) ids.push(id.value);
  }
  return ids;
}

/** Renames ids and every in-chapter reference to them: ids, id lists, `#fragment` links and `url(#id)`. */
export function renameIds(html: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return html;
  const map = (id: string) => renames.get(id) ?? id;
  const inUrls = (text: string) => text.replace(URL_REFERENCE, (_, id: string) => `url(#${map(id)})`);
  return rewriteAttributes(
    html,
    (name, value) => {
      if (name === 'id') return map(value);
      if (IDREF_ATTRIBUTES.has(name)) return value.split(/(\s+)/).map(map).join('');
      if (LINK_ATTRIBUTES.has(name) && value.startsWith('#')) return `#${map(value.slice(1))}`;
      return value.includes('url(#') ? inUrls(value) : undefined;
    },
    inUrls,
  );
}

/** Rewrites every link (href) whose value `relink` maps to something else. */
function relinkAll(html: string, relink: (href: string) => string | undefined): string {
  return rewriteAttributes(html, (name, value) => (name === 'href' ? relink(value) : undefined));
}

export function uniteChapters(input: ChapterHtml[], options: UniteOptions): UnitedChapters {
  const taken = new Set(options.reserved);
  const renamed: RenamedId[] = [];
  const repeatedWithin: { slug: string; id: string }[] = [];
  /** `${slug}#${id as the chapter page has it}` → the id on the print page. */
  const finalIds = new Map<string, string>();
  const renamedHtml = input.map(({ slug, html }) => {
    const ids = idsIn(html);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id) && !repeatedWithin.some((r) => r.slug === slug && r.id === id)) repeatedWithin.push({ slug, id });
      seen.add(id);
    }
    const renames = new Map<string, string>();
    for (const id of seen) {
      if (!taken.has(id)) continue;
      let to = `${slug}--${id}`;
      for (let n = 2; taken.has(to) || seen.has(to); n++) to = `${slug}--${id}-${n}`;
      renames.set(id, to);
      renamed.push({ slug, id, to });
    }
    for (const id of seen) {
      const final = renames.get(id) ?? id;
      taken.add(final);
      finalIds.set(`${slug}#${id}`, final);
    }
    return { slug, html: renameIds(html, renames) };
  });

  // Links to another chapter of the report (or to a section of it) become links within the page.
  const slugOfPath = new Map(input.map(({ slug }) => [options.chapterPath(slug), slug]));
  const chapters = renamedHtml.map(({ slug, html }) => ({
    slug,
    html: relinkAll(html, (href) => {
      const hash = href.indexOf('#');
      const target = slugOfPath.get(hash < 0 ? href : href.slice(0, hash));
      if (target === undefined) return undefined;
      const fragment = hash < 0 ? '' : href.slice(hash + 1);
      const id = fragment ? finalIds.get(`${target}#${decodeURIComponent(fragment)}`) : undefined;
      return `#${id ?? options.chapterAnchor(target)}`;
    }),
  }));
  return { chapters, renamed, repeatedWithin };
}
