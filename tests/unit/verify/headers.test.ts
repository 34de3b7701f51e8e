import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameableByAnySite, frameableByNone, headersFor, parseHeadersFile, patternToRegExp } from '../../../scripts/verify/headers-file.ts';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const EMBEDS = ['/embed/a-top50-scores/', '/embed/b-cbdc-map/'];
const OTHERS = ['/', '/charts/', '/data/', '/patents-2021/quality-index/', '/search/', '/404.html', '/embed.js'];

describe('public/_headers', () => {
  for (const host of ['cloudflare', 'netlify'] as const) {
    it(`lets any site frame embed pages and none frame the others (${host})`, () => {
      for (const path of EMBEDS) {
        const headers = headersFor(rules, path, host);
        expect(frameableByAnySite(headers), path).toBe(true);
        expect(frameableByNone(headers), path).toBe(false);
      }
      for (const path of OTHERS) expect(frameableByNone(headersFor(rules, path, host)), path).toBe(true);
    });

    it(`sends one frame-ancestors policy per page, never two that fight (${host})`, () => {
      for (const path of [...EMBEDS, ...OTHERS]) {
        const csp = headersFor(rules, path, host).get('content-security-policy') ?? '';
        expect(csp.split(',').length, `${path}: ${csp}`).toBe(1);
      }
    });

    it(`sends nosniff everywhere (${host})`, () => {
      for (const path of [...EMBEDS, ...OTHERS]) expect(headersFor(rules, path, host).get('x-content-type-options')).toBe('nosniff');
    });
  }
});

describe('reading a _headers file', () => {
  it('matches splats and placeholders', () => {
    expect(patternToRegExp('/embed/*').test('/embed/x/')).toBe(true);
    expect(patternToRegExp('/embed/*').test('/embed.js')).toBe(false);
    expect(patternToRegExp('/:report/:chapter/').test('/patents-2021/summary/')).toBe(true);
    expect(patternToRegExp('/:report/:chapter/').test('/a/b/c/')).toBe(false);
    expect(patternToRegExp('https://example.org/*').test('/x')).toBe(true);
  });

  it('joins (Cloudflare) or replaces (Netlify) a header two rules set', () => {
    const two = parseHeadersFile('/*\n  X-A: one\n/b/*\n  X-A: two\n');
    expect(headersFor(two, '/b/c', 'cloudflare').get('x-a')).toBe('one, two');
    expect(headersFor(two, '/b/c', 'netlify').get('x-a')).toBe('two');
    const detached = parseHeadersFile('/*\n  X-A: one\n/b/*\n  ! X-A\n');
    expect(headersFor(detached, '/b/c', 'cloudflare').has('x-a')).toBe(false);
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/_headers:1/);
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow(/_headers:2/);
  });
});
