/**
 * Every figure a report's stated-figures.csv records is read somewhere in
 * the report's folder (its queries, checks, charts or chapters name it), or
 * its data.ts lists it as unshown with a reason. A figure nobody reads is one
 * the site silently stopped printing, or one whose row could be deleted
 * without anything noticing; a listed one that is read is a stale list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_MODULES } from '../../../src/reports/index.ts';

function sourceOf(dir: string): string {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe.each(REPORT_MODULES.map((m) => [m.meta.id, m] as const))('%s stated figures', (id, report) => {
  const stated = report.data.catalog().get(`${id}/stated-figures`);
  const ids = (stated?.rows ?? []).map((r) => (r as { id: string }).id);
  const source = sourceOf(join('src/reports', id));
  const unshown = report.data.unshown ?? {};

  it('are each read by the report’s code, or listed as unshown with a reason', () => {
    const unread = ids.filter((figure) => !source.includes(`'${figure}'`) && !(figure in unshown));
    expect(unread, `read these in src/reports/${id}/, or list them in its data.ts as unshown`).toEqual([]);
  });

  it('lists as unshown only figures that exist and that nothing reads', () => {
    for (const [figure, reason] of Object.entries(unshown)) {
      expect(ids, `unshown ${figure} is not in stated-figures.csv`).toContain(figure);
      expect(source.includes(`'${figure}'`), `unshown ${figure} is read after all`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
