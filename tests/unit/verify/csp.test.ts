import { describe, expect, it } from 'vitest';
import { cspFindings, cspHash, inlineScriptProblem, parsePolicy, policyFindings, scanHtml } from '../../../scripts/verify/csp.ts';
import { contentSecurityPolicy } from '../../../src/security/csp.ts';

const SCRIPT = 'console.log("hi")';
const GOOD_POLICY = `default-src 'none'; base-uri 'none'; object-src 'none'; script-src 'self' '${cspHash(SCRIPT)}'; style-src 'self'`;
const page = (policy: string | undefined, body: string) =>
  `<!doctype html><html lang="en"><head>${policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}<title>t</title></head><body>${body}</body></html>`;

describe('CSP hashes', () => {
  it('hashes the way browsers do (UTF-8, base64)', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('allows a listed script and refuses any other', () => {
    const policy = parsePolicy(GOOD_POLICY);
    expect(inlineScriptProblem(policy, SCRIPT)).toBeUndefined();
    expect(inlineScriptProblem(policy, `${SCRIPT};`)).toMatch(/no matching hash/);
    expect(inlineScriptProblem(parsePolicy("script-src 'self' 'unsafe-inline'"), SCRIPT)).toMatch(/unsafe-inline/);
  });
});

describe('scanning built HTML', () => {
  it('finds inline scripts, not external ones, data blocks or commented-out ones', () => {
    const html = page(GOOD_POLICY, `<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><!-- <script>x()</script> --><script type="module">${SCRIPT}</script>`);
    const report = scanHtml(html);
    expect(report.inlineScripts.map((s) => s.text)).toEqual([SCRIPT]);
    expect(report.meta).toBe(GOOD_POLICY);
    expect(report.metaFirst).toBe(true);
  });

  it('passes a page whose inline script is hashed', () => {
    expect(cspFindings(page(GOOD_POLICY, `<script>${SCRIPT}</script>`))).toEqual([]);
  });

  it('reports a page without a policy, an unhashed script and a policy that comes too late', () => {
    expect(cspFindings(page(undefined, `<script>${SCRIPT}</script>`)).map((f) => f.rule)).toEqual(['csp-meta', 'csp-inline-script']);
    expect(cspFindings(page(GOOD_POLICY, '<script>alert(1)</script>')).map((f) => f.rule)).toEqual(['csp-inline-script']);
    const late = `<html><head><style>a{}</style><meta http-equiv="content-security-policy" content="${GOOD_POLICY}"></head></html>`;
    expect(cspFindings(late).map((f) => f.rule)).toEqual(['csp-meta-order']);
  });

  it('reads a policy whose quotes are written as entities', () => {
    expect(scanHtml(`<meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;">`).meta).toBe("script-src 'self'");
  });
});

describe('the baseline a policy must meet', () => {
  it('refuses other origins, eval, unhashed inline script and framing rules in a meta', () => {
    const rules = (p: string) => policyFindings(parsePolicy(p)).map((f) => f.message);
    expect(rules(GOOD_POLICY)).toEqual([]);
    expect(rules(`${GOOD_POLICY}; img-src https://cdn.example.org`).join()).toMatch(/another origin/);
    expect(rules(`${GOOD_POLICY}; connect-src *`).join()).toMatch(/another origin/);
    expect(rules("default-src 'none'; base-uri 'none'; script-src 'self' 'unsafe-eval'").join()).toMatch(/unsafe-eval/);
    expect(rules("default-src 'none'; base-uri 'none'; script-src 'unsafe-inline'").join()).toMatch(/unsafe-inline/);
    expect(rules(`${GOOD_POLICY}; frame-ancestors 'none'`).join()).toMatch(/frame-ancestors/);
    expect(rules("script-src 'self'").join()).toMatch(/default-src/);
  });

  it('is met by the site policy in src/security/csp.ts as Astro renders it', () => {
    const c = contentSecurityPolicy;
    const scriptSources = (c.scriptDirective?.resources ?? []).map((r) => (typeof r === 'string' ? r : r.resource));
    const rendered = [...(c.directives ?? []), `script-src ${scriptSources.join(' ')} '${cspHash(SCRIPT)}'`, "style-src 'self'", "style-src-attr 'unsafe-inline'"].join('; ');
    expect(policyFindings(parsePolicy(rendered))).toEqual([]);
  });
});
