/**
 * PNG downloads, rendered at build time with resvg from the standalone SVG,
 * at 2× for print.
 *
 * The font comes with the project: Noto Sans SC Regular and Bold, as TTF, from
 * the `@expo-google-fonts/noto-sans-sc` package (resvg needs TTF or OTF; WOFF2
 * renders blank), so a build draws the same glyphs on every machine and needs
 * no system font. `CJK_FONT_FILES` (paths separated by the path delimiter)
 * overrides it.
 *
 * resvg-js reads every font file again for each text node it draws; with a
 * 10 MB CJK font that is most of a chart's render time. So each build subsets
 * the fonts (harfbuzz, through `subset-font`) to the characters its standalone
 * SVGs use, a few hundred KB, and gives resvg the subset.
 *
 * Rendering and PNG encoding are synchronous in resvg, so they run in worker
 * threads, and each PNG is kept in node_modules/.cache/ledger-atlas-png/ under
 * a hash of its SVG, the font bytes and the scale: a rebuild renders only what
 * changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import subsetFont from 'subset-font';

export const PNG_SCALE = 2;

/** The family name inside the bundled font files, which the standalone SVG's font-family names. */
export const BUNDLED_FAMILY = 'Noto Sans SC';

const BUNDLED_FILES = ['@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'];

export interface CjkFonts {
  files: string[];
  family: string;
  /** Where the files came from, for messages: the bundled package, $CJK_FONT_FILES, or a subset of either. */
  origin: string;
}

export class MissingCjkFontError extends Error {}

/** Resolves package files from the project root: the build runs bundled code from dist/, not from src/. */
function resolveFromProject(specifier: string, root = process.cwd()): string {
  return createRequire(join(root, 'package.json')).resolve(specifier);
}

/** The CJK fonts to render with: $CJK_FONT_FILES when set, else the Noto Sans SC files installed with the project. */
export function cjkFonts(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): CjkFonts {
  const fromEnv = env['CJK_FONT_FILES']?.split(delimiter).filter(Boolean);
  if (fromEnv && fromEnv.length > 0) {
    const missing = fromEnv.filter((f) => !existsSync(f));
    if (missing.length > 0) throw new MissingCjkFontError(`CJK_FONT_FILES names files that do not exist: ${missing.join(', ')}`);
    const woff = fromEnv.filter((f) => /\.woff2?$/i.test(f));
    if (woff.length > 0) throw new MissingCjkFontError(`CJK_FONT_FILES names WOFF files, which resvg draws blank; give TTF, OTF or TTC files: ${woff.join(', ')}`);
    return { files: fromEnv, family: env['CJK_FONT_FAMILY'] ?? 'Noto Sans CJK SC', origin: 'CJK_FONT_FILES' };
  }
  try {
    return { files: BUNDLED_FILES.map((f) => resolveFromProject(f, root)), family: BUNDLED_FAMILY, origin: '@expo-google-fonts/noto-sans-sc' };
  } catch {
    throw new MissingCjkFontError(
      'The Chinese font for the PNG downloads is missing: @expo-google-fonts/noto-sans-sc is not installed ' +
        `under ${root}. Run npm install (or npm ci), or set CJK_FONT_FILES to TTF/OTF files of a Simplified Chinese sans font.`,
    );
  }
}

/**
 * Every character an SVG can draw: its markup (ASCII, cheap to include) and
 * what its character references decode to.
 */
export function svgCharacters(svg: string): Set<string> {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const decoded = svg.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return String.fromCodePoint(code);
  });
  return new Set(Array.from(decoded));
}

const FONT_CACHE = resolve('node_modules/.cache/ledger-atlas-fonts');

function writeAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * The fonts cut down to `characters` (TTF/OTF files; a TTC collection is
 * passed through whole, since the subsetter would take its first face, which
 * may be another language's). Subsets are cached on disk by content.
 */
export async function subsetCjkFonts(fonts: CjkFonts, characters: Iterable<string>, cacheDir = FONT_CACHE): Promise<CjkFonts> {
  const text = [...new Set(characters)].sort().join('');
  const files = await Promise.all(
    fonts.files.map(async (file) => {
      if (/\.ttc$/i.test(file)) return file;
      const source = readFileSync(file);
      const key = createHash('sha256').update(source).update('\0').update(text).digest('hex').slice(0, 24);
      const out = join(cacheDir, `${key}-${basename(file).replace(/\.(otf|ttf)$/i, '')}.ttf`);
      if (existsSync(out)) return out;
      const subset = await subsetFont(source, text, { targetFormat: 'sfnt' });
      try {
        writeAtomically(out, subset);
        return out;
      } catch {
        // A read-only node_modules: keep the subset in the system's temporary folder instead.
        const fallback = join(process.env['TMPDIR'] ?? '/tmp', 'ledger-atlas-fonts', basename(out));
        writeAtomically(fallback, subset);
        return fallback;
      }
    }),
  );
  return { files, family: fonts.family, origin: `subset of ${fonts.origin} (${text.length} characters)` };
}

export function renderOptions(fonts: CjkFonts, scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: fonts.files, defaultFontFamily: fonts.family, sansSerifFamily: fonts.family },
    logLevel: 'off',
  };
}

/** The SVG as a PNG at `scale` × its size, white background, text drawn with `fonts` (synchronous, on this thread, uncached). */
export function renderPng(svg: string, fonts: CjkFonts = cjkFonts(), scale = PNG_SCALE): Buffer {
  return new Resvg(svg, renderOptions(fonts, scale)).render().asPng();
}

/*
 * The worker's code is a string, evaluated as CommonJS, so it needs no file of
 * its own next to the bundled build output; it loads resvg by the absolute
 * path the main thread resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

interface Job {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
  done: (png: Buffer) => void;
  fail: (error: Error) => void;
}

class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private count = 0;
  private nextId = 0;

  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  render(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
    return new Promise((done, fail) => {
      this.waiting.push({ id: this.nextId++, svg, options, done, fail });
      this.pump();
    });
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js') } });
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (job) {
        if (message.png) job.done(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
        else job.fail(new Error(`PNG render failed: ${message.error}`));
      }
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (error: unknown) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.count--;
      job?.fail(error instanceof Error ? error : new Error(String(error)));
      this.pump();
    });
    this.count++;
    return worker;
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const worker = this.idle.pop() ?? (this.count < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.waiting.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, svg: job.svg, options: job.options });
    }
    // Idle workers must not keep the build's process alive.
    for (const worker of this.idle) worker.unref();
  }
}

let pool: RenderPool | undefined;
const digests = new Map<string, string>();

/** A font file's content hash, read once per build (subset files are named by content, so their bytes never change). */
function fileDigest(file: string): string {
  let digest = digests.get(file);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digests.set(file, digest);
  }
  return digest;
}

/** Like renderPng, but in a worker thread (at most four, one per core) and cached on disk by content. */
export async function renderPngCached(svg: string, fonts: CjkFonts, scale = PNG_SCALE, cacheDir = resolve('node_modules/.cache/ledger-atlas-png')): Promise<Buffer> {
  const hash = createHash('sha256').update(`resvg-js 2|scale ${scale}|${fonts.family}\n`);
  for (const file of fonts.files) hash.update(fileDigest(file));
  const file = join(cacheDir, `${hash.update(svg).digest('hex').slice(0, 32)}.png`);
  if (existsSync(file)) return readFileSync(file);
  pool ??= new RenderPool(Math.max(1, Math.min(4, availableParallelism())));
  const png = await pool.render(svg, renderOptions(fonts, scale));
  try {
    writeAtomically(file, png);
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
