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
  formatLogTicks,
  formatValue,
  formatWan,
  formatYi,
  numberFormat,
  qualifierWord,
  unitWord,
  withUnit,
  withUnitWord,
} from '../../../src/i18n/format.ts';
import { formatDatesIn, formatPeriod } from '../../../src/i18n/dates.ts';

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
    expect(qualifierWord('nearly')).toBe('近');
    expect(qualifierWord('exact')).toBe('');
    expect(unitWord('patent')).toBe('件');
  });
  test('collation follows pinyin', () => {
    expect(['张', '阿', '北'].sort((a, b) => compareText(a, b))).toEqual(['阿', '北', '张']);
  });
});

describe('en', () => {
  test('grouped with commas from four digits, the true minus sign', () => {
    expect(formatNumber(54900, 0, 'en')).toBe('54,900');
    expect(formatNumber(2057, 0, 'en')).toBe('2,057');
    expect(formatNumber(-2.5, 0, 'en')).toBe('\u22123');
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
  test('what the reports print in万and亿reads in full, in millions or in billions, with every printed digit kept', () => {
    expect(formatWan(54900, 2, 'en')).toBe('54,900');
    expect(formatWan(3300, 2, 'en')).toBe('3,300');
    expect(formatWan(1.2e6, 2, 'en')).toBe('1.2 million');
    expect(formatWan(12345678, 2, 'en')).toBe('12.3457 million');
    expect(formatYi(4.28e9, 2, 'en')).toBe('4.28 billion');
    expect(formatYi(3.2e8, 2, 'en')).toBe('320 million');
    expect(formatYi(1.23e8, 2, 'en')).toBe('123 million');
    expect(formatAuto(42800, 2, 'en')).toBe('42,800');
    expect(formatValue(2057, { unit: 'patents' }, 'en')).toBe('2,057 patents');
    expect(formatValue(2057, { unit: '件' })).toBe('2057件');
    expect(formatValue(1, { unit: 'patents' }, 'en')).toBe('1 patent');
    expect(formatValue(78, { unit: '%' }, 'en')).toBe('78%');
    expect(withUnitWord('1', 'company', 'en')).toBe('1 company');
    expect(withUnit('Patent applications', 'patents', 'en')).toBe('Patent applications');
    expect(withUnit('Granted', 'patents', 'en')).toBe('Granted (patents)');
    expect(withUnit('授权专利数量', '件')).toBe('授权专利数量（件）');
  });
  test('axis ticks in K-free full numbers, then M and B', () => {
    expect(formatTicks([0, 20000, 40000], {}, 'en')).toEqual(['0', '20,000', '40,000']);
    expect(formatTicks([0, 2e6, 4e6], {}, 'en')).toEqual(['0', '2M', '4M']);
    expect(formatTicks([0, 1e9, 2e9], {}, 'en')).toEqual(['0', '1B', '2B']);
    expect(formatLogTicks([10, 1000, 1e6], 'en')).toEqual(['10', '1,000', '1M']);
  });
  test('qualifiers, units and dates in English', () => {
    expect(qualifierWord('nearly', 'en')).toBe('nearly ');
    expect(withUnitWord('2,057', 'patent', 'en')).toBe('2,057 patents');
    expect(withUnitWord('2057', 'patent')).toBe('2057件');
    expect(withUnitWord('3000', 'tps')).toBe('3000 TPS');
    expect(formatPeriod('2015-01/2021-06', 'en')).toBe('January 2015 to June 2021');
    expect(formatPeriod('2018/2020', 'en')).toBe('2018–2020');
    expect(formatDatesIn('2020-05', 'en')).toBe('May 2020');
    expect(formatPeriod('2015-01/2021-06')).toBe('2015年1月至2021年6月');
  });
});

test('one Intl formatter per locale and options', () => {
  expect(numberFormat('en', { notation: 'compact' })).toBe(numberFormat('en', { notation: 'compact' }));
  expect(numberFormat('en', { notation: 'compact' })).not.toBe(numberFormat('zh-CN', { notation: 'compact' }));
});
