/** The files of a built site that the comparison looks at, and how each is compared. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Left out of the file list, because their names are hashes of their
 * contents and so change with any bundle or text change, never on their own:
 * - `_astro/`: Astro's bundled CSS and JS (`Chart.D3x9k1.css`);
 * - `pagefind/`: the search index's fragments and chunks (`en_1a2b3c.pf_fragment`).
 * What readers get from them is covered by the page text and the inline SVGs.
 */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/'] as const;

export type Kind = 'page' | 'download' | 'data' | 'other';

/**
 * How a file is compared. `data`: charts.json, datapackage.json and the
 * oEmbed answers, the machine-readable output other sites consume.
 */
export function kindOf(file: string): Kind {
  if (file.endsWith('.html')) return 'page';
  if (file.startsWith('downloads/')) return 'download';
  if (file === 'charts.json' || file === 'datapackage.json' || /^oembed\/[^/]+\.json$/.test(file)) return 'data';
  return 'other';
}

/** Every file under `root` (forward slashes, sorted), hashed folders left out. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((f) => !HASHED_FOLDERS.some((h) => f.startsWith(h)))
    .sort();
}
