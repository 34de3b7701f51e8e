import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criticalCss, pageTokens, selectorCanMatch } from '../../../src/embed/critical-css.ts';

const tokens = (html: string, scripts: string[] = []) => pageTokens(html, scripts);

describe('criticalCss keeps the rules a page can use', () => {
  const page = tokens('<div class="chart-figure wide"><table class="ranking-table" data-sort-key="rank"><td class="num">1</td></table></div>');

  it('drops a rule whose class is nowhere on the page, keeps one whose classes all are', () => {
    expect(criticalCss('.chart-figure .wide{a:1}.waffle-cell{b:2}.chart-figure .waffle-cell{c:3}', page)).toBe('.chart-figure .wide{a:1}');
  });

  it('keeps only the selectors of a list that can match', () => {
    expect(criticalCss('.num,.slope,td{a:1}', page)).toBe('.num,td{a:1}');
  });

  it('reads attribute selectors by name, and keeps rules with no class or attribute', () => {
    expect(criticalCss('[data-sort-key=rank]{a:1}[data-explorer-ready]{b:2}:root{--x:1}*,:before{c:3}', page)).toBe('[data-sort-key=rank]{a:1}:root{--x:1}*,:before{c:3}');
  });

  it('does not drop a rule for a class named in :not(), :is() or :where()', () => {
    expect(criticalCss('.ranking-table td:not(.has-bar){a:1}:is(.x,.num){b:2}', page)).toBe('.ranking-table td:not(.has-bar){a:1}:is(.x,.num){b:2}');
  });

  it('drops a :has() rule whose inside is absent', () => {
    expect(criticalCss('.ranking-table:has(.missing){a:1}.ranking-table:has(td.num){b:2}', page)).toBe('.ranking-table:has(td.num){b:2}');
  });

  it('cuts inside @media and @container and drops a block left empty; keeps @font-face whole', () => {
    const css = '@font-face{font-family:X;src:local(Y)}@media print{.num{a:1}.slope{b:2}}@container (width<=480px){.waffle-cell{c:3}}';
    expect(criticalCss(css, page)).toBe('@font-face{font-family:X;src:local(Y)}@media print{.num{a:1}}');
  });

  it('counts classes and attributes a script adds', () => {
    const withScript = tokens('<p class="a"></p>', ['e.className="chart-tooltip";t.setAttribute("aria-sort","ascending")']);
    expect(criticalCss('.chart-tooltip{a:1}[aria-sort]{b:2}.other{c:3}', withScript)).toBe('.chart-tooltip{a:1}[aria-sort]{b:2}');
  });

  it('is not fooled by commas and braces in strings and comments', () => {
    expect(criticalCss('/* .slope{x:1} */.num:after{content:"a,b}"}', page)).toBe('.num:after{content:"a,b}"}');
    expect(selectorCanMatch('[data-sort-key="a.b"]', page)).toBe(true);
  });

  it('fails loudly on CSS it cannot read', () => {
    expect(() => criticalCss('.num{a:1', page)).toThrow(/not closed/);
    expect(() => criticalCss('/* open', page)).toThrow(/unclosed comment/);
  });

  it('keeps every rule of chart.css a page with all of its classes could use', () => {
    // chart.css read as the site ships it: with all its tokens present nothing may be lost but comments.
    const css = readFileSync('src/charts/chart.css', 'utf8');
    const everything = { classes: { has: () => true }, attributes: { has: () => true } } as unknown as ReturnType<typeof pageTokens>;
    const kept = criticalCss(css, everything);
    const strip = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
    expect(strip(kept)).toBe(strip(css));
  });
});
