/**
 * Two built sites in, the list of what differs for readers and journalists
 * out. Pure apart from reading the two folders, so tests can run it on small
 * made-up sites.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareJson, comparePng, compareText, type Difference } from './assets.ts';
import { kindOf, listFiles } from './files.ts';
import { pageText } from './html.ts';
import { pageSvgs } from './svg.ts';

/**
 * - files: a page or file that one build has and the other lacks;
 * - text: a page's visible and spoken text;
 * - svg: a page's inline charts;
 * - downloads: dist/downloads/ (SVG, CSV, PNG);
 * - data: charts.json, datapackage.json, oembed/*.json.
 */
export const CATEGORIES = ['files', 'text', 'svg', 'downloads', 'data'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Finding {
  category: Category;
  /** File path relative to the site root. */
  path: string;
  /** Both sides as lines, when a line diff says what changed. */
  a?: string[];
  b?: string[];
  /** What changed, when lines do not say it (an added file, pixels). */
  summary?: string;
}

export interface Comparison {
  findings: Finding[];
  /** Files compared per kind, to show the comparison looked at something. */
  counted: Record<'pages' | 'downloads' | 'data' | 'files', number>;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

function finding(category: Category, path: string, difference: Difference | null): Finding[] {
  if (!difference) return [];
  return [{ category, path, ...difference }];
}

export function compareSites(rootA: string, rootB: string): Comparison {
  const filesA = listFiles(rootA);
  const filesB = listFiles(rootB);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const findings: Finding[] = [];
  for (const f of filesA) if (!inB.has(f)) findings.push({ category: 'files', path: f, summary: 'removed' });
  for (const f of filesB) if (!inA.has(f)) findings.push({ category: 'files', path: f, summary: 'added' });

  const counted = { pages: 0, downloads: 0, data: 0, files: new Set([...filesA, ...filesB]).size };
  for (const file of filesA.filter((f) => inB.has(f))) {
    const kind = kindOf(file);
    if (kind === 'other') continue;
    const a = readFileSync(join(rootA, file));
    const b = readFileSync(join(rootB, file));
    if (kind === 'page') {
      counted.pages++;
      if (a.equals(b)) continue;
      const [ha, hb] = [a.toString('utf8'), b.toString('utf8')];
      const [ta, tb] = [pageText(ha), pageText(hb)];
      if (!same(ta, tb)) findings.push({ category: 'text', path: file, a: ta, b: tb });
      const [sa, sb] = [pageSvgs(ha), pageSvgs(hb)];
      if (!same(sa, sb)) findings.push({ category: 'svg', path: file, a: sa, b: sb });
    } else if (kind === 'download') {
      counted.downloads++;
      findings.push(...finding('downloads', file, file.endsWith('.png') ? comparePng(a, b) : compareText(file, a, b)));
    } else {
      counted.data++;
      findings.push(...finding('data', file, compareJson(a, b)));
    }
  }
  return { findings, counted };
}
