/** The parts of `npm run bench` and which of them a run leaves out (BENCH_ONLY, BENCH_SKIP). */

/** The parts of the bench; the build always runs, since every other part measures what it built. */
export const PARTS = ['build', 'pages', 'embeds', 'peer', 'lighthouse', 'growth', 'png', 'explorer', 'cls'] as const;
export type Part = (typeof PARTS)[number];

/** Parts to leave out: BENCH_SKIP, and with BENCH_ONLY every part it does not name. */
export function skippedParts(only: string | undefined, skip: string | undefined): Set<Part> {
  const split = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = [...split(only), ...split(skip)].filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length) throw new Error(`bench: unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
  const named = new Set(split(only));
  const skipped = new Set(split(skip) as Part[]);
  if (named.size) for (const part of PARTS) if (!named.has(part)) skipped.add(part);
  skipped.delete('build');
  return skipped;
}
