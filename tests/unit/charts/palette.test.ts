/**
 * palette.ts and chart.css say the same colours: the pages paint with
 * chart.css's custom properties, the downloads with palette.ts, and a colour
 * changed in one place only would make a download look unlike its page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customProperties, PALETTE } from '../../../src/charts/palette.ts';

const css = readFileSync('src/charts/chart.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared in the one block whose selector list is `selector` (whitespace aside). */
function block(selector: string): [string, string][] {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const wanted = squash(selector);
  const found: [string, string][][] = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (const match of css.matchAll(re)) {
    if (squash(match[1]!) !== wanted) continue;
    found.push([...match[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((d) => [d[1]!, d[2]!.trim()]));
  }
  expect(found, `blocks with selector ${selector}`).toHaveLength(1);
  return found[0]!;
}

describe('palette.ts and chart.css', () => {
  it('agree on the light theme', () => {
    expect(block(":root, [data-theme='light']")).toEqual(customProperties(PALETTE.light));
  });

  it('agree on the dark theme, for the system setting and for a forced theme', () => {
    expect(block(":root:not([data-theme='light'])")).toEqual(customProperties(PALETTE.dark));
    expect(block("[data-theme='dark']")).toEqual(customProperties(PALETTE.dark));
  });

  it('agree on the print greys', () => {
    expect(block(':root:root:root, [data-theme][data-theme]')).toEqual(customProperties(PALETTE.print));
  });

  it('leave no chart colour defined in chart.css alone', () => {
    const defined = [...css.matchAll(/(?:^|[{;\s])(--chart-[\w-]+)\s*:/g)].map((m) => m[1]);
    // Four theme blocks, each defining every colour once.
    expect(defined).toHaveLength(4 * customProperties(PALETTE.light).length);
  });

  it('names each colour once per theme', () => {
    const names = customProperties(PALETTE.light).map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('--chart-6');
    expect(names).toContain('--chart-on-faded');
  });
});
