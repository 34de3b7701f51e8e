import { describe, expect, it } from 'vitest';
import {
  ABOUT_TOLERANCE,
  allowed,
  fits,
  NEARLY_TOLERANCE,
  QUALIFIER_PREFIX,
  QUALIFIER_RULES,
  QUALIFIERS,
  rounding,
  type PrintedFigure,
  type Qualifier,
} from '../../../src/data/qualifiers.ts';

const fig = (qualifier: Qualifier, value: number, value_text: string): PrintedFigure => ({ qualifier, value, value_text });

describe('printed rounding', () => {
  it.each([
    ['19%', 19, 0.5],
    ['21.13%', 21.13, 0.005],
    ['5.49万件', 54900, 50],
    ['1.2 亿元', 1.2e8, 5e6],
    ['6227件', 6227, 0],
    ['3,218家', 3218, 0],
    ['三分之一', 33.33, 0.005],
    ['九个', 9, 0],
  ])('%s (value %d) is rounded by ±%d', (text, value, half) => {
    expect(rounding(text, value)).toBeCloseTo(half, 12);
  });
});

describe('what each qualifier allows', () => {
  it('defines a rule and a prefix for every qualifier', () => {
    for (const q of QUALIFIERS) {
      expect(QUALIFIER_RULES[q].words.length).toBeGreaterThan(0);
      expect(typeof QUALIFIER_PREFIX[q]).toBe('string');
    }
    expect([ABOUT_TOLERANCE, NEARLY_TOLERANCE]).toEqual([0.025, 0.05]);
  });

  it('exact: the printed rounding either way, nothing more', () => {
    const pct = fig('exact', 19, '19%');
    expect(allowed(pct)).toEqual({ lo: 18.5, hi: 19.5 });
    expect([fits(pct, 18.5), fits(pct, 19.5), fits(pct, 18.49), fits(pct, 19.51)]).toEqual([true, true, false, false]);
    const count = fig('exact', 6227, '6227件');
    expect([fits(count, 6227), fits(count, 6226), fits(count, 6228)]).toEqual([true, false, false]);
  });

  it('exact: a computed range fits when it overlaps the printed one', () => {
    const pct = fig('exact', 19, '19%');
    expect(fits(pct, { lo: 19.4, hi: 19.8 })).toBe(true);
    expect(fits(pct, { lo: 19.6, hi: 19.8 })).toBe(false);
  });

  it('约: 2.5% either way, the rounding included', () => {
    const about40 = fig('about', 40, '约40%');
    expect(allowed(about40)).toEqual({ lo: 39, hi: 41 });
    expect([fits(about40, 39), fits(about40, 41), fits(about40, 38.9), fits(about40, 41.1)]).toEqual([true, true, false, false]);
    const about5000 = fig('about', 5000, '约5000件');
    // 4998 is 表 3's figure; 5200 would have passed the 5% the report A checks once allowed.
    expect([fits(about5000, 4998), fits(about5000, 5125), fits(about5000, 5200), fits(about5000, 4800)]).toEqual([true, true, false, false]);
  });

  it('近: at most the value (plus rounding), at least 95% of it', () => {
    const nearly = fig('nearly', 4500, '近4500家');
    expect([fits(nearly, 4386), fits(nearly, 4275), fits(nearly, 4274), fits(nearly, 4500), fits(nearly, 4501)]).toEqual([true, true, false, true, false]);
    const share = fig('nearly', 60, '近60%');
    expect([fits(share, 60.4), fits(share, 60.6), fits(share, 57), fits(share, 56.9)]).toEqual([true, false, true, false]);
  });

  it('超过: strictly above the value, with no upper bound', () => {
    const over = fig('over', 1000, '超过1000家');
    expect([fits(over, 1000), fits(over, 1000.5), fits(over, 1953), fits(over, 999)]).toEqual([false, true, true, false]);
    expect(fits(over, { lo: 990, hi: 1001 })).toBe(true);
    expect(fits(over, { lo: 990, hi: 1000 })).toBe(false);
  });

  it('至少 reaches the value itself; 不足 stays strictly below it', () => {
    const atLeast = fig('at_least', 1000, '数千笔');
    expect([fits(atLeast, 1000), fits(atLeast, 999), fits(atLeast, 1e6)]).toEqual([true, false, true]);
    const under = fig('under', 10, '不足 10 个');
    expect([fits(under, 10), fits(under, 9.9), fits(under, -5)]).toEqual([false, true, true]);
  });
});
