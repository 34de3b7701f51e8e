/** Pure helpers the bench's figures are made with: medians, ratios, their formatting, pixel comparison. */

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** a ÷ b, NaN when either is missing or not a number, or b is 0. */
export const ratioOf = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || b === 0 ? NaN : a / b;

/** a ÷ b as "1.23×", "–" when there is no ratio. */
export const formatRatio = (a: number | undefined, b: number | undefined): string => {
  const r = ratioOf(a, b);
  return Number.isNaN(r) ? '–' : `${r.toFixed(2)}×`;
};

/**
 * The median of the ratios a[i] ÷ b[i], pair by pair: runs taken next to each
 * other share the machine's load, so their ratio drifts less than the ratio
 * of two medians when other work comes and goes.
 */
export function pairedRatio(a: number[], b: number[]): number {
  const ratios = a.slice(0, b.length).map((x, i) => ratioOf(x, b[i])).filter((r) => !Number.isNaN(r));
  return median(ratios);
}

/** How two RGBA pixel buffers differ: pixels not equal, and the largest difference of one channel (0–255). */
export function pixelDifference(a: Uint8Array, b: Uint8Array): { pixels: number; differing: number; maxChannelDelta: number; sameSize: boolean } {
  const sameSize = a.length === b.length;
  const length = Math.min(a.length, b.length);
  let differing = 0;
  let maxChannelDelta = 0;
  for (let i = 0; i + 3 < length; i += 4) {
    let differs = false;
    for (let c = 0; c < 4; c++) {
      const delta = Math.abs(a[i + c]! - b[i + c]!);
      if (delta > 0) differs = true;
      if (delta > maxChannelDelta) maxChannelDelta = delta;
    }
    if (differs) differing++;
  }
  return { pixels: Math.floor(length / 4), differing, maxChannelDelta, sameSize };
}
