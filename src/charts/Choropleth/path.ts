/**
 * Keeping map SVG small: drop projected points closer than a fraction of a
 * pixel to the previous one (invisible at that size), and rewrite d3's
 * absolute path data as relative moves with implicit line commands, which
 * roughly halves the bytes of a 110 m world map.
 */
import type { GeoProjection, GeoStream, GeoStreamWrapper } from 'd3-geo';

/** A stream wrapper around `projection` that skips points within `minDistance` px of the last one kept. */
export function thinnedProjection(projection: GeoProjection, minDistance: number): GeoStreamWrapper {
  return {
    stream(output: GeoStream): GeoStream {
      let lastX = Number.NaN;
      let lastY = Number.NaN;
      let kept = 0;
      const filter: GeoStream = {
        point(x, y) {
          if (kept === 0 || Math.hypot(x - lastX, y - lastY) >= minDistance) {
            output.point(x, y);
            lastX = x;
            lastY = y;
            kept++;
          }
        },
        lineStart() {
          kept = 0;
          output.lineStart();
        },
        lineEnd() {
          output.lineEnd();
        },
        polygonStart() {
          output.polygonStart();
        },
        polygonEnd() {
          output.polygonEnd();
        },
        sphere() {
          output.sphere?.();
        },
      };
      return projection.stream(filter);
    },
  };
}

function formatCoordinate(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Join a pair so a negative second number needs no comma. */
function pair(x: string, y: string): string {
  return y.startsWith('-') ? `${x}${y}` : `${x},${y}`;
}

/**
 * Rewrite path data made of M/L/Z commands (what d3-geo emits for polygons and
 * lines) as relative m/l/z commands. Deltas come from the rounded absolute
 * coordinates, so rounding errors do not accumulate along a ring; points
 * that round onto the previous one are left out, and so are rings and lines
 * that round to a single point (they draw nothing), unless nothing else is left.
 */
export function relativePath(d: string, digits = 1, keepEmpty = false): string {
  const factor = 10 ** digits;
  const round = (v: number): number => Math.round(v * factor) / factor;
  let out = '';
  let current: [number, number] = [0, 0];
  let subpathStart: [number, number] = [0, 0];
  let previousCommand = '';
  // Where the open subpath starts in `out`, and the state before it, to take it back if it draws nothing.
  let open: { at: number; current: [number, number]; subpathStart: [number, number]; previousCommand: string; segments: number } | undefined;
  const dropIfEmpty = (): boolean => {
    if (keepEmpty || !open || open.segments > 0) return false;
    out = out.slice(0, open.at);
    ({ current, subpathStart, previousCommand } = open);
    open = undefined;
    return true;
  };
  for (const match of d.matchAll(/([MLZ])([^MLZ]*)/giu)) {
    const command = (match[1] ?? '').toUpperCase();
    if (command === 'Z') {
      if (dropIfEmpty()) continue;
      out += 'z';
      current = subpathStart;
      previousCommand = 'z';
      open = undefined;
      continue;
    }
    const numbers = (match[2] ?? '').match(/-?\d*\.?\d+(?:e[-+]?\d+)?/giu)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const point: [number, number] = [round(numbers[i] ?? 0), round(numbers[i + 1] ?? 0)];
      const isMove = command === 'M' && i === 0;
      if (isMove) {
        dropIfEmpty();
        open = { at: out.length, current, subpathStart, previousCommand, segments: 0 };
      }
      const dx = formatCoordinate(point[0] - current[0], digits);
      const dy = formatCoordinate(point[1] - current[1], digits);
      // A point that rounds onto the one before it draws nothing.
      if (!isMove && dx === '0' && dy === '0') continue;
      const letter = isMove ? (out === '' ? 'M' : 'm') : previousCommand === 'l' ? ' ' : 'l';
      out += out === '' ? `M${pair(formatCoordinate(point[0], digits), formatCoordinate(point[1], digits))}` : `${letter}${pair(dx, dy)}`;
      previousCommand = isMove ? 'm' : 'l';
      current = point;
      if (isMove) subpathStart = point;
      else if (open) open.segments++;
    }
  }
  dropIfEmpty();
  if (out === '' && !keepEmpty && d !== '') return relativePath(d, digits, true);
  return out.replace(/ -/gu, '-');
}
