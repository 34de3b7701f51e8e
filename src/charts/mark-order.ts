/**
 * The arrow keys' rule for marks in data order (mark-navigation.ts has the
 * whole rule and why). It is its own module because a chart whose marks are
 * one column in data order, such as a bar list, needs no more than this:
 * Up and Down land where Left and Right do, so an embed page of such a chart
 * ships this instead of the geometry (src/embed/bundle.ts).
 */
export const MARK_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type MarkKey = (typeof MARK_KEYS)[number];

export function isMarkKey(key: string): key is MarkKey {
  return (MARK_KEYS as readonly string[]).includes(key);
}

/**
 * The index of the mark `key` moves to from mark `from` in data order: Home
 * and End to the ends, Right and Down one on, Left and Up one back, staying
 * put at either end; -1 when there are no marks. Takes the same arguments as
 * nextMarkIndex so that either can stand for the other.
 */
export function stepInOrder(marks: readonly unknown[], from: number, key: MarkKey): number {
  const last = marks.length - 1;
  if (last < 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (from < 0 || from > last) return 0;
  return Math.min(last, Math.max(0, from + (key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1)));
}
