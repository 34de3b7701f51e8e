/**
 * PNG downloads, rendered at build time with resvg from the standalone SVG,
 * at 2× for print. resvg needs the font files themselves (TTF, OTF or TTC;
 * WOFF2 renders blank), so the build looks for a Simplified Chinese sans font
 * on the machine (Noto Sans CJK from Debian's fonts-noto-cjk, Source Han Sans,
 * PingFang, Microsoft YaHei …) or takes the files from $CJK_FONT_FILES, and
 * stops with a message saying how to install one when there is none.
 *
 * resvg-js reads the font file again for every glyph it draws, and a CJK font
 * file is 20 MB, so a chart takes about a second and a long table several.
 * Renders therefore run on resvg's worker threads, several at once, and each
 * PNG is kept in node_modules/.cache/ledger-atlas-png/ under a hash of its SVG,
 * fonts and scale: a rebuild renders only charts that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

export const PNG_SCALE = 2;

const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.local/share/fonts'),
  join(homedir(), '.fonts'),
  '/System/Library/Fonts',
  '/Library/Fonts',
  'C:\\Windows\\Fonts',
];

/** File name patterns of CJK sans fonts, best first, with the family name they provide. */
const CANDIDATES: { pattern: RegExp; family: string }[] = [
  { pattern: /^NotoSansCJK(sc)?-(Regular|Bold)\.(ttc|otf)$/i, family: 'Noto Sans CJK SC' },
  { pattern: /^NotoSansSC-(Regular|Bold)\.(otf|ttf)$/i, family: 'Noto Sans SC' },
  { pattern: /^SourceHanSans(SC|CN)?-(Regular|Bold)\.(ttc|otf)$/i, family: 'Source Han Sans SC' },
  { pattern: /^PingFang\.ttc$/i, family: 'PingFang SC' },
  { pattern: /^msyh(bd)?\.(ttc|ttf)$/i, family: 'Microsoft YaHei' },
];

function walk(dir: string, depth: number, out: string[]): void {
  if (depth < 0 || !existsSync(dir)) return;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) walk(path, depth - 1, out);
      else out.push(path);
    } catch {
      // unreadable entry: skip
    }
  }
}

export interface CjkFonts {
  files: string[];
  family: string;
}

export class MissingCjkFontError extends Error {}

let found: CjkFonts | undefined;

/** The CJK font files to render with: $CJK_FONT_FILES (separated by the path delimiter) or the best found on the machine. */
export function findCjkFonts(env: NodeJS.ProcessEnv = process.env, dirs: string[] = FONT_DIRS): CjkFonts {
  if (found && env === process.env && dirs === FONT_DIRS) return found;
  let result: CjkFonts | undefined;
  const fromEnv = env['CJK_FONT_FILES']?.split(delimiter).filter(Boolean);
  if (fromEnv && fromEnv.length > 0) {
    const missing = fromEnv.filter((f) => !existsSync(f));
    if (missing.length > 0) throw new MissingCjkFontError(`CJK_FONT_FILES names files that do not exist: ${missing.join(', ')}`);
    result = { files: fromEnv, family: 'Noto Sans CJK SC' };
  } else {
    const files: string[] = [];
    for (const dir of dirs) walk(dir, 4, files);
    for (const candidate of CANDIDATES) {
      const matches = files.filter((f) => candidate.pattern.test(f.split(/[\\/]/).pop() ?? ''));
      if (matches.length > 0) {
        result = { files: matches.sort(), family: candidate.family };
        break;
      }
    }
  }
  if (!result) {
    throw new MissingCjkFontError(
      'No Chinese font found for the PNG downloads (resvg needs a TTF, OTF or TTC file; WOFF2 renders blank). ' +
        `Looked for Noto Sans CJK, Noto Sans SC, Source Han Sans, PingFang or Microsoft YaHei in ${dirs.join(', ')}. ` +
        'Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) or set CJK_FONT_FILES to the font files, ' +
        'e.g. CJK_FONT_FILES=/path/NotoSansCJK-Regular.ttc:/path/NotoSansCJK-Bold.ttc.',
    );
  }
  if (env === process.env && dirs === FONT_DIRS) found = result;
  return result;
}

export function renderOptions(fonts: CjkFonts, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    logLevel: 'off',
  };
}

/** The SVG as a PNG at `scale` × its size, white background, Chinese text drawn with the CJK font (synchronous, uncached). */
export function renderPng(svg: string, fonts: CjkFonts = findCjkFonts(), scale = PNG_SCALE): Buffer {
  return new Resvg(svg, renderOptions(fonts, scale)).render().asPng();
}

const CACHE_DIR = resolve('node_modules/.cache/ledger-atlas-png');

function cacheKey(svg: string, fonts: CjkFonts, scale: number): string {
  const hash = createHash('sha256');
  hash.update(`resvg-js 2|scale ${scale}|${fonts.family}\n`);
  for (const file of fonts.files) {
    const stat = statSync(file);
    hash.update(`${file}|${stat.size}|${stat.mtimeMs}\n`);
  }
  return hash.update(svg).digest('hex').slice(0, 32);
}

let running = 0;
const queue: (() => void)[] = [];
const LIMIT = Math.max(1, Math.min(4, availableParallelism()));

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((go) => queue.push(go));
  running++;
  try {
    return await task();
  } finally {
    running--;
    queue.shift()?.();
  }
}

/** Like renderPng, but on resvg's worker threads (at most LIMIT at once) and cached on disk by content. */
export async function renderPngCached(svg: string, fonts: CjkFonts = findCjkFonts(), scale = PNG_SCALE): Promise<Buffer> {
  const file = join(CACHE_DIR, `${cacheKey(svg, fonts, scale)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await withSlot(async () => (await renderAsync(svg, renderOptions(fonts, scale))).asPng());
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  } catch {
    // A read-only node_modules only costs the next build the render.
  }
  return png;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
