/**
 * The `_headers` file of Netlify and Cloudflare Pages (public/_headers, copied
 * to dist/_headers): parsed, and resolved for a path the way each host does.
 *
 * The two hosts differ where several rules match one path:
 * - Cloudflare Pages applies every matching rule in file order; a header set
 *   twice is joined with ", ", and `! Name` detaches what earlier rules set.
 * - Netlify applies every matching rule in file order with the later rule's
 *   value replacing the earlier one; it skips `! Name` lines (no colon).
 * The site's file is written so both read it the same; the unit tests check that.
 */

export interface HeaderRule {
  /** The path pattern as written: `/embed/*`, `/:report/:chapter/`. */
  pattern: string;
  matcher: RegExp;
  /** `Name: value` lines, in order (names as written). */
  set: [name: string, value: string][];
  /** `! Name` lines (Cloudflare only). */
  detach: string[];
  /** 1-based line of the pattern, for messages. */
  line: number;
}

export type HostSemantics = 'cloudflare' | 'netlify';

/** Regular expression for a `_headers` path pattern: `*` is a splat, `:name` one segment. */
export function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https?:\/\/[^/]+/, '');
  let source = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '*') source += '.*';
    else if (ch === ':' && /[A-Za-z_]/.test(path[i + 1] ?? '')) {
      while (/\w/.test(path[i + 1] ?? '')) i++;
      source += '[^/]+';
    } else source += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Parses a `_headers` file; throws on a line it cannot read, naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(line);
    if (!indented) {
      if (!trimmed.startsWith('/') && !/^https:\/\//.test(trimmed)) {
        throw new Error(`_headers:${index + 1}: a rule must start with a path (/…), got "${trimmed}"`);
      }
      rules.push({ pattern: trimmed, matcher: patternToRegExp(trimmed), set: [], detach: [], line: index + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${index + 1}: header before any path`);
    if (trimmed.startsWith('!')) {
      rule.detach.push(trimmed.slice(1).trim());
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`_headers:${index + 1}: expected "Name: value", got "${trimmed}"`);
    const value = trimmed.slice(colon + 1).trim();
    if (value === '') throw new Error(`_headers:${index + 1}: empty value`);
    rule.set.push([trimmed.slice(0, colon).trim(), value]);
  });
  return rules;
}

/** The headers a host sends for `path` (names lower-cased). */
export function headersFor(rules: readonly HeaderRule[], path: string, host: HostSemantics): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.matcher.test(path)) continue;
    if (host === 'cloudflare') {
      for (const name of rule.detach) out.delete(name.toLowerCase());
      for (const [name, value] of rule.set) {
        const key = name.toLowerCase();
        const before = out.get(key);
        out.set(key, before === undefined ? value : `${before}, ${value}`);
      }
    } else {
      // Netlify: within one rule repeated names join; across rules the later wins.
      const own = new Map<string, string>();
      for (const [name, value] of rule.set) {
        const key = name.toLowerCase();
        const before = own.get(key);
        own.set(key, before === undefined ? value : `${before}, ${value}`);
      }
      for (const [key, value] of own) out.set(key, value);
    }
  }
  return out;
}

/**
 * The `frame-ancestors` source lists in a CSP header value, one per policy
 * that has the directive (a header joined with ", " holds several policies,
 * and the browser enforces each). `undefined` when no policy restricts framing.
 */
export function frameAncestors(cspHeader: string | undefined): string[][] | undefined {
  if (cspHeader === undefined) return undefined;
  const lists: string[][] = [];
  for (const policy of cspHeader.split(',')) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name?.toLowerCase() === 'frame-ancestors') lists.push(sources);
    }
  }
  return lists.length > 0 ? lists : undefined;
}

/** Whether a page with these headers may be framed by any other site. */
export function frameableByAnySite(headers: ReadonlyMap<string, string>): boolean {
  if (headers.has('x-frame-options')) return false;
  const lists = frameAncestors(headers.get('content-security-policy'));
  if (!lists) return true;
  return lists.every((sources) => sources.includes('*') || (sources.includes('https:') && sources.includes('http:')));
}

/** Whether a page with these headers refuses every framing (including its own site's). */
export function frameableByNone(headers: ReadonlyMap<string, string>): boolean {
  const lists = frameAncestors(headers.get('content-security-policy'));
  if (lists?.some((sources) => sources.length === 1 && sources[0] === "'none'")) return true;
  return headers.get('x-frame-options')?.toUpperCase() === 'DENY';
}
