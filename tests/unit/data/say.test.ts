import { describe, expect, it } from 'vitest';
import { say, sayDerived, sayNumber } from '../../../src/data/say.ts';

describe('figures in prose', () => {
  it('keeps the scale and qualifier the report printed', () => {
    expect(say({ value: 54900, unit: 'patent', qualifier: 'exact', value_text: '5.49万件' })).toBe('5.49万件');
    expect(say({ value: 7800, unit: 'company', qualifier: 'nearly', value_text: '近7800家' })).toBe('近7800家');
    expect(say({ value: 4280000000, unit: 'usd', qualifier: 'exact', value_text: '42.8亿美元' })).toBe('42.8亿美元');
    expect(say({ value: 19, unit: 'percent', qualifier: 'exact', value_text: '19%' })).toBe('19%');
    expect(say({ value: 20000, unit: 'tps', qualifier: 'over', value_text: '两万' })).toBe('超过2万TPS');
  });

  it('writes plain numbers plainly', () => {
    expect(sayNumber({ value: 6227, unit: 'patent', value_text: '6227件' })).toBe('6227');
    expect(sayDerived(17.73, 'percent', 1)).toBe('17.7%');
    expect(sayDerived(29, 'company')).toBe('29家');
  });
});
