import { describe, expect, test } from 'vitest';
import { boxesOverlap, keepNonOverlapping, spreadLabels } from '../../../src/charts/labels.ts';

function gaps(positions: number[], sizes: number[]): number[] {
  const order = positions.map((_, i) => i).sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0));
  const result: number[] = [];
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1] as number;
    const b = order[k] as number;
    result.push((positions[b] ?? 0) - (sizes[b] ?? 0) / 2 - ((positions[a] ?? 0) + (sizes[a] ?? 0) / 2));
  }
  return result;
}

describe('spreadLabels', () => {
  test('labels already apart do not move', () => {
    const result = spreadLabels([{ position: 10, size: 10 }, { position: 50, size: 10 }], 0, 100);
    expect(result.positions).toEqual([10, 50]);
    expect(result.fits).toBe(true);
  });
  test('two colliding labels move apart symmetrically (least movement)', () => {
    const result = spreadLabels([{ position: 50, size: 10 }, { position: 52, size: 10 }], 0, 100, 2);
    const [a = 0, b = 0] = result.positions;
    expect(b - a).toBeCloseTo(12);
    expect((a + b) / 2).toBeCloseTo(51);
  });
  test('keeps the input order of positions and stays in bounds', () => {
    const slots = [95, 96, 97, 98].map((position) => ({ position, size: 10 }));
    const result = spreadLabels(slots, 0, 100, 2);
    expect(Math.max(...result.positions) + 5).toBeLessThanOrEqual(100 + 1e-9);
    for (const gap of gaps(result.positions, [10, 10, 10, 10])) expect(gap).toBeGreaterThanOrEqual(2 - 1e-9);
    expect([...result.positions].sort((a, b) => a - b)).toEqual(result.positions);
  });
  test('unsorted input comes back in input order', () => {
    const result = spreadLabels([{ position: 60, size: 10 }, { position: 58, size: 10 }], 0, 100, 0);
    expect(result.positions[1]).toBeLessThan(result.positions[0] ?? 0);
  });
  test('shrinks the gap before failing, and reports when nothing fits', () => {
    const tight = spreadLabels([0, 0, 0].map((position) => ({ position, size: 10 })), 0, 31, 5);
    expect(tight.fits).toBe(true);
    for (const gap of gaps(tight.positions, [10, 10, 10])) expect(gap).toBeGreaterThanOrEqual(0);
    const tooMany = spreadLabels([0, 0, 0, 0].map((position) => ({ position, size: 10 })), 0, 30, 2);
    expect(tooMany.fits).toBe(false);
  });
  test('empty input', () => {
    expect(spreadLabels([], 0, 10)).toEqual({ positions: [], fits: true });
  });
});

describe('boxes', () => {
  test('overlap and touching', () => {
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
  test('keepNonOverlapping keeps higher priority boxes first', () => {
    const kept = keepNonOverlapping([
      { x: 0, y: 0, width: 10, height: 10 },
      { x: 5, y: 0, width: 10, height: 10 },
      { x: 30, y: 0, width: 10, height: 10 },
    ]);
    expect(kept).toEqual([0, 2]);
  });
});
