import { describe, expect, test } from 'vitest';
import { MARK_KEYS, nextMarkIndex, stepInOrder, type MarkBox } from '../../../src/charts/mark-navigation.ts';

describe('stepInOrder', () => {
  test('moves one on or back in data order, stays at the ends, and Home and End go to them', () => {
    const marks = [0, 1, 2];
    expect(stepInOrder(marks, 1, 'ArrowDown')).toBe(2);
    expect(stepInOrder(marks, 1, 'ArrowRight')).toBe(2);
    expect(stepInOrder(marks, 1, 'ArrowUp')).toBe(0);
    expect(stepInOrder(marks, 2, 'ArrowDown')).toBe(2);
    expect(stepInOrder(marks, 0, 'ArrowLeft')).toBe(0);
    expect(stepInOrder(marks, 1, 'Home')).toBe(0);
    expect(stepInOrder(marks, 1, 'End')).toBe(2);
    expect(stepInOrder([], 0, 'ArrowDown')).toBe(-1);
  });

  test('lands where the geometry does for a bar list: bars from one axis, each under the one before', () => {
    // A ranking as drawn: one bar per row from x = 40, no longer than the one above it.
    const lengths = [200, 180, 180, 90, 12];
    const boxes: MarkBox[] = lengths.map((width, i) => ({ x: 40, y: 4 + i * 26, width, height: 18 }));
    for (const key of MARK_KEYS) {
      for (let from = 0; from < boxes.length; from++) expect(stepInOrder(boxes, from, key), `${key} from ${from}`).toBe(nextMarkIndex(boxes, from, key));
    }
  });
});
