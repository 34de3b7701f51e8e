import { describe, expect, test } from 'vitest';
import { html, joinProse, proseSpeaker, withoutFigureLinks } from '../../../src/data/prose.ts';
import { say } from '../../../src/data/say.ts';
import { META } from '../../../src/reports/patents-2021/meta.ts';
import { countryFigure, industryRows, statedFigure } from '../../../src/reports/patents-2021/queries.ts';

const zh = proseSpeaker('zh-CN', META);
const en = proseSpeaker('en', META.in('en'));
const world = countryFigure(null, 'applications')!;

describe('figures in prose are bound to their rows', () => {
  test('say() writes the same words inside a <data> that links to the row', () => {
    const markup = String(zh.say(world));
    expect(markup).toBe(
      `<a class="fig" href="/data/patents-2021/country-comparison/#country-comparison-world-applications" data-source="报告A · 第一章1. · 图1" data-printed="${world.value_text}">` +
        `<data value="${world.value}" data-ref="patents-2021/country-comparison#country-comparison-world-applications">${say(world)}</data></a>`,
    );
  });

  test('the English edition links to the English dataset page and marks the Chinese printed form', () => {
    const markup = String(en.say(world));
    expect(markup).toContain('href="/en/data/patents-2021/country-comparison/#country-comparison-world-applications"');
    expect(markup).toContain('data-source="Report A · Section 1.1 · Figure 1"');
    expect(markup).toContain('data-printed-lang="zh-CN"');
    expect(markup).toContain(`>${say(world, 'en')}</data>`);
  });

  test('a table cell keeps the chapter\u2019s words and the unrounded value', () => {
    const finance = industryRows()[0]!;
    const markup = String(en.cell(finance, 'granted', `${finance.granted} patents`));
    expect(markup).toContain(`<data value="${finance.granted}"`);
    expect(markup).toContain(`>${finance.granted} patents</data>`);
    expect(markup).toContain(`data-printed="${finance.granted}"`);
  });

  test('a computed value carries one quiet mark, its derivation and the rows it comes from', () => {
    const [a, b] = industryRows();
    const sum = a!.granted + b!.granted;
    const markup = String(zh.sayDerived(sum, 'patent', 0, { how: 'sum', from: [a!, b!] }));
    expect(markup).toContain('class="fig fig-derived"');
    expect(markup).toContain('data-how="把所引各项相加"');
    expect(markup).toContain('data-source="报告A · 第三章 · 表3"');
    expect(markup).not.toContain('data-printed=');
    expect(markup.match(/<sup class="fig-mark" aria-hidden="true">†<\/sup>/gu)).toHaveLength(1);
    expect(markup).toContain('<span class="visually-hidden">（本站计算）</span>');
    expect(() => zh.sayDerived(1, 'patent', 0, { how: 'sum', from: [] })).toThrow(/rows it is computed from/u);
  });

  test('a value that is not a loaded row is refused', () => {
    expect(() => zh.say({ value: 5, unit: 'company', qualifier: 'exact', value_text: '5家' })).toThrow(/not a row loaded from data/u);
  });

  test('html`` escapes text and keeps figures', () => {
    const figure = zh.say(statedFigure('policy_backbone_target_low'));
    const sentence = String(html`A < B ${'&'} ${figure}`);
    expect(sentence.startsWith('A &lt; B &amp; <a class="fig"')).toBe(true);
    expect(String(joinProse(['x<', figure], '、'))).toMatch(/^x&lt;、<a class="fig"/u);
  });
});

describe('withoutFigureLinks', () => {
  test('drops a figure’s link and derived mark, keeps its <data> and other markup', () => {
    const heading = '怎样打分：<a class="fig fig-derived" href="/data/x/#x-1"><data value="5">5</data><sup class="fig-mark" aria-hidden="true">†</sup><span class="visually-hidden">（本站计算）</span></a>个维度，<span lang="en">TOP50</span>';
    expect(withoutFigureLinks(heading)).toBe('怎样打分：<data value="5">5</data>个维度，<span lang="en">TOP50</span>');
  });
});
