import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/data/columns.ts';
import { rowRules, type Row } from '../../../src/data/row-rules.ts';

const text: ColumnMeta = { type: 'string', required: true };
const problems = (columns: Record<string, ColumnMeta>, row: Row) => rowRules(columns).map((rule) => rule(row)).filter(Boolean);

describe('row rules', () => {
  const country = { country_code: { ...text, format: 'ISO 3166-1 alpha-2' }, country_en: text, country_zh: text };
  it('hold a country code to the names beside it', () => {
    expect(problems(country, { country_code: 'VE', country_en: 'Venezuela', country_zh: '委内瑞拉' })).toEqual([]);
    expect(problems(country, { country_code: 'VN', country_en: 'Venezuela', country_zh: '委内瑞拉' })).toEqual([{ column: 'country_code', reason: 'Venezuela is VE, not VN (Vietnam)' }]);
    // A name the list does not know passes when the other one matches.
    expect(problems(country, { country_code: 'SA', country_en: 'Saudi Arabia', country_zh: '沙特' })).toEqual([]);
  });

  it('hold a province code to its English name', () => {
    const region = { region_code: { ...text, format: 'ISO 3166-2:CN' }, region_en: text };
    expect(problems(region, { region_code: 'CN-GX', region_en: 'Guangxi Zhuang Autonomous Region' })).toEqual([]);
    expect(problems(region, { region_code: 'CN-GD', region_en: 'Guizhou' })).toEqual([{ column: 'region_code', reason: 'CN-GD is Guangdong, not Guizhou' }]);
  });

  it('hold a printed figure, its value and its qualifier together', () => {
    const figure = { value: { type: 'number', required: true } as ColumnMeta, value_text: text, qualifier: text, unit: text };
    expect(problems(figure, { value: 54900, value_text: '5.49万件', qualifier: 'exact', unit: 'patent' })).toEqual([]);
    expect(problems(figure, { value: 90, value_text: '超过9成', qualifier: 'over', unit: 'percent' })).toEqual([]);
    expect(problems(figure, { value: 7800, value_text: '近7800家', qualifier: 'exact', unit: 'company' })).toEqual([
      { column: 'qualifier', reason: 'the printed figure "近7800家" (value_text) opens with a word of nearly' },
    ]);
    expect(problems(figure, { value: 5490, value_text: '5.49万件', qualifier: 'exact', unit: 'patent' })).toEqual([
      { column: 'value', reason: 'the printed figure "5.49万件" (value_text) does not say 5490' },
    ]);
    expect(problems(figure, { value: 143, value_text: '143%', qualifier: 'exact', unit: 'percent' })).toEqual([
      { column: 'value', reason: 'a percentage must lie between 0 and 100 (its unit cell says percent)' },
    ]);
  });
});
