import { reportMeta } from '../../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import { chapterRunningTitle, cssString, isPageName, marginBoxCss, printedAddress, reportRunningTitle, styleHash } from '../../../src/print/page-css.ts';

describe('cssString', () => {
  it('quotes plain text, CJK included, as it is', () => {
    expect(cssString('报告A · 2021年区块链专利质量发展报告')).toBe('"报告A · 2021年区块链专利质量发展报告"');
  });
  it('escapes quotes and backslashes so the string cannot end early', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
  it('escapes < and > so the text can never close its <style> element', () => {
    const css = cssString('</style><script>alert(1)</script>');
    expect(css).not.toMatch(/[<>]/);
    expect(css).toBe('"\\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E "');
  });
  it('escapes newlines and other control characters as hex escapes', () => {
    expect(cssString('一\n二\t三')).toBe('"一\\A 二\\9 三"');
  });
});

describe('marginBoxCss', () => {
  it('puts the report top left and the chapter top right', () => {
    expect(marginBoxCss({ report: '报告 A · 甲', chapter: '一　乙' })).toBe('@page { @top-left { content: "报告 A · 甲"; } @top-right { content: "一　乙"; } }');
  });
  it('leaves the top right empty without a chapter, and adds the address at the foot when there is one', () => {
    const css = marginBoxCss({ report: 'R', address: 'https://example.org/a/' });
    expect(css).toContain('@top-right { content: none; }');
    expect(css).toContain('@bottom-left { content: "Ledger Atlas区块链数据图集　https://example.org/a/"; }');
  });
  it('scopes the rules to a named page, and refuses names that are not identifiers', () => {
    expect(marginBoxCss({ report: 'R', chapter: 'C' }, 'chapter-summary')).toMatch(/^@page chapter-summary \{/);
    expect(() => marginBoxCss({ report: 'R' }, 'x; } body { color: red')).toThrow(/page name/);
    expect(isPageName('chapter-global-quality')).toBe(true);
    expect(isPageName('1x')).toBe(false);
  });
  it('hashes the CSS as a CSP source (SHA-256, base64)', () => {
    // echo -n 'a' | openssl dgst -sha256 -binary | base64
    expect(styleHash('a')).toBe('sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs=');
  });
});

describe('running titles and the printed address', () => {
  it('names the report by letter and title, and the chapter with its number when it has one', () => {
    expect(reportRunningTitle(reportMeta('patents-2021'))).toBe('报告A · 2021年区块链专利质量发展报告');
    expect(chapterRunningTitle({ number: '一', title: '全球区块链专利质量' })).toBe('一　全球区块链专利质量');
    expect(chapterRunningTitle({ number: '', title: '序言' })).toBe('序言');
  });
  it('prints a public address, but not the address of a local build', () => {
    expect(printedAddress(new URL('https://atlas.example.org/patents-2021/summary/'))).toBe('https://atlas.example.org/patents-2021/summary/');
    expect(printedAddress(new URL('http://localhost:4321/patents-2021/summary/'))).toBeUndefined();
    expect(printedAddress(new URL('http://127.0.0.1:4333/x/'))).toBeUndefined();
  });
});
