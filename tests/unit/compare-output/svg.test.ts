import { describe, expect, it } from 'vitest';
import { pageSvgs, svgFile } from '../../../scripts/compare-output/svg.ts';

const page = (svg: string) => `<!doctype html><html><body><figure>${svg}</figure></body></html>`;

describe('inline SVG normalisation', () => {
  it('writes one line per element with attributes sorted and whitespace collapsed', () => {
    const lines = pageSvgs(page('<svg viewBox="0 0 10 10" id="c1"><g>\n  <rect y="2" x="1"  width="3"/>\n<text x="1">  A   label </text></g></svg>'));
    expect(lines).toEqual([
      '== svg 1 #c1',
      '<svg id="c1" viewBox="0 0 10 10">',
      '  <g>',
      '    <rect width="3" x="1" y="2">',
      '    <text x="1">',
      '      A label',
    ]);
  });

  it('ignores attribute order, whitespace in path data and Astro scoped-style ids', () => {
    const a = page('<svg data-astro-cid-abc123 viewBox="0 0 1 1"><path d="M0 0  L1 1" fill="red"/></svg>');
    const b = page('<svg viewBox="0 0 1 1" data-astro-cid-zzz999><path fill="red" d="M0 0 L1 1"></path></svg>');
    expect(pageSvgs(a)).toEqual(pageSvgs(b));
  });

  it('keeps numbers as printed, so a moved mark is a difference', () => {
    expect(pageSvgs(page('<svg><rect x="1.5"/></svg>'))).not.toEqual(pageSvgs(page('<svg><rect x="1.50"/></svg>')));
  });

  it('lists each outermost svg of a page, nested ones inside their parent', () => {
    const lines = pageSvgs(page('<svg aria-label="one"><svg x="1"></svg></svg><p>x</p><svg></svg>'));
    expect(lines.filter((l) => l.startsWith('=='))).toEqual(['== svg 1 (one)', '== svg 2']);
    expect(lines).toContain('  <svg x="1">');
  });

  it('normalises a standalone SVG file the same way', () => {
    const file = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2"><rect height="1" width="1"/></svg>\n';
    expect(svgFile(file)).toEqual(['<svg width="2" xmlns="http://www.w3.org/2000/svg">', '  <rect height="1" width="1">']);
  });
});
