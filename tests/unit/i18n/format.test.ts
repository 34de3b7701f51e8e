import { describe, expect, test } from 'vitest';
import {
  compareText,
  formatAuto,
  formatCompact,
  formatDate,
  formatList,
  formatNumber,
  formatPercent,
  formatTicks,
  formatTrimmed,
  formatValue,
  formatWan,
  formatYi,
  numberFormat,
  qualifierWord,
  unitWord,
  withUnit,
} from '../../../src/i18n/format.ts';

const T = '\u202F';

describe('zh-CN', () => {
  test('thin-space grouping from five digits, true minus, no negative zero', () => {
    expect(formatNumber(54900)).toBe(`54${T}900`);
    expect(formatNumber(1234567, 0, 'zh-CN')).toBe(`1${T}234${T}567`);
    expect(formatNumber(12345.678, 2)).toBe(`12${T}345.68`);
    expect(formatNumber(2057)).toBe('2057');
    expect(formatNumber(-2.5)).toBe('\u22123');
    expect(formatNumber(-12345)).toBe(`\u221212${T}345`);
    expect(formatNumber(-0.2)).toBe('0');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatTrimmed(5.5, 2)).toBe('5.5');
    expect(formatTrimmed(5, 2)).toBe('5');
  });
  test('万, 亿, percent and auto', () => {
    expect(formatWan(54900)).toBe('5.49万');
    expect(formatYi(4280000000)).toBe('42.8亿');
    expect(formatPercent(12.5, 1)).toBe('12.5%');
    expect(formatAuto(54900)).toBe(`54${T}900`);
    expect(formatAuto(549000)).toBe('54.9万');
    expect(formatValue(3, { unit: '件' })).toBe('3件');
    expect(formatTicks([0, 20000, 40000])).toEqual(['0', '2万', '4万']);
    expect(withUnit('综合得分', '分')).toBe('综合得分（分）');
  });
  test('compact, list and date from Intl', () => {
    expect(formatCompact(54900)).toBe('5.49万');
    expect(formatCompact(4280000000)).toBe('42.8亿');
    expect(formatList(['A', 'B', 'C'])).toBe('A、B和C');
    expect(formatDate(new Date(Date.UTC(2020, 11, 1)))).toBe('2020年12月1日');
  });
  test('qualifiers and unit words are locale data', () => {
    expect(qualifierWord('nearly')).toBe('近 ');
    expect(qualifierWord('exact')).toBe('');
    expect(unitWord('patent')).toBe('件');
  });
  test('collation follows pinyin', () => {
    expect(['张', '阿', '北'].sort((a, b) => compareText(a, b))).toEqual(['阿', '北', '张']);
  });
});

describe('en', () => {
  test("Intl's own symbols", () => {
    expect(formatNumber(54900, 0, 'en')).toBe('54,900');
    expect(formatNumber(2057, 0, 'en')).toBe('2,057');
    expect(formatNumber(-2.5, 0, 'en')).toBe('-3');
    expect(formatTrimmed(5.5, 2, 'en')).toBe('5.5');
    expect(formatTrimmed(5, 2, 'en')).toBe('5');
    expect(formatPercent(19, 0, 'en')).toBe('19%');
    expect(formatPercent(12.5, 1, 'en')).toBe('12.5%');
  });
  test('compact, list and date', () => {
    expect(formatCompact(54900, 'en')).toBe('54.9K');
    expect(formatCompact(4280000000, 'en')).toBe('4.28B');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatDate(new Date(Date.UTC(2020, 11, 1)), 'en')).toBe('December 1, 2020');
  });
});

test('one Intl formatter per locale and options', () => {
  expect(numberFormat('en', { notation: 'compact' })).toBe(numberFormat('en', { notation: 'compact' }));
  expect(numberFormat('en', { notation: 'compact' })).not.toBe(numberFormat('zh-CN', { notation: 'compact' }));
});
