/**
 * What each built page weighs, read from the files: the HTML itself, the CSS
 * and JS it loads at once (external files, their static imports, inline
 * blocks), its inline SVG, and images. Raw bytes and gzip (level 6, each file
 * on its own, as a static host sends them).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanHtml } from '../../scripts/verify/csp.ts';

export interface Bytes {
  raw: number;
  gz: number;
}

export interface PageSizes {
  path: string;
  html: Bytes;
  /** External stylesheets plus inline <style> blocks. */
  css: Bytes;
  /** Scripts run on load: external files and their static imports, plus inline scripts. */
  js: Bytes;
  /** Scripts only imported later (dynamic import(), e.g. the search index). */
  jsLazy: Bytes;
  /** Inline <svg> markup (part of the HTML bytes) and SVG files the page shows. */
  svg: Bytes & { count: number };
  /** Other images the page loads (PNG, favicon…). */
  images: Bytes;
  /** Everything loaded on open: HTML + CSS files + JS files + images (gzip where a host would). */
  total: Bytes;
  cssFiles: string[];
  jsFiles: string[];
}

const gz = (data: string | Buffer) => (data.length === 0 ? 0 : gzipSync(data, { level: 6 }).length);
const bytesOf = (data: string | Buffer): Bytes => ({ raw: Buffer.byteLength(data), gz: gz(data) });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const ZERO: Bytes = { raw: 0, gz: 0 };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Outermost <svg>…</svg> blocks of an HTML string. */
export function inlineSvgs(html: string): string[] {
  const out: string[] = [];
  const re = /<svg\b|<\/svg\s*>/gi;
  let depth = 0;
  let start = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0) out.push(html.slice(start, m.index + m[0].length));
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

/** Static and dynamic imports of a built JS file (relative or root-relative specifiers). */
export function importsOf(js: string): { static: string[]; dynamic: string[] } {
  const statics = [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
  const dynamics = [...js.matchAll(/\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]!);
  return { static: statics, dynamic: dynamics };
}

export function pageSizes(root: string, file: string, path: string): PageSizes {
  const html = readFileSync(join(root, file), 'utf8');
  const resolveUrl = (url: string): string | undefined => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
    const clean = url.split(/[?#]/)[0]!;
    const abs = clean.startsWith('/') ? clean : posix.join(posix.dirname(path.endsWith('/') ? `${path}index.html` : path), clean);
    let local = join(root, abs);
    if (existsSync(local) && statSync(local).isDirectory()) local = join(local, 'index.html');
    return existsSync(local) ? local : undefined;
  };

  // CSS: <link rel=stylesheet> files and inline <style>.
  let css = ZERO;
  const cssFiles: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?stylesheet/i.test(tag)) continue;
    const local = resolveUrl(attr(tag, 'href') ?? '');
    if (local && !cssFiles.includes(local)) {
      cssFiles.push(local);
      css = add(css, bytesOf(readFileSync(local)));
    }
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '').join('');
  css = add(css, bytesOf(inlineCss));

  // JS: external module graph from <script src> and modulepreload, plus inline scripts.
  let js = ZERO;
  let jsLazy = ZERO;
  const jsFiles: string[] = [];
  const lazyFiles: string[] = [];
  const visit = (local: string, lazy: boolean) => {
    const list = lazy ? lazyFiles : jsFiles;
    if (jsFiles.includes(local) || list.includes(local)) return;
    list.push(local);
    const source = readFileSync(local);
    if (lazy) jsLazy = add(jsLazy, bytesOf(source));
    else js = add(js, bytesOf(source));
    const { static: statics, dynamic } = importsOf(source.toString('utf8'));
    const from = (spec: string) => (spec.startsWith('/') ? resolveUrl(spec) : spec.startsWith('.') ? (existsSync(join(dirname(local), spec)) ? join(dirname(local), spec) : undefined) : undefined);
    for (const spec of statics) {
      const next = from(spec);
      if (next) visit(next, lazy);
    }
    for (const spec of dynamic) {
      const next = from(spec);
      if (next) visit(next, true);
    }
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=[^>]*>/gi)) {
    const local = resolveUrl(attr(m[0], 'src') ?? '');
    if (local) visit(local, false);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']?modulepreload/i.test(m[0])) {
      const local = resolveUrl(attr(m[0], 'href') ?? '');
      if (local) visit(local, false);
    }
  }
  const inlineJs = scanHtml(html).inlineScripts.map((s) => s.text).join('\n');
  js = add(js, bytesOf(inlineJs));
  // Dynamic imports written in inline scripts (e.g. the search page's index).
  for (const spec of importsOf(inlineJs).dynamic) {
    const local = spec.startsWith('/') ? resolveUrl(spec) : undefined;
    if (local) visit(local, true);
  }

  // SVG: inline markup, and <img src=*.svg>; other images and the icon.
  const svgs = inlineSvgs(html);
  let svg: Bytes & { count: number } = { ...bytesOf(svgs.join('')), count: svgs.length };
  let images = ZERO;
  const seen = new Set<string>();
  const image = (url: string | undefined) => {
    const local = url ? resolveUrl(url) : undefined;
    if (!local || seen.has(local)) return;
    seen.add(local);
    const data = readFileSync(local);
    if (local.endsWith('.svg')) svg = { ...add(svg, bytesOf(data)), count: svg.count + 1 };
    else images = add(images, { raw: data.length, gz: data.length });
  };
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) image(attr(m[0], 'src'));
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) if (/\brel\s*=\s*["']?(shortcut )?icon/i.test(m[0])) image(attr(m[0], 'href'));

  const htmlBytes = bytesOf(html);
  const externalCss = cssFiles.reduce((acc, f) => add(acc, bytesOf(readFileSync(f))), ZERO);
  const externalJs = jsFiles.reduce((acc, f) => add(acc, bytesOf(readFileSync(f))), ZERO);
  const imageFiles = [...seen].reduce((acc, f) => add(acc, f.endsWith('.svg') ? bytesOf(readFileSync(f)) : { raw: statSync(f).size, gz: statSync(f).size }), ZERO);
  const total = add(add(add(htmlBytes, externalCss), externalJs), imageFiles);
  return { path, html: htmlBytes, css, js, jsLazy, svg, images, total, cssFiles: cssFiles.map((f) => f.slice(root.length)), jsFiles: jsFiles.map((f) => f.slice(root.length)) };
}
