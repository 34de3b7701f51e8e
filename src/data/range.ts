/**
 * Closed intervals of possible values, and arithmetic on them. A printed
 * figure stands for a range ("19%" for 18.5–19.5), so anything computed from
 * printed figures is a range too: dividing two ranges gives the widest and
 * narrowest quotients their ends allow.
 */

/** A closed interval of possible values; either end may be infinite. */
export interface Range {
  lo: number;
  hi: number;
}

export const point = (n: number): Range => ({ lo: n, hi: n });
export const div = (a: Range, b: Range): Range => ({ lo: a.lo / b.hi, hi: a.hi / b.lo });
export const mul = (a: Range, b: Range): Range => ({ lo: a.lo * b.lo, hi: a.hi * b.hi });
export const sub = (a: Range, b: Range): Range => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });
/** `part` as a percentage of `whole`. */
export const percentOf = (part: Range, whole: Range): Range => mul(div(part, whole), point(100));
/** 100 minus a percentage: the share of the rest. */
export const complement = (share: Range): Range => ({ lo: 100 - share.hi, hi: 100 - share.lo });
export const mid = (r: Range): number => (r.lo + r.hi) / 2;

const r2 = (n: number) => String(Math.round(n * 100) / 100);

/** "18.96–19.01", or one number when both ends round alike. */
export function formatRange(r: Range): string {
  return r2(r.lo) === r2(r.hi) ? r2(r.lo) : `${r2(r.lo)}–${r2(r.hi)}`;
}
