import { describe, expect, it } from 'vitest';
import { coldVerdict } from '../../../bench/lib/markdown.ts';
import { skippedParts } from '../../../bench/lib/parts.ts';
import { EMBED_FIT_HEAD, embedFitRows, gapOf } from '../../../bench/lib/embed-fit.ts';
import { formatRatio, median, pairedRatio, pixelDifference, ratioOf } from '../../../bench/lib/stats.ts';

describe('bench figures', () => {
  it('takes medians of odd, even and empty lists without reordering them', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([10, 2, 4, 8])).toBe(6);
    expect(median([])).toBeNaN();
  });

  it('divides and formats ratios, with no ratio for missing or zero figures', () => {
    expect(ratioOf(3, 2)).toBe(1.5);
    expect(ratioOf(1, 0)).toBeNaN();
    expect(ratioOf(undefined, 2)).toBeNaN();
    expect(ratioOf(NaN, 2)).toBeNaN();
    expect(formatRatio(1000, 75)).toBe('13.33×');
    expect(formatRatio(2, 2)).toBe('1.00×');
    expect(formatRatio(1, 0)).toBe('–');
    expect(formatRatio(undefined, undefined)).toBe('–');
  });

  it('pairs runs before taking the median ratio', () => {
    // The medians' ratio would be 20/10 = 2; pair by pair the ratios are 3, 2 and 1.5.
    expect(pairedRatio([30, 20, 15], [10, 10, 10])).toBe(2);
    expect(pairedRatio([30, 40], [10, 10, 10])).toBe(3.5);
    expect(pairedRatio([1], [0])).toBeNaN();
  });

  it('counts differing pixels and the largest channel difference', () => {
    const a = new Uint8Array([0, 0, 0, 255, 10, 10, 10, 255]);
    expect(pixelDifference(a, a.slice())).toEqual({ pixels: 2, differing: 0, maxChannelDelta: 0, sameSize: true });
    const b = new Uint8Array([0, 0, 0, 255, 10, 13, 10, 255]);
    expect(pixelDifference(a, b)).toEqual({ pixels: 2, differing: 1, maxChannelDelta: 3, sameSize: true });
    expect(pixelDifference(a, a.slice(0, 4)).sameSize).toBe(false);
  });

  it('states whether the cold build is within 2× the warm build', () => {
    expect(coldVerdict(14_000, 7_000)).toEqual({ ok: true, line: 'cold 14.00 s ÷ warm 7.00 s = 2.00×: the cold build is at most 2× the warm build' });
    expect(coldVerdict(22_410, 7_090).ok).toBe(false);
    expect(coldVerdict(22_410, 7_090).line).toContain('3.16×: the cold build is MORE than 2×');
    expect(coldVerdict(undefined, 7_000).ok).toBeUndefined();
  });

  it('runs only the parts asked for, the build always', () => {
    expect([...skippedParts('png', undefined)].sort()).toEqual(['cls', 'embeds', 'explorer', 'growth', 'lighthouse', 'pages', 'peer']);
    expect([...skippedParts('build,png', '')].sort()).toEqual(['cls', 'embeds', 'explorer', 'growth', 'lighthouse', 'pages', 'peer']);
    expect([...skippedParts(undefined, 'peer,lighthouse')].sort()).toEqual(['lighthouse', 'peer']);
    expect(skippedParts(undefined, 'build').size).toBe(0);
    expect(() => skippedParts('pngs', undefined)).toThrow(/unknown part.*pngs/);
  });
});

describe('embed fit', () => {
  const results = {
    widths: [320, 640, 1200],
    rows: [
      { id: 'a', edition: 'zh-CN' as const, height: 400, content: { 320: 500, 640: 380, 1200: 300 } },
      { id: 'b', edition: 'en' as const, height: 200, content: { 320: 260, 640: 200, 1200: 210 } },
    ],
  };

  it('gives the share of the frame left empty, negative when the content is taller', () => {
    expect(gapOf(400, 380)).toBeCloseTo(0.05);
    expect(gapOf(200, 260)).toBeCloseTo(-0.3);
  });

  it('reports the median and largest gap and the charts that scroll, per width', () => {
    expect(embedFitRows(results)).toEqual([
      ['320 px', '-27.5%', '-25.0% (zh-CN a)', '2 of 2', '100 px (zh-CN a)'],
      ['640 px', '2.5%', '5.0% (zh-CN a)', '0 of 2', '–'],
      ['1200 px', '10.0%', '25.0% (zh-CN a)', '1 of 2', '10 px (en b)'],
    ]);
    expect(EMBED_FIT_HEAD).toHaveLength(embedFitRows(results)[0]!.length);
  });
});
