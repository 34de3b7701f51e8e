import { describe, expect, test } from 'vitest';
import { cleanExcerpt, groupByReport, passagesOf, type PagefindPage } from '../../src/scripts/search-results.ts';

const page = (url: string, meta: Record<string, string>, subs: { title: string; url: string; hits: number; excerpt?: string }[] = []): PagefindPage => ({
  url,
  excerpt: `摘要 <mark>区块链</mark> #`,
  meta,
  sub_results: subs.map((s) => ({ title: s.title, url: s.url, excerpt: s.excerpt ?? `${s.title} <mark>区块链</mark>`, locations: Array.from({ length: s.hits }, (_, i) => i) })),
});

describe('cleanExcerpt', () => {
  test('drops permalink marks and the white space markup left, keeps <mark>', () => {
    expect(cleanExcerpt('二、专利质量# 中国的<mark>专利</mark>\n\n数量 #')).toBe('二、专利质量 中国的<mark>专利</mark> 数量');
    expect(cleanExcerpt('# Patent quality # The <mark>grant</mark> rate')).toBe('Patent quality The <mark>grant</mark> rate');
  });

  test('does not open on the punctuation of a sentence cut in the middle', () => {
    expect(cleanExcerpt('，而中国的<mark>专利</mark>数量')).toBe('而中国的<mark>专利</mark>数量');
    expect(cleanExcerpt('）。<mark>授权</mark>率')).toBe('<mark>授权</mark>率');
    expect(cleanExcerpt('). The <mark>grant</mark> rate')).toBe('The <mark>grant</mark> rate');
    expect(cleanExcerpt('“区块链”<mark>专利</mark>')).toBe('“区块链”<mark>专利</mark>');
  });

  test('leaves a # that belongs to a word alone', () => {
    expect(cleanExcerpt('issue #16 and C#7')).toBe('issue #16 and C#7');
  });
});

describe('passagesOf', () => {
  test('links to the sections with most hits, not to the top of the page', () => {
    const found = passagesOf(
      page('/a/', { title: '第一章' }, [
        { title: '第一章', url: '/a/', hits: 9 },
        { title: '甲节', url: '/a/#s1', hits: 1 },
        { title: '乙节', url: '/a/#s2', hits: 4 },
        { title: '丙节', url: '/a/#s3', hits: 4 },
        { title: '丁节', url: '/a/#s4', hits: 2 },
      ]),
    );
    expect(found.map((p) => p.url)).toEqual(['/a/#s2', '/a/#s3', '/a/#s4']);
  });

  test('falls back to the top of the page when no heading matched', () => {
    expect(passagesOf(page('/a/', { title: '第一章' }, [{ title: '第一章', url: '/a/', hits: 2 }])).map((p) => p.url)).toEqual(['/a/']);
    expect(passagesOf(page('/a/', { title: '第一章' }))).toEqual([{ title: '第一章', url: '/a/', excerpt: '摘要 <mark>区块链</mark>' }]);
  });
});

describe('groupByReport', () => {
  test('groups pages under their report, reports in letter order, pages in relevance order', () => {
    const groups = groupByReport(
      [
        page('/b1/', { title: 'B1', report: '报告B：趋势', reportLetter: 'B' }),
        page('/other/', { title: '数据' }),
        page('/a1/', { title: 'A1', report: '报告A：专利', reportLetter: 'A' }),
        page('/b2/', { title: 'B2', report: '报告B：趋势', reportLetter: 'B' }),
      ],
      '其他页面',
    );
    expect(groups.map((g) => [g.report, g.pages.map((p) => p.title)])).toEqual([
      ['报告A：专利', ['A1']],
      ['报告B：趋势', ['B1', 'B2']],
      ['其他页面', ['数据']],
    ]);
  });
});
