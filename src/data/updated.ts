/**
 * When a page's data last changed, for the "last updated" line of chart and
 * dataset pages and the sitemap's lastmod. The best witness is git: the date
 * of the last commit that touched the data files. A deploy host often builds
 * from a shallow clone, where the oldest commit it holds stands in for all the
 * history before it, so a date from there could be too late; and an export
 * without .git has no history at all. In both cases the date is the newest
 * modification time of the files, and the result says so, so the page can
 * name what the date is.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LastUpdated {
  /** YYYY-MM-DD (UTC). */
  date: string;
  /** `git`: the last commit that changed the files; `file`: their modification time (no full history here). */
  origin: 'git' | 'file';
}

export type GitRunner = (args: string[], cwd: string) => string;

const runGit: GitRunner = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

/** Whether `cwd` is in a git checkout with its whole history (not shallow). */
function fullHistory(cwd: string, git: GitRunner): boolean {
  try {
    return git(['rev-parse', '--is-shallow-repository'], cwd) === 'false';
  } catch {
    return false;
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The last change of `files` (paths relative to `root`): from git where its history is whole, else from the files' dates. */
export function lastUpdated(files: readonly string[], root = process.cwd(), git: GitRunner = runGit): LastUpdated {
  if (files.length === 0) throw new Error('lastUpdated needs at least one file');
  if (fullHistory(root, git)) {
    try {
      const iso = git(['log', '-1', '--format=%cI', '--', ...files], root);
      // A file not yet committed has no date in git: its own date is the honest one.
      if (iso) return { date: day(new Date(iso)), origin: 'git' };
    } catch {
      // git is there but cannot answer (no commits yet): fall through.
    }
  }
  const newest = Math.max(...files.map((f) => statSync(resolve(root, f)).mtimeMs));
  return { date: day(new Date(newest)), origin: 'file' };
}

const memo = new Map<string, LastUpdated>();

/** lastUpdated, asked once per set of files in a build (every chart page and the sitemap ask). */
export function lastUpdatedOnce(files: readonly string[], root = process.cwd()): LastUpdated {
  const key = `${root}\0${[...files].sort().join('\0')}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = lastUpdated(files, root)));
  return found;
}
