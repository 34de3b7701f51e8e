import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cjkFonts, MissingCjkFontError, pngSize, renderOptions, renderPng, renderPngCached, subsetCjkFonts, svgCharacters } from '../../../src/embed/png.ts';

const svgOf = (text: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" font-family="'Noto Sans CJK SC', 'Noto Sans SC', sans-serif"><text x="4" y="30" font-size="24" font-weight="${weight}">${text}</text></svg>`;
const CHINESE = svgOf('区块链');

/** Dark pixels of a resvg render (RGBA). */
function inkPixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) count++;
  return count;
}

const scratch = () => mkdtempSync(join(tmpdir(), 'png-test-'));

describe('the CJK font for the PNG downloads', () => {
  it('comes with the project: Noto Sans SC Regular and Bold as TTF, from node_modules', () => {
    const fonts = cjkFonts({});
    expect(fonts.family).toBe('Noto Sans SC');
    expect(fonts.files).toHaveLength(2);
    for (const file of fonts.files) {
      expect(file.startsWith(resolve('node_modules'))).toBe(true);
      expect(file).toMatch(/NotoSansSC_(400Regular|700Bold)\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('can be overridden by CJK_FONT_FILES, which must name TTF, OTF or TTC files that exist', () => {
    const [regular] = cjkFonts({}).files;
    expect(cjkFonts({ CJK_FONT_FILES: regular }).files).toEqual([regular]);
    expect(() => cjkFonts({ CJK_FONT_FILES: '/nowhere/font.ttc' })).toThrow(/do not exist: \/nowhere\/font.ttc/);
    const woff = join(scratch(), 'font.woff2');
    writeFileSync(woff, '');
    expect(() => cjkFonts({ CJK_FONT_FILES: woff })).toThrow(/WOFF files, which resvg draws blank/);
  });

  it('says how to install it when the package is missing', () => {
    expect(() => cjkFonts({}, scratch())).toThrow(MissingCjkFontError);
    expect(() => cjkFonts({}, scratch())).toThrow(/npm install.*CJK_FONT_FILES/s);
  });

  it('draws Chinese text, which renders blank without a font', () => {
    const withFont = new Resvg(CHINESE, renderOptions(cjkFonts({}), 1)).render();
    const without = new Resvg(CHINESE, { font: { loadSystemFonts: false, fontFiles: [] } }).render();
    expect(inkPixels(withFont.pixels)).toBeGreaterThan(100);
    expect(inkPixels(without.pixels)).toBe(0);
  });

  it('never reads the system font directories', () => {
    expect(renderOptions(cjkFonts({}), 2).font).toMatchObject({ loadSystemFonts: false });
  });

  it('draws Chinese glyphs with the system font directories hidden (a private mount namespace)', () => {
    // Where the machine allows a private mount namespace (root on Linux), the
    // render runs with tmpfs over every system font directory; the test says
    // which way it ran.
    const script = join(scratch(), 'render.ts');
    writeFileSync(
      script,
      `import { Resvg } from ${JSON.stringify(createRequire(import.meta.url).resolve('@resvg/resvg-js'))};
import { cjkFonts, renderOptions } from ${JSON.stringify(resolve('src/embed/png.ts'))};
const svg = ${JSON.stringify(CHINESE)};
const px = new Resvg(svg, renderOptions(cjkFonts({}), 1)).render().pixels;
let ink = 0; for (let i = 0; i < px.length; i += 4) if (px[i] < 128 && px[i + 3] > 0) ink++;
console.log('ink', ink);`,
    );
    const node = process.execPath;
    const dirs = ['/usr/share/fonts', '/usr/local/share/fonts'].filter(existsSync);
    const hide = dirs.map((d) => `mount -t tmpfs none ${d}`).join(' && ');
    const canHide = dirs.length > 0 && spawnSync('unshare', ['-m', 'true']).status === 0;
    if (canHide) {
      const hidden = spawnSync('unshare', ['-m', 'sh', '-c', `${hide} && (fc-list 2>/dev/null | wc -l) && ${JSON.stringify(node)} ${JSON.stringify(script)}`], { cwd: resolve('.'), encoding: 'utf8' });
      expect(hidden.status, hidden.stderr).toBe(0);
      const [systemFonts, inkLine] = hidden.stdout.trim().split('\n');
      console.log(`PNG font test ran with ${dirs.join(', ')} hidden; fontconfig then saw ${systemFonts} fonts`);
      expect(Number(systemFonts)).toBe(0);
      expect(Number(inkLine!.split(' ')[1])).toBeGreaterThan(100);
    } else {
      console.log('PNG font test could not hide the system font directories (no private mount namespace here); it rendered in a plain child process');
      const plain = spawnSync(node, [script], { cwd: resolve('.'), encoding: 'utf8' });
      expect(plain.status, plain.stderr).toBe(0);
      expect(Number(plain.stdout.trim().split(' ')[1])).toBeGreaterThan(100);
    }
  });
});

describe('the font subset', () => {
  it('reads the characters of an SVG, character references decoded', () => {
    const chars = svgCharacters('<text>A&amp;&#x533A;&#22359;&lt;</text>');
    for (const c of ['A', '&', '区', '块', '<']) expect(chars.has(c)).toBe(true);
  });

  it('is a small fraction of the font and draws the same pixels', async () => {
    const full = cjkFonts({});
    const subset = await subsetCjkFonts(full, svgCharacters(CHINESE + svgOf('区块链', 700)), scratch());
    for (const [i, file] of subset.files.entries()) expect(statSync(file).size).toBeLessThan(statSync(full.files[i]!).size / 50);
    for (const svg of [CHINESE, svgOf('区块链', 700)]) {
      const a = new Resvg(svg, renderOptions(full, 2)).render().pixels;
      const b = new Resvg(svg, renderOptions(subset, 2)).render().pixels;
      expect(inkPixels(b)).toBeGreaterThan(100);
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    }
  });

  it('holds only the characters it was cut for', async () => {
    const subset = await subsetCjkFonts(cjkFonts({}), svgCharacters(CHINESE), scratch());
    expect(inkPixels(new Resvg(svgOf('专利'), renderOptions(subset, 1)).render().pixels)).toBe(0);
  });

  it('is reused from the cache for the same characters', async () => {
    const dir = scratch();
    const first = await subsetCjkFonts(cjkFonts({}), svgCharacters(CHINESE), dir);
    const again = await subsetCjkFonts(cjkFonts({}), svgCharacters(CHINESE), dir);
    expect(again.files).toEqual(first.files);
  });
});

describe('rendering', () => {
  it('renders at 2× by default', () => {
    expect(pngSize(renderPng(CHINESE))).toEqual({ width: 320, height: 80 });
  });

  it('gives the same PNG in a worker thread as on this one, and caches it', async () => {
    const fonts = await subsetCjkFonts(cjkFonts({}), svgCharacters(CHINESE), scratch());
    const cache = scratch();
    const inWorker = await renderPngCached(CHINESE, fonts, 2, cache);
    expect(Buffer.compare(inWorker, renderPng(CHINESE, fonts))).toBe(0);
    const cached = await renderPngCached(CHINESE, fonts, 2, cache);
    expect(Buffer.compare(cached, inWorker)).toBe(0);
  });
});
