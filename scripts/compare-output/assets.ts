/**
 * Comparing non-page files: downloads (SVG, CSV, PNG) and the JSON other
 * sites consume. Each returns null when equal, else the two sides as lines
 * to diff, or a one-line summary where lines mean nothing (pixels).
 */
import { PNG } from 'pngjs';
import { svgFile } from './svg.ts';

export type Difference = { a: string[]; b: string[] } | { summary: string };

const lines = (buffer: Buffer) => buffer.toString('utf8').split(/\r?\n/);

/**
 * SVG downloads: equal when normalised the same (svg.ts); the diff shows the
 * normalised lines. CSV and anything textual: byte for byte, since a
 * journalist's spreadsheet sees every byte (a BOM, a line ending); the diff
 * shows lines, and says so when only line endings or a BOM differ.
 */
export function compareText(file: string, a: Buffer, b: Buffer): Difference | null {
  if (a.equals(b)) return null;
  if (file.endsWith('.svg')) {
    const na = svgFile(a.toString('utf8'));
    const nb = svgFile(b.toString('utf8'));
    return na.join('\n') === nb.join('\n') ? null : { a: na, b: nb };
  }
  const la = lines(a);
  const lb = lines(b);
  if (la.join('\n') === lb.join('\n')) return { summary: 'same lines, different bytes (line endings or BOM)' };
  return { a: la, b: lb };
}

/** PNGs: the same pixels count as equal, whatever the encoder's bytes. */
export function comparePng(a: Buffer, b: Buffer): Difference | null {
  if (a.equals(b)) return null;
  let pa: PNG;
  let pb: PNG;
  try {
    pa = PNG.sync.read(a);
    pb = PNG.sync.read(b);
  } catch (error) {
    return { summary: `bytes differ and a PNG could not be decoded: ${(error as Error).message}` };
  }
  if (pa.width !== pb.width || pa.height !== pb.height) {
    return { summary: `size ${pa.width}×${pa.height} → ${pb.width}×${pb.height}` };
  }
  let differing = 0;
  let first = -1;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (pa.data.readUInt32BE(i) !== pb.data.readUInt32BE(i)) {
      differing++;
      if (first < 0) first = i / 4;
    }
  }
  if (differing === 0) return null;
  const x = first % pa.width;
  const y = Math.floor(first / pa.width);
  return { summary: `${differing} of ${pa.width * pa.height} pixels differ (first at x=${x}, y=${y})` };
}

/** Keys in a fixed order, so JSON that says the same compares equal. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** JSON: equal when it parses to the same value; the diff shows it pretty-printed. */
export function compareJson(a: Buffer, b: Buffer): Difference | null {
  if (a.equals(b)) return null;
  let ja: unknown;
  let jb: unknown;
  try {
    ja = sortKeys(JSON.parse(a.toString('utf8')));
    jb = sortKeys(JSON.parse(b.toString('utf8')));
  } catch {
    return { a: lines(a), b: lines(b) };
  }
  const sa = JSON.stringify(ja, null, 2);
  const sb = JSON.stringify(jb, null, 2);
  return sa === sb ? null : { a: sa.split('\n'), b: sb.split('\n') };
}
