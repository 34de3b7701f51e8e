/**
 * Label collision handling.
 *
 * `spreadLabels` solves the 1-D problem exactly: keep labels in the order of
 * their desired positions, at least their heights (plus a gap) apart, inside
 * [min, max], moving them as little as possible in the least-squares sense.
 * Substituting z_i = y_i − (sum of the heights and gaps before i) turns the
 * spacing constraints into z being non-decreasing, which is isotonic
 * regression: pool-adjacent-violators solves it in linear time, and clamping
 * the result to the bounds keeps it optimal.
 */
import type { Box } from './types.ts';

export interface LabelSlot {
  /** Desired centre position along the axis. */
  position: number;
  /** Extent along the axis (text height for vertical stacking). */
  size: number;
}

export interface SpreadResult {
  /** Resolved centre positions, in the input order. */
  positions: number[];
  /** False when the labels do not fit in [min, max] even packed tightly. */
  fits: boolean;
}

export function spreadLabels(slots: LabelSlot[], min: number, max: number, gap = 2): SpreadResult {
  if (slots.length === 0) return { positions: [], fits: true };
  const order = slots.map((_, i) => i).sort((a, b) => (slots[a]?.position ?? 0) - (slots[b]?.position ?? 0));
  const sorted = order.map((i) => slots[i] as LabelSlot);
  const totalSize = sorted.reduce((sum, s) => sum + s.size, 0);
  const available = max - min;
  // Tighten the gap (down to touching) before giving up on fitting.
  const usedGap = sorted.length > 1 ? Math.max(0, Math.min(gap, (available - totalSize) / (sorted.length - 1))) : 0;
  const fits = totalSize <= available + 1e-9;

  // offsets[i]: distance from the first label's top to label i's top when packed.
  const offsets: number[] = [];
  let offset = 0;
  for (const slot of sorted) {
    offsets.push(offset);
    offset += slot.size + usedGap;
  }
  const targets = sorted.map((s, i) => s.position - s.size / 2 - (offsets[i] ?? 0));

  // Pool adjacent violators: blocks of (mean, count), merged while decreasing.
  const blocks: { mean: number; count: number }[] = [];
  for (const target of targets) {
    blocks.push({ mean: target, count: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1] as { mean: number; count: number };
      const a = blocks[blocks.length - 2] as { mean: number; count: number };
      if (a.mean <= b.mean) break;
      blocks.splice(-2, 2, { mean: (a.mean * a.count + b.mean * b.count) / (a.count + b.count), count: a.count + b.count });
    }
  }
  const lastSize = sorted[sorted.length - 1]?.size ?? 0;
  const upper = max - (offsets[offsets.length - 1] ?? 0) - lastSize;
  const z: number[] = [];
  for (const block of blocks) {
    const clamped = fits ? Math.min(Math.max(block.mean, min), upper) : min;
    for (let k = 0; k < block.count; k++) z.push(clamped);
  }

  const positions = new Array<number>(slots.length);
  sorted.forEach((slot, i) => {
    positions[order[i] as number] = (z[i] ?? min) + (offsets[i] ?? 0) + slot.size / 2;
  });
  return { positions, fits };
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

/**
 * Greedy last resort for 2-D labels: walk the boxes in priority order (lowest
 * index first) and keep each one that does not overlap a box already kept or
 * one of the `obstacles`. Returns the indices kept.
 */
export function keepNonOverlapping(boxes: Box[], obstacles: Box[] = [], padding = 1): number[] {
  const kept: number[] = [];
  const placed: Box[] = [...obstacles];
  boxes.forEach((box, i) => {
    if (placed.some((other) => boxesOverlap(box, other, padding))) return;
    kept.push(i);
    placed.push(box);
  });
  return kept;
}

/** True when the box lies inside [0, width] × [0, height]. */
export function insideFrame(box: Box, width: number, height: number, tolerance = 0.5): boolean {
  return box.x >= -tolerance && box.y >= -tolerance && box.x + box.width <= width + tolerance && box.y + box.height <= height + tolerance;
}
