import { describe, expect, test } from 'vitest';
import { boundShare, countFigures } from '../../../scripts/verify/figures-gate.ts';

const fig = (text: string, value: number) => `<a class="fig" href="/data/patents-2021/top50/#top50-1"><data value="${value}">${text}</data></a>`;
const page = (body: string) => `<!doctype html><html lang="zh-CN"><body><nav><p>第 3 页 42 个</p></nav><article><section>${body}</section></article></body></html>`;

describe('the figures gate', () => {
  test('a chapter whose figures are all bound passes, dates and references aside', () => {
    const count = countFigures(page(`<h2>2020 年的 ${fig('5.49万件', 54900)}</h2><p>2015 年 1 月至 2021 年 6 月，共 ${fig('5.49万件', 54900)}（表 2、图 3），见第 2 章；TOP50 与 5G。</p>`), 'zh-CN');
    expect(count).toEqual({ bound: 2, unbound: [] });
  });

  test('a hand-typed number fails, with its block, position and context', () => {
    const count = countFigures(page(`<p>共有 ${fig('30 家', 30)}中国公司，另有 12 家美国公司。</p>`), 'zh-CN');
    expect(count.bound).toBe(1);
    expect(count.unbound).toEqual([{ number: '12', context: '共有 […]中国公司，另有 12 家美国公司。', offset: 12, block: 'p' }]);
    expect(boundShare({ bound: count.bound, unbound: count.unbound.length })).toBe('bound 1 of 2 figures in chapter prose (50.0%)');
  });

  test('a <data> without a link to its row is not bound', () => {
    expect(countFigures(page('<p>共 <data value="7">7 家</data></p>'), 'zh-CN').unbound.map((f) => f.number)).toEqual(['7']);
  });

  test('English years stand alone, but a four-digit Chinese count is a figure', () => {
    expect(countFigures(page('<p>From January 2015 to June 30, 2021, see Figures 3, 4, and 13 and section 1.1.</p>'), 'en').unbound).toEqual([]);
    expect(countFigures(page('<p>共 2057件</p>'), 'zh-CN').unbound.map((f) => f.number)).toEqual(['2057']);
    expect(countFigures(page('<p>It has 54,900 patents and 19.2% of them.</p>'), 'en').unbound.map((f) => f.number)).toEqual(['54,900', '19.2']);
  });

  test('chapter ordinals are not figures, but a number opening a sentence is', () => {
    expect(countFigures(page('<ul><li>1. The landscape</li></ul><h2>Opportunity 2: Data</h2>'), 'en').unbound).toEqual([]);
    expect(countFigures(page('<p>12 companies filed.</p>'), 'en').unbound.map((f) => f.number)).toEqual(['12']);
  });

  test('names with digits and settings of the site\u2019s own method are not figures', () => {
    expect(countFigures(page('<p>01 Think Tank and 33.cn (Fuzamei) used <data value="2000" data-setting="">2,000</data> resamples.</p>'), 'en')).toEqual({ bound: 0, unbound: [] });
  });

  test('charts, tables and the page shell are not prose', () => {
    const html = page('<figure class="chart-figure"><figcaption>图 1 共 5 家</figcaption></figure><table><tr><td>12</td></tr></table><svg><text>99</text></svg>');
    expect(countFigures(html, 'zh-CN')).toEqual({ bound: 0, unbound: [] });
  });
});
