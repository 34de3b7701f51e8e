import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criticalCss, pageTokens, selectorCanMatch, withoutUnusedFontFaces } from '../../../src/embed/critical-css.ts';

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

describe('a page in one language', () => {
  const zh = pageTokens('<main class="embed-main"><p class="figure-source">来源</p></main>', [], 'zh-CN');

  it('drops the rules that need :lang() of another language, keeps its own', () => {
    const css = ':lang(en) .figure-source{a:1}:root:lang(zh){b:2}:lang(zh-CN) p{c:3}:root:lang(zh-TW){d:4}';
    expect(criticalCss(css, zh)).toBe(':root:lang(zh){b:2}:lang(zh-CN) p{c:3}');
  });

  it('keeps a :lang() rule for a language an element of the page is marked in', () => {
    const en = pageTokens('<main><td>Ruice (<span lang="zh-CN">瑞策科技</span>)</td></main>', [], 'en');
    expect(criticalCss(':root:lang(zh){b:2}:lang(en) td{a:1}:lang(fr){c:3}', en)).toBe(':root:lang(zh){b:2}:lang(en) td{a:1}');
  });

  it('decides nothing by language when the page language is not given', () => {
    expect(criticalCss(':lang(en) p{a:1}', pageTokens('<p></p>'))).toBe(':lang(en) p{a:1}');
  });
});

describe('withoutUnusedFontFaces', () => {
  const faces = "@font-face{font-family:Latin Quotes;src:local(Arial)}@font-face{font-family:'Other Face';src:local(X)}";

  it('drops a face no font-family names, keeps one a rule or the markup names', () => {
    expect(withoutUnusedFontFaces(`${faces}body{font-family:Latin Quotes,sans-serif}`)).toBe('@font-face{font-family:Latin Quotes;src:local(Arial)}body{font-family:Latin Quotes,sans-serif}');
    expect(withoutUnusedFontFaces(`${faces}body{font-family:sans-serif}`, ['<p style="font-family:\'Other Face\'">'])).toBe("@font-face{font-family:'Other Face';src:local(X)}body{font-family:sans-serif}");
  });

  it('does not count a face as asked for by a longer name that contains it', () => {
    expect(withoutUnusedFontFaces(`${faces}p{font-family:Latin Quotes Pro}`)).toBe('p{font-family:Latin Quotes Pro}');
  });

  it('looks inside @media for the rules that name a face', () => {
    expect(withoutUnusedFontFaces(`${faces}@media print{p{font-family:Other Face}}`)).toBe("@font-face{font-family:'Other Face';src:local(X)}@media print{p{font-family:Other Face}}");
  });
});
