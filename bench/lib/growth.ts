/**
 * What each added TOP50 row costs the build: the growth builds (×1, ×10, ×30 …)
 * each against the ×1 build, in CPU and wall clock, and the budget the issue
 * sets (under 5 ms of CPU per added row at every grown scale).
 */
import type { BenchResults } from './results.ts';

export type Growth = NonNullable<BenchResults['growth']>[number];

/** Build CPU per added TOP50 row, at every grown scale. */
export const CPU_PER_ADDED_ROW_BUDGET_MS = 5;

export interface RowCost {
  factor: number;
  addedRows: number;
  /** (median CPU at ×factor − median CPU at ×1) ÷ added rows; NaN where a build failed or CPU was not read. */
  cpuMsPerRow: number;
  wallMsPerRow: number;
}

/** Each grown scale against the first (×1) build; empty without a ×1 build that finished. */
export function costPerAddedRow(growth: readonly Growth[]): RowCost[] {
  const base = growth.find((g) => g.factor === 1);
  if (!base || Number.isNaN(base.medianMs)) return [];
  return growth
    .filter((g) => g.factor > 1)
    .map((g) => {
      const addedRows = g.top50Rows - base.top50Rows;
      const per = (value: number | undefined, baseValue: number | undefined) => (value === undefined || baseValue === undefined ? NaN : (value - baseValue) / addedRows);
      return { factor: g.factor, addedRows, cpuMsPerRow: per(g.medianCpuMs, base.medianCpuMs), wallMsPerRow: per(g.medianMs, base.medianMs) };
    });
}

/** The scales the budget is stated for. */
export const BUDGET_FACTORS = [10, 30] as const;

/**
 * The budget's status: "met" when every scale it names was measured and is under it, "MISSED" when
 * one measured is over (or failed), "partly run" when those measured are under but some were not
 * built, "not run" when none was.
 */
export function rowBudgetStatus(costs: readonly RowCost[], budgetMs = CPU_PER_ADDED_ROW_BUDGET_MS, factors: readonly number[] = BUDGET_FACTORS): 'met' | 'MISSED' | 'partly run' | 'not run' {
  const measured = factors.map((f) => costs.find((c) => c.factor === f)).filter((c): c is RowCost => c !== undefined);
  if (measured.length === 0) return 'not run';
  if (measured.some((c) => !(c.cpuMsPerRow < budgetMs))) return 'MISSED';
  return measured.length === factors.length ? 'met' : 'partly run';
}
