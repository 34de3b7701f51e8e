/**
 * The whole-report print page puts every chapter of a report on one page.
 * Chapter authors choose their section ids per chapter, so two chapters may
 * both have, say, `id="method"`. This module finds such ids in the rendered
 * HTML of each chapter, renames the later ones (`quality-index--method`) with
 * every reference to them in that chapter, and turns links between the
 * report's chapters into links within the page. It works on the HTML Astro
 * renders (attributes in double quotes), not on arbitrary HTML.
 */

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

const ID_ATTRIBUTE = /\sid="([^"]+)"/g;
/** Attributes that hold one id or a space-separated list of ids. */
const IDREF_ATTRIBUTE =
  /(\s)(for|headers|list|form|aria-labelledby|aria-describedby|aria-controls|aria-owns|aria-activedescendant|aria-details|aria-errormessage|aria-flowto|data-filter-table)="([^"]*)"/g;

/** Every `id` attribute value in the HTML, in document order, repeats included. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(ID_ATTRIBUTE)].map((m) => m[1] ?? '');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames ids and every in-chapter reference to them: ids, id lists, `#fragment` links and `url(#id)`. */
export function renameIds(html: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return html;
  const map = (id: string) => renames.get(id) ?? id;
  return html
    .replace(ID_ATTRIBUTE, (_, id: string) => ` id="${map(id)}"`)
    .replace(IDREF_ATTRIBUTE, (_, space: string, name: string, value: string) => `${space}${name}="${value.split(/(\s+)/).map(map).join('')}"`)
    .replace(/(\s(?:href|xlink:href))="#([^"]+)"/g, (_, attr: string, id: string) => `${attr}="#${map(id)}"`)
    .replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${map(id)})`);
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
  const paths = input.map(({ slug }) => ({ slug, path: options.chapterPath(slug) }));
  const chapters = renamedHtml.map(({ slug, html }) => {
    let out = html;
    for (const target of paths) {
      const pattern = new RegExp(`(\\shref=")${escapeRegExp(target.path)}(?:#([^"]*))?"`, 'g');
      out = out.replace(pattern, (_, attr: string, fragment: string | undefined) => {
        const id = fragment ? finalIds.get(`${target.slug}#${decodeURIComponent(fragment)}`) : undefined;
        return `${attr}#${id ?? options.chapterAnchor(target.slug)}"`;
      });
    }
    return { slug, html: out };
  });
  return { chapters, renamed, repeatedWithin };
}
