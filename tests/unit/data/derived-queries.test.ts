import { describe, expect, it } from 'vitest';
import { countryFigure, derivedShareOfWorldGrants, derivedStudyPeriodSpan, top50Rows } from '../../../src/reports/patents-2021/queries.ts';
import { globalForecastGrowthDerived, marketForecasts } from '../../../src/reports/trends-2020/queries.ts';

describe('derived figures, computed once in the queries', () => {
  it('the study period touches 7 calendar years and lasts six and a half', () => {
    const span = derivedStudyPeriodSpan();
    expect(span.row.period).toBe('2015-01/2021-06');
    expect(span).toMatchObject({ calendarYears: 7, years: 6.5, derived: true });
  });

  it("gives a company's share of world grants unrounded, from 表 2 and the world total", () => {
    const leader = top50Rows()[0]!;
    const share = derivedShareOfWorldGrants(leader);
    expect(share.derived).toBe(true);
    expect(share.worldGranted).toBe(countryFigure(null, 'granted'));
    expect(share.percent).toBeCloseTo((leader.granted / share.worldGranted.value) * 100, 12);
    // The report prints 17.2%; its own counts give 17.7% once rounded, and the query must not round.
    expect(share.percent.toFixed(1)).toBe('17.7');
    expect(Number.isInteger(share.percent * 10)).toBe(false);
  });

  it('gives the growth rate implied by the first and last global forecast years of 图 2', () => {
    const growth = globalForecastGrowthDerived();
    const global = marketForecasts().filter((r) => r.region === 'global');
    expect(growth.first.year).toBe(Math.min(...global.map((r) => r.year)));
    expect(growth.last.year).toBe(Math.max(...global.map((r) => r.year)));
    const years = growth.last.year - growth.first.year;
    expect((1 + growth.percent / 100) ** years).toBeCloseTo(growth.last.value_usd / growth.first.value_usd, 9);
    expect(growth.derived).toBe(true);
  });
});
