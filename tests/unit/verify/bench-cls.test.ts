import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../bench/lib/markdown.ts';
import type { BenchResults } from '../../../bench/lib/results.ts';

describe('the layout-shift budget', () => {
  const results = (cls: NonNullable<BenchResults['cls']>['pages'] | undefined): BenchResults => ({
    date: '2026-01-01',
    commit: 'abc',
    environment: { node: 'v24', cpus: 2, cpuModel: 'x', loadAtStart: '0' },
    options: { timingRuns: 5 } as BenchResults['options'],
    build: { runs: [], medianMs: 10_000, pages: 2 },
    pages: [],
    lighthouse: [],
    ...(cls && { cls: { settleMs: 500, viewports: ['phone', 'desktop'], pages: cls, max: Math.max(0, ...cls.map((p) => p.cls)) } }),
  });
  const line = (md: string) => md.split('\n').find((l) => l.startsWith('| CLS 0 on every page')) ?? '';
  const shift = (path: string, viewport: string, cls: number) => ({ path, viewport, cls, sources: cls ? ['div.figure'] : [] });

  it('is met when no page at any viewport shifts, and names each page that does', () => {
    expect(line(renderMarkdown(results([shift('/', 'phone', 0), shift('/', 'desktop', 0), shift('/en/', 'phone', 0)])))).toMatch(/\| met \| 2 pages at phone and desktop/);
    const md = renderMarkdown(results([shift('/', 'phone', 0), shift('/en/', 'phone', 0.0123)]));
    expect(line(md)).toMatch(/\| MISSED \| \/en\/ at phone: 0\.0123/);
    expect(md).toContain('| `/en/` | phone | 0.0123 | `div.figure` |');
  });

  it('says when it was not measured', () => {
    expect(line(renderMarkdown(results(undefined)))).toContain('| not run |');
  });
});
