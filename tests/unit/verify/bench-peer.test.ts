import { describe, expect, it } from 'vitest';
import { plotFigure, vegaLiteSvg, type ChartWords, type ScoreRow } from '../../../bench/peer/build-time.ts';
import { PEER_NAMES, peerVerdict } from '../../../bench/lib/markdown.ts';
import type { BenchResults } from '../../../bench/lib/results.ts';

const rows: ScoreRow[] = [
  { rank: 1, company_zh: 'Alpha', country_zh: 'A', country_code: 'CN', score: 90.5 },
  { rank: 2, company_zh: 'Beta', country_zh: 'B', country_code: 'US', score: 70.25 },
  { rank: 3, company_zh: 'Gamma', country_zh: 'C', country_code: 'CN', score: 41 },
];
const words: ChartWords = {
  title: 'Top three',
  subtitle: 'Scores out of 100',
  source: 'Source: a test',
  ariaLabel: 'Top three, bar chart',
  scoreLabel: 'score',
  tooltip: (label, score) => `${label}: ${score.toFixed(1)}`,
};

describe('the build-time peers', () => {
  it('draw every bar with Plot and a server DOM, with its tooltip, and no script', () => {
    const html = plotFigure(rows, words);
    expect(html).toMatch(/^<figure\b/);
    expect(html).toContain('<svg');
    expect(html).toContain('Top three');
    expect(html.match(/<rect\b/g)).toHaveLength(rows.length);
    expect(html).toContain('<title>2. Beta: 70.3</title>');
    expect(html).not.toContain('<script');
  });

  it('render every bar and its value label with Vega-Lite to SVG in Node', async () => {
    const svg = await vegaLiteSvg(rows, words);
    expect(svg).toMatch(/^<svg\b/);
    for (const value of ['90.5', '70.3', '41.0']) expect(svg).toContain(`>${value}</text>`);
    expect(svg).toContain('Top three');
    expect(svg.match(/role="graphics-symbol"/g)?.length).toBeGreaterThanOrEqual(rows.length * 2);
    expect(svg).not.toContain('<script');
  });
});

describe('our TOP50 embed against the build-time peers', () => {
  const bytes = (gz: number) => ({ raw: gz * 3, gz });
  const sizes = (gz: number) => ({ path: '/', html: bytes(gz), css: bytes(0), js: bytes(0), jsLazy: bytes(0), svg: { ...bytes(0), count: 1 }, images: bytes(0), total: bytes(gz), cssFiles: [], jsFiles: [] });
  const row = (name: string, gz: number, mobileMs: number) => ({
    name,
    url: `http://x${name.length}/`,
    sizes: sizes(gz),
    timing: { unthrottled: { median: mobileMs / 4, runs: [] }, 'mobile (4× CPU)': { median: mobileMs, runs: [] } },
  });
  const peer = (oursGz: number, oursMs: number): BenchResults['peer'] => ({
    ours: '/embed/x/',
    rows: [row('ours', oursGz, oursMs), row(PEER_NAMES.plot, 600, 900), row(PEER_NAMES.plotSsr, 4000, 350), row(PEER_NAMES.vegaLite, 6000, 420)],
  });

  it('is met at 2× the Plot page and as fast as the faster build-time peer', () => {
    expect(peerVerdict(peer(8000, 350)).ok).toBe(true);
  });

  it('is missed when the bytes pass 2× or the chart comes later than either build-time peer', () => {
    const heavy = peerVerdict(peer(8001, 300));
    expect(heavy.ok).toBe(false);
    expect(heavy.line).toContain('MORE than 2×');
    const slow = peerVerdict(peer(5000, 351));
    expect(slow.ok).toBe(false);
    expect(slow.line).toContain(`SLOWER than ${PEER_NAMES.plotSsr}`);
    expect(slow.line).not.toContain(`${PEER_NAMES.vegaLite})`);
  });

  it('says so when the build-time peers were not measured', () => {
    expect(peerVerdict(undefined).ok).toBeUndefined();
    expect(peerVerdict({ ours: '/', rows: [row('ours', 1, 1), row(PEER_NAMES.plot, 1, 1)] }).ok).toBeUndefined();
  });
});
