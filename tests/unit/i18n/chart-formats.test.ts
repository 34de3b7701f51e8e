import { describe, expect, test } from 'vitest';
import { formatAuto, formatLogTicks, formatNumber, formatPercent, formatTicks, formatTrimmed, formatValue, formatWan, formatYi, withUnit } from '../../../src/i18n/format.ts';

const T = '\u202F';

describe('formatNumber', () => {
  test('groups thousands with a thin space from five digits', () => {
    expect(formatNumber(54900)).toBe(`54${T}900`);
    expect(formatNumber(1234567)).toBe(`1${T}234${T}567`);
    expect(formatNumber(2057)).toBe('2057');
    expect(formatNumber(2020)).toBe('2020');
  });
  test('fixed decimals, rounding half away from zero', () => {
    expect(formatNumber(99, 1)).toBe('99.0');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(-2.5)).toBe('\u22123');
  });
  test('trimmed decimals', () => {
    expect(formatTrimmed(5.5, 2)).toBe('5.5');
    expect(formatTrimmed(5, 2)).toBe('5');
  });
});

describe('万and亿', () => {
  test('万', () => {
    expect(formatWan(54900)).toBe('5.49万');
    expect(formatWan(50000)).toBe('5万');
  });
  test('亿', () => {
    expect(formatYi(4280000000)).toBe('42.8亿');
    expect(formatYi(4280000000, 0)).toBe('43亿');
  });
  test('auto keeps five-digit numbers plain and switches at 10万and 1亿', () => {
    expect(formatAuto(54900)).toBe(`54${T}900`);
    expect(formatAuto(549000)).toBe('54.9万');
    expect(formatAuto(428000000)).toBe('4.28亿');
  });
});

describe('percent and formatValue', () => {
  test('percent values are already in percent', () => {
    expect(formatPercent(19)).toBe('19%');
    expect(formatPercent(12.46, 1)).toBe('12.5%');
  });
  test('formatValue appends the unit without a space', () => {
    expect(formatValue(2057, { unit: '件' })).toBe('2057件');
    expect(formatValue(54900, { style: 'wan', unit: '件' })).toBe('5.49万件');
    expect(formatValue(68, { style: 'percent', unit: '件' })).toBe('68%');
    expect(formatValue(99, { decimals: 1 })).toBe('99.0');
  });
  test('withUnit', () => {
    expect(withUnit('综合得分', '分')).toBe('综合得分（分）');
    expect(withUnit('综合得分', undefined)).toBe('综合得分');
  });
});

describe('formatTicks', () => {
  test('small domains stay plain with shared decimals', () => {
    expect(formatTicks([0, 2.5, 5, 7.5])).toEqual(['0', '2.5', '5.0', '7.5']);
    expect(formatTicks([0, 500, 1000, 1500])).toEqual(['0', '500', '1000', '1500']);
  });
  test('large steps switch to万and亿', () => {
    expect(formatTicks([0, 20000, 40000, 60000])).toEqual(['0', '2万', '4万', '6万']);
    expect(formatTicks([0, 5000, 10000, 15000])).toEqual(['0', '0.5万', '1.0万', '1.5万']);
    expect(formatTicks([0, 1e9, 2e9, 3e9])).toEqual(['0', '10亿', '20亿', '30亿']);
    expect(formatTicks([0, 5e7, 1e8])).toEqual(['0', '0.5亿', '1.0亿']);
  });
  test('small steps stay plain even past 1万 ("2000", not "0.2万")', () => {
    expect(formatTicks([0, 2000, 4000, 6000, 8000, 10000])).toEqual(['0', '2000', '4000', '6000', '8000', `10${T}000`]);
    expect(formatTicks([2e7, 4e7, 6e7])).toEqual(['2000万', '4000万', '6000万']);
  });
  test('percent ticks', () => {
    expect(formatTicks([0, 25, 50, 75, 100], { percent: true })).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });
});

describe('formatLogTicks', () => {
  test('each tick picks its own scale', () => {
    expect(formatLogTicks([1, 10, 100, 1000, 10000, 100000, 1e8])).toEqual(['1', '10', '100', '1000', '1万', '10万', '1亿']);
    expect(formatLogTicks([0.1, 2, 50])).toEqual(['0.1', '2', '50']);
  });
});
