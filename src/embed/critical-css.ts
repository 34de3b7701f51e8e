/**
 * The embed page's stylesheet, cut down to the rules its own markup can use.
 *
 * An embed is one chart in another site's article; every byte and every
 * round trip before it is drawn is paid by a reader who did not come for it.
 * So the page inlines its CSS (no render-blocking request for a stylesheet)
 * and inlines only the rules that can match: chart.css styles every chart
 * type of the site, and one embed shows one.
 *
 * A rule is kept unless one of its selectors' compound parts names a class or
 * an attribute that appears neither in the page's markup nor in its script
 * (which adds the tooltip, sort state, the explorer's attributes…). This
 * errs towards keeping: a class the script builds from pieces would be
 * missed, so scripts name their classes whole (the e2e tests hover, focus and
 * sort on the embed pages). Selectors inside :not(), :is() and :where() are
 * not used to drop a rule (`td:not(.num)` matches where .num is absent).
 * At-rules with a block of rules (@media, @container, @supports, @layer) are
 * cut the same way inside and dropped when empty; other at-rules
 * (@font-face, @import, @property…) are kept as they are.
 */

/** Class names and attribute names a page can match: from its HTML and its scripts. */
export interface PageTokens {
  classes: ReadonlySet<string>;
  attributes: ReadonlySet<string>;
  /**
   * The languages the page's elements are in: its <html lang> and every lang
   * attribute in its markup. When known, a selector that needs :lang() of
   * another language cannot match (an English page has no use for the
   * Chinese rules, and the other way round).
   */
  languages?: ReadonlySet<string>;
}

/**
 * Every class and attribute name in the markup, plus every word of the
 * scripts (a script may add any of them: `el.className = 'chart-tooltip'`,
 * `setAttribute('aria-sort', …)`, `hidden = true`).
 */
