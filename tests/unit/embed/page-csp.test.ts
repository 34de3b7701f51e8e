import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embedPolicy } from '../../../src/embed/page-csp.ts';
import { cspFindings, inlineScriptProblem, parsePolicy } from '../../../scripts/verify/csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('embedPolicy', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = embedPolicy({ scripts: [script], styles: [style] });

  it('allows exactly its own inline script and style by hash', () => {
    const parsed = parsePolicy(policy);
    expect(inlineScriptProblem(parsed, script)).toBeUndefined();
    expect(inlineScriptProblem(parsed, 'console.log(2)')).toMatch(/no matching hash/);
    expect(parsed.get('style-src')).toEqual(["'self'", sha(style)]);
    expect(parsed.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('meets the site baseline the verify gate checks', () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script></body></html>`;
    expect(cspFindings(html)).toEqual([]);
    expect(parsePolicy(policy).get('default-src')).toEqual(["'none'"]);
  });
});
