/** The pages of a built site: every .html file under dist/, and the URL it is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** Path of the file relative to the site root, with forward slashes: `charts/index.html`. */
  file: string;
  /** URL path the file is served at: `/charts/`, `/404.html`. */
  path: string;
}

/** `charts/index.html` → `/charts/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  const posix = file.split(sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Every .html file under `root`, sorted by URL path. */
export function discoverPages(root: string): SitePage[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
      return { file, path: urlPathOf(file) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** What kind of page a URL path is, for benchmarks and budgets. */
export type PageKind = 'home' | 'embed' | 'chapter' | 'other';

/**
 * Embed pages live under /embed/<id>/; chapter pages under /<report>/<chapter>/
 * for the chapter slugs of each report (the site's are in each report's src/reports/<id>/meta.ts).
 */
export function pageKind(path: string, chapters: Readonly<Record<string, readonly string[]>>): PageKind {
  const bare = editionOf(path) === 'en' ? path.slice(EN_PREFIX.length) || '/' : path;
  if (bare === '/') return 'home';
  const parts = bare.split('/').filter(Boolean);
  if (parts[0] === 'embed' && parts.length === 2 && bare.endsWith('/')) return 'embed';
  if (parts.length === 2 && bare.endsWith('/') && chapters[parts[0]!]?.includes(parts[1]!)) return 'chapter';
  return 'other';
}

/** The English edition's prefix (src/paths.ts localePrefix('en')). */
const EN_PREFIX = '/en';

/** Which edition a page belongs to: the English one under /en/, the Chinese one at the root. */
export function editionOf(path: string): 'zh-CN' | 'en' {
  return path === EN_PREFIX || path.startsWith(`${EN_PREFIX}/`) ? 'en' : 'zh-CN';
}
