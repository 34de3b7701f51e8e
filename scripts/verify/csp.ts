/**
 * Reading a page's Content-Security-Policy and checking that every inline
 * script it holds is allowed by hash. Used by the verify gate (on the DOM),
 * by the security e2e test (on the built HTML) and by the unit tests.
 */
import { createHash } from 'node:crypto';

/** Directive name → sources, as the browser reads one policy (first occurrence of a name wins). */
export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** The sources that govern inline `<script>` elements. */
export function scriptElementSources(policy: Policy): readonly string[] | undefined {
  return policy.get('script-src-elem') ?? policy.get('script-src') ?? policy.get('default-src');
}

const ALGORITHMS = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' } as const;

/** `sha256-…` of a script's source text, as CSP hashes it (UTF-8, base64). */
export function cspHash(text: string, algorithm: keyof typeof ALGORITHMS = 'sha256'): string {
  return `${algorithm}-${createHash(ALGORITHMS[algorithm]).update(text, 'utf8').digest('base64')}`;
}

/**
 * Whether the policy lets this inline script run, and why not. A policy with
 * 'unsafe-inline' and no hash or nonce would allow any inline script: that is
 * reported as a problem of its own.
 */
export function inlineScriptProblem(policy: Policy, text: string): string | undefined {
  const sources = scriptElementSources(policy);
  if (!sources) return 'the policy has no script-src (or default-src): inline scripts are not restricted';
  const quoted = sources.map((s) => s.toLowerCase());
  const hasHashOrNonce = sources.some((s) => /^'(sha(256|384|512)-|nonce-)/i.test(s));
  if (quoted.includes("'unsafe-inline'") && !hasHashOrNonce) return "script-src allows 'unsafe-inline' without a hash: any inline script would run";
  const allowed = (['sha256', 'sha384', 'sha512'] as const).some((alg) => sources.includes(`'${cspHash(text, alg)}'`));
  return allowed ? undefined : `no matching hash in script-src (this script's is '${cspHash(text)}')`;
}

/** Script `type`s that run as script (and so fall under script-src). Others are data blocks. */
export function isExecutableScriptType(type: string | null | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  if (t === '' || t === 'module' || t === 'importmap' || t === 'speculationrules') return true;
  return /^(text|application)\/(x-)?(java|ecma)script$|^text\/(javascript1\.[0-5]|jscript|livescript)$/.test(t);
}

export interface InlineScript {
  /** 1-based line of the `<script>` tag in the file. */
  line: number;
  type: string | undefined;
  text: string;
}

export interface StaticCspReport {
  /** The policy in `<meta http-equiv="content-security-policy">`, if any. */
  meta: string | undefined;
  /** How many such metas (more than one is allowed but confusing). */
  metaCount: number;
  /** Whether the first CSP meta comes before the first script and style element. */
  metaFirst: boolean;
  inlineScripts: InlineScript[];
}

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : tag.match(new RegExp(`\\s${name}(?=[\\s>/])`, 'i')) ? '' : undefined;
};

const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|apos|lt|gt);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[lower] ?? _;
  });

/**
 * Finds the CSP meta and the inline executable scripts of a built HTML file.
 * A light tokenizer, enough for generated HTML: comments are skipped, and a
 * script's text runs to the first `</script` as the HTML parser reads it.
 */
export function scanHtml(html: string): StaticCspReport {
  const lineAt = (index: number) => html.slice(0, index).split('\n').length;
  const inlineScripts: InlineScript[] = [];
  const metas: { index: number; content: string }[] = [];
  let firstScriptOrStyle = Infinity;
  const token = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<meta\b[^>]*>/gi;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const whole = m[0];
    if (whole.startsWith('<!--')) continue;
    if (m[1]) {
      firstScriptOrStyle = Math.min(firstScriptOrStyle, m.index);
      if (m[1].toLowerCase() !== 'script') continue;
      const attrs = ` ${m[2] ?? ''}`;
      if (attr(attrs, 'src') !== undefined) continue;
      const type = attr(attrs, 'type');
      if (!isExecutableScriptType(type)) continue;
      inlineScripts.push({ line: lineAt(m.index), type, text: m[3] ?? '' });
      continue;
    }
    if (attr(whole, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      metas.push({ index: m.index, content: decodeEntities(attr(whole, 'content') ?? '') });
    }
  }
  const first = metas[0];
  return {
    meta: first?.content,
    metaCount: metas.length,
    metaFirst: first !== undefined && first.index < firstScriptOrStyle,
    inlineScripts,
  };
}

