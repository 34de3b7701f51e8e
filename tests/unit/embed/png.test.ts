import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { findCjkFonts, MissingCjkFontError, pngSize, renderOptions, renderPng } from '../../../src/embed/png.ts';

const CHINESE = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="\'Noto Sans CJK SC\', sans-serif"><text x="4" y="30" font-size="24">区块链</text></svg>';

function inkPixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) count++;
  return count;
}

let fonts: ReturnType<typeof findCjkFonts> | null = null;
try {
  fonts = findCjkFonts();
} catch {
  fonts = null;
}

describe('CJK fonts for the PNG downloads', () => {
  it('stops the build with directions when no CJK font is found', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    expect(() => findCjkFonts({}, [empty])).toThrow(MissingCjkFontError);
    expect(() => findCjkFonts({}, [empty])).toThrow(/fonts-noto-cjk.*CJK_FONT_FILES/s);
    expect(() => findCjkFonts({ CJK_FONT_FILES: '/nowhere/font.ttc' }, [empty])).toThrow(/do not exist: \/nowhere\/font.ttc/);
  });

  it.skipIf(!fonts)('finds TTF, OTF or TTC files (not WOFF2) on this machine', () => {
    expect(fonts!.files.length).toBeGreaterThan(0);
    for (const file of fonts!.files) {
      expect(existsSync(file)).toBe(true);
      expect(file).toMatch(/\.(ttc|otf|ttf)$/i);
    }
  });

  it.skipIf(!fonts)('draws Chinese text, which renders blank without the font', () => {
    const withFont = new Resvg(CHINESE, renderOptions(fonts!, 1)).render();
    const without = new Resvg(CHINESE, { font: { loadSystemFonts: false, fontFiles: [] } }).render();
    expect(inkPixels(withFont.pixels)).toBeGreaterThan(100);
    expect(inkPixels(without.pixels)).toBe(0);
  });

  it.skipIf(!fonts)('renders at 2× by default', () => {
    expect(pngSize(renderPng(CHINESE))).toEqual({ width: 240, height: 80 });
  });
});