export function pageTokens(html: string, scripts: readonly string[] = [], pageLanguage?: string): PageTokens {
  const classes = new Set<string>();
  const attributes = new Set<string>();
  const languages = new Set<string>(pageLanguage ? [pageLanguage.toLowerCase()] : []);
  for (const tag of html.matchAll(/<[a-zA-Z][^\s/>]*((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    for (const a of (tag[1] ?? '').matchAll(/([^\s=>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = a[1]!.toLowerCase();
      attributes.add(name);
      if (name === 'class') for (const c of (a[2] ?? a[3] ?? a[4] ?? '').split(/\s+/)) if (c) classes.add(c);
      if (name === 'lang') languages.add((a[2] ?? a[3] ?? a[4] ?? '').toLowerCase());
    }
  }
  for (const script of scripts) {
    for (const word of script.matchAll(/[A-Za-z_][\w-]*/g)) {
      classes.add(word[0]);
      attributes.add(word[0].toLowerCase());
    }
  }
  return { classes, attributes, ...(pageLanguage !== undefined && { languages }) };
}

/** Whether an element in language `tag` matches :lang(`range`): the same tag, or one of its subtags (zh-CN for zh). */
function languageMatches(tag: string, range: string): boolean {
  return tag === range || tag.startsWith(`${range}-`);
}

/** Splits at top-level commas (not those inside :is(…), :has(…) or [attr="a,b"]). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Removes the argument of every :not(), :is(), :where() (and their -webkit-/-moz- any forms). */
function withoutForgivingArguments(selector: string): string {
  let out = '';
  const re = /:(?:not|is|where|matches|-webkit-any|-moz-any)\(/gi;
  let last = 0;
  for (let m = re.exec(selector); m; m = re.exec(selector)) {
    out += selector.slice(last, m.index);
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < selector.length && depth > 0; i++) {
      if (selector[i] === '(') depth++;
      else if (selector[i] === ')') depth--;
    }
    last = i;
    re.lastIndex = i;
  }
  return out + selector.slice(last);
}

const unescape = (name: string) => name.replace(/\\(.)/g, '$1');

/** Whether one selector (no top-level commas) can match something on the page. */
export function selectorCanMatch(selector: string, tokens: PageTokens): boolean {
  const plain = withoutForgivingArguments(selector).replace(/"[^"]*"|'[^']*'/g, '""');
  for (const m of plain.matchAll(/\.((?:[\w-]|\\.)+)/g)) if (!tokens.classes.has(unescape(m[1]!))) return false;
  for (const m of plain.matchAll(/\[\s*((?:[\w-]|\\.)+)/g)) if (!tokens.attributes.has(unescape(m[1]!).toLowerCase())) return false;
  const { languages } = tokens;
  if (languages) {
    for (const m of plain.matchAll(/:lang\(\s*([\w-]+)\s*\)/gi)) {
      const range = m[1]!.toLowerCase();
      if (![...languages].some((tag) => languageMatches(tag, range))) return false;
    }
  }
  return true;
}

/** Reads one rule or at-rule from `css` at `start`: its prelude and, if it has one, its block's inside. */
function readRule(css: string, start: number): { prelude: string; block: string | undefined; end: number } {
  let quote = '';
  let depth = 0;
  let parens = 0;
  let open = -1;
  for (let i = start; i < css.length; i++) {
    const ch = css[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      if (close < 0) throw new Error(`critical-css: unclosed comment at ${i}`);
      i = close + 1;
    } else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    else if (ch === ';' && depth === 0 && parens === 0) return { prelude: css.slice(start, i), block: undefined, end: i + 1 };
    else if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return { prelude: css.slice(start, open), block: css.slice(open + 1, i), end: i + 1 };
      if (depth < 0) throw new Error(`critical-css: unbalanced "}" at ${i}`);
    }
  }
  if (depth > 0) throw new Error('critical-css: a block is not closed');
  return { prelude: css.slice(start), block: undefined, end: css.length };
}

const GROUPING = /^@(media|container|supports|layer|scope|document|-moz-document)\b/i;

/** The rules of `css` that can match a page with these tokens, in their order, comments left out. */
export function criticalCss(css: string, tokens: PageTokens): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i]!)) i++;
    if (css.startsWith('/*', i)) {
      const close = css.indexOf('*/', i + 2);
      if (close < 0) throw new Error(`critical-css: unclosed comment at ${i}`);
      i = close + 2;
      continue;
    }
    if (i >= css.length) break;
    const { prelude, block, end } = readRule(css, i);
    i = end;
    const head = prelude.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    if (block === undefined) {
      if (head) out += `${head};`;
      continue;
    }
    if (head.startsWith('@')) {
      if (!GROUPING.test(head)) {
        out += `${head}{${block.trim()}}`;
        continue;
      }
      const inner = criticalCss(block, tokens);
      if (inner) out += `${head}{${inner}}`;
      continue;
    }
    const selectors = splitTopLevel(head, ',').map((s) => s.trim()).filter((s) => selectorCanMatch(s, tokens));
    if (selectors.length > 0) out += `${selectors.join(',')}{${block.trim()}}`;
  }
  return out;
}

/** The font family an @font-face block declares, unquoted. */
function declaredFamily(block: string): string | undefined {
  const m = /(?:^|;)\s*font-family\s*:\s*([^;]+)/i.exec(block);
  return m?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * `css` without the @font-face rules of families nothing asks for: a face is
 * kept when a declaration outside the @font-face rules, or the page's markup
 * or scripts, names its family (a font-family list, a style attribute). The
 * site's stylesheets declare faces for both languages; a page in one of them
 * keeps its own.
 */
export function withoutUnusedFontFaces(css: string, elsewhere: readonly string[] = []): string {
  const faces: { start: number; end: number; family: string | undefined }[] = [];
  let i = 0;
  while (i < css.length) {
    const { prelude, block, end } = readRule(css, i);
    if (/^\s*@font-face\b/i.test(prelude) && block !== undefined) faces.push({ start: i, end, family: declaredFamily(block) });
    i = end;
  }
  let rest = '';
  let at = 0;
  for (const face of faces) {
    rest += css.slice(at, face.start);
    at = face.end;
  }
  rest += css.slice(at);
  const askedFor = (family: string) => {
    const name = new RegExp(`(^|[\\s,:"'])${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s*(?:$|[,;!"'}]))`, 'i');
    return [rest, ...elsewhere].some((text) => name.test(text));
  };
  let out = '';
  at = 0;
  for (const face of faces) {
    out += css.slice(at, face.start);
    if (face.family === undefined || askedFor(face.family)) out += css.slice(face.start, face.end);
    at = face.end;
  }
  return out + css.slice(at);
}

/** The custom property names `text` reads with var(). */
function varReferences(text: string): string[] {
  return [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!);
}

/** Calls `visit` with each declaration list of `css` (the inside of every style rule, at any depth). */
function eachDeclarationBlock(css: string, visit: (block: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const { prelude, block, end } = readRule(css, i);
    i = end;
    const head = prelude.trim();
    if (block === undefined) {
      if (head) out += `${head};`;
    } else if (GROUPING.test(head)) {
      const inner = eachDeclarationBlock(block, visit);
      if (inner) out += `${head}{${inner}}`;
    } else if (head.startsWith('@')) {
      out += `${head}{${block}}`;
    } else {
      const kept = visit(block);
      if (kept) out += `${head}{${kept}}`;
    }
  }
  return out;
}

/**
 * `css` (criticalCss's output) without the custom properties nothing reads.
 * The palette declares every colour of every chart type, for light, dark
 * and print, and one embed's chart uses a few: a property is kept when a
 * kept declaration reads it with var() (followed through the properties
 * that read others: `--slot: var(--chart-1)`), or when the page's markup or
 * scripts name it at all (a style attribute, `style.setProperty`). A rule
 * whose declarations all go goes too.
 */
export function withoutUnusedCustomProperties(css: string, elsewhere: readonly string[] = []): string {
  const reads = new Map<string, Set<string>>();
  const used = new Set<string>(elsewhere.flatMap((text) => [...text.matchAll(/--[\w-]+/g)].map((m) => m[0])));
  eachDeclarationBlock(css, (block) => {
    for (const declaration of splitTopLevel(block, ';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      const refs = varReferences(declaration.slice(colon + 1));
      if (name.startsWith('--')) {
        const set = reads.get(name) ?? new Set<string>();
        refs.forEach((r) => set.add(r));
        reads.set(name, set);
      } else refs.forEach((r) => used.add(r));
    }
    return block;
  });
  const queue = [...used];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    for (const next of reads.get(name) ?? []) {
      if (!used.has(next)) {
        used.add(next);
        queue.push(next);
      }
    }
  }
  return eachDeclarationBlock(css, (block) =>
    splitTopLevel(block, ';')
      .filter((declaration) => {
        const name = declaration.slice(0, Math.max(0, declaration.indexOf(':'))).trim();
        return declaration.trim() !== '' && (!name.startsWith('--') || used.has(name));
      })
      .join(';'),
  );
}
