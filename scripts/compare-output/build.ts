/**
 * Building a git ref in a temporary worktree, with the same environment as
 * the other side, so the only difference between the two builds is the code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function git(cwd: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** The commit a ref names, and a label for the report (`HEAD (5a091d5)`). */
export function resolveRef(repo: string, ref: string): { commit: string; label: string } {
  const commit = git(repo, ['rev-parse', '--verify', `${ref}^{commit}`]);
  return { commit, label: `${ref} (${commit.slice(0, 7)})` };
}

/**
 * The build's environment, fixed: a local build (no address warning) for one
 * SITE_URL, since the address is printed into snippets, PNG footers and
 * oEmbed answers and would otherwise differ between machines or hosts.
 */
export function buildEnv(siteUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, LEDGER_LOCAL_BUILD: '1', SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Caches inside node_modules that belong to one checkout, never shared. */
const PER_CHECKOUT = new Set(['.cache', '.astro', '.vite']);

/**
 * node_modules for a worktree. With the same package-lock.json as the
 * current checkout, a real folder of symlinks to each installed package
 * (seconds instead of minutes of npm ci): node resolves a package through
 * its link to the real folder and its dependencies from there. Not one link
 * for the whole folder, because Astro, Vite and the PNG renderer keep caches
 * in node_modules (.astro, .vite, .cache) that would then leak from one build
 * into the other. With a different lockfile, npm ci.
 */
export function provideNodeModules(worktree: string, current: string, log: (s: string) => void): void {
  const lock = (dir: string) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
  if (existsSync(join(current, 'node_modules')) && lock(worktree) === lock(current)) {
    log('  package-lock.json is identical: linking the current node_modules');
    const target = join(worktree, 'node_modules');
    mkdirSync(target);
    for (const entry of readdirSync(join(current, 'node_modules'))) {
      if (!PER_CHECKOUT.has(entry)) symlinkSync(join(current, 'node_modules', entry), join(target, entry));
    }
    return;
  }
  log('  package-lock.json differs: npm ci (a few minutes)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: worktree, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci in ${worktree} failed (exit ${result.status})`);
}

/**
 * Files a build reads that git does not keep: the PDFs `npm run pdf` prints
 * (public/pdf/, ignored, and slow to remake). Copied from the current
 * checkout so both builds link the same PDFs.
 */
const UNTRACKED_INPUTS = ['public/pdf'];

/**
 * `npm run build` in `dir`; its output goes to `logFile` (outside the
 * checkout, so the working tree gains no stray file), and its tail to the
 * error if it fails.
 */
export function build(dir: string, siteUrl: string, logFile: string, log: (s: string) => void): string {
  log(`  building ${dir} (log: ${logFile})`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, env: buildEnv(siteUrl), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`npm run build in ${dir} failed (exit ${result.status}):\n${tail}`);
  }
  log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return join(dir, 'dist');
}

export interface Worktree {
  dir: string;
  remove: () => void;
}

/** A detached worktree of `commit` under the system's temp folder, ready to build. */
export function addWorktree(repo: string, commit: string, name: string, log: (s: string) => void): Worktree {
  const parent = mkdtempSync(join(tmpdir(), 'ledger-compare-'));
  const dir = join(parent, name);
  log(`worktree ${dir} at ${commit.slice(0, 7)}`);
  git(repo, ['worktree', 'add', '--detach', '--quiet', dir, commit]);
  const remove = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: repo });
    rmSync(parent, { recursive: true, force: true });
  };
  try {
    for (const input of UNTRACKED_INPUTS) {
      if (existsSync(join(repo, input)) && !existsSync(join(dir, input))) cpSync(join(repo, input), join(dir, input), { recursive: true });
    }
    provideNodeModules(dir, repo, log);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/** The top of the git checkout the command runs in. */
export function repoRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']);
}