export interface CspFinding {
  where: string;
  rule: string;
  message: string;
}

/** Every CSP problem of one built HTML file (the e2e test and the unit tests use this). */
export function cspFindings(html: string): CspFinding[] {
  const report = scanHtml(html);
  const findings: CspFinding[] = [];
  if (report.meta === undefined) {
    findings.push({ where: '<head>', rule: 'csp-meta', message: 'no <meta http-equiv="content-security-policy">' });
    for (const s of report.inlineScripts) {
      findings.push({ where: `line ${s.line}`, rule: 'csp-inline-script', message: `inline script with no policy to allow it ('${cspHash(s.text)}')` });
    }
    return findings;
  }
  if (!report.metaFirst) findings.push({ where: '<head>', rule: 'csp-meta-order', message: 'the CSP meta comes after a script or style element, which it then does not cover' });
  const policy = parsePolicy(report.meta);
  findings.push(...policyFindings(policy));
  for (const s of report.inlineScripts) {
    const problem = inlineScriptProblem(policy, s.text);
    if (problem) findings.push({ where: `line ${s.line}`, rule: 'csp-inline-script', message: problem });
  }
  return findings;
}

/**
 * The baseline every page's policy must meet: nothing from another origin,
 * no inline script without a hash, no eval, no plugins, no <base> hijack.
 */
export function policyFindings(policy: Policy): CspFinding[] {
  const findings: CspFinding[] = [];
  const bad = (directive: string, message: string) => findings.push({ where: 'CSP meta', rule: 'csp-baseline', message: `${directive}: ${message}` });
  if (!policy.has('default-src')) bad('default-src', 'missing (everything not named would be allowed)');
  for (const [name, sources] of policy) {
    for (const source of sources) {
      const s = source.toLowerCase();
      const isKeyword = s.startsWith("'");
      const isLocalScheme = s === 'data:' || s === 'blob:';
      if (!isKeyword && !isLocalScheme) bad(name, `allows "${source}" (another origin or scheme)`);
      if (s === "'unsafe-eval'") bad(name, "allows 'unsafe-eval'");
      if (s === "'unsafe-inline'" && (name === 'script-src' || name === 'script-src-elem' || name === 'default-src')) {
        if (!sources.some((x) => /^'(sha(256|384|512)-|nonce-)/i.test(x))) bad(name, "allows 'unsafe-inline'");
      }
      if (s === 'data:' && /^(script-src|script-src-elem|default-src|object-src|frame-src|worker-src)$/.test(name)) bad(name, 'allows data: (a way to run script)');
    }
  }
  const scriptSources = scriptElementSources(policy);
  if (scriptSources?.some((s) => s.toLowerCase() === "'unsafe-hashes'")) bad('script-src', "allows 'unsafe-hashes' (inline event handlers)");
  const attrSources = policy.get('script-src-attr');
  if (attrSources?.some((s) => s.toLowerCase() === "'unsafe-inline'")) bad('script-src-attr', "allows 'unsafe-inline' (inline event handlers)");
  const objectSources = policy.get('object-src') ?? policy.get('default-src');
  if (objectSources && !(objectSources.length === 1 && objectSources[0] === "'none'")) bad('object-src', "should be 'none'");
  if (!policy.has('base-uri')) bad('base-uri', "missing (a <base> tag could redirect relative script URLs); use 'none' or 'self'");
  if (policy.has('frame-ancestors')) bad('frame-ancestors', 'ignored in a <meta> policy (and logged as a console error); set it in public/_headers');
  return findings;
}
