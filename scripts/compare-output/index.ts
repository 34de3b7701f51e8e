/**
 * `npm run compare -- <base-ref> [<head-ref>]`: builds the site at two
 * points and reports what readers and journalists would get differently:
 * each page's text (spoken attributes included), its inline charts, the
 * downloads, the JSON other sites read, and which files exist. Refactors
 * promise "the output stays the same"; this checks the promise.
 *
 * The base ref is built in a temporary git worktree; the head ref too, or,
 * without one, the working tree in place (its dist/ is rebuilt). Both with
 * LEDGER_LOCAL_BUILD=1 and the same SITE_URL. `--dist-a/--dist-b` compare two
 * sites already built. Exit 0: identical (apart from --allow entries);
 * 1: something differs; 2: the comparison could not run.
 *
 * Not compared, on purpose (see files.ts, html.ts, svg.ts): file names under
 * _astro/ and pagefind/ (content hashes), CSP hashes and other markup that
 * is not read (attributes other than alt, aria-label and title), Astro's
 * data-astro-cid-* attributes, and the contents of files other than pages,
 * downloads and the JSON (their presence is compared).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyAllowList, parseAllowList, type AllowEntry } from './allow.ts';
import { parseCommandLine, USAGE, type Plan } from './args.ts';
import { addWorktree, build, repoRoot, resolveRef, type Worktree } from './build.ts';
import { compareSites } from './compare.ts';
import { formatReport } from './report.ts';

const log = (s: string) => console.error(s);

interface Sites {
  distA: string;
  distB: string;
  labelA: string;
  labelB: string;
}

/** Builds what the plan names; every worktree it makes is handed to `made` for removal. */
function buildSites(plan: Extract<Plan, { mode: 'build' }>, made: Worktree[]): Sites {
  const repo = repoRoot(process.cwd());
  const logs = mkdtempSync(join(tmpdir(), 'ledger-compare-logs-'));
  const base = resolveRef(repo, plan.base);
  const head = plan.head ? resolveRef(repo, plan.head) : null;
  const side = (commit: string, name: string) => {
    const worktree = addWorktree(repo, commit, name, log);
    made.push(worktree);
    return build(worktree.dir, plan.siteUrl, join(logs, `${name}.log`), log);
  };
  const distA = side(base.commit, 'a');
  const distB = head ? side(head.commit, 'b') : (log(`working tree ${repo}`), build(repo, plan.siteUrl, join(logs, 'b.log'), log));
  return { distA, distB, labelA: base.label, labelB: head ? head.label : `working tree (${repo})` };
}

function main(): number {
  let plan: Plan;
  try {
    plan = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`compare-output: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const entries: AllowEntry[] = plan.allow ? parseAllowList(readFileSync(plan.allow, 'utf8')) : [];
  const made: Worktree[] = [];
  // Ctrl-C in a ten-second build should not leave worktrees behind.
  const cleanUp = () => {
    if (plan.mode === 'build' && plan.keep) return;
    for (const worktree of made.splice(0)) worktree.remove();
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const sites: Sites =
      plan.mode === 'dists'
        ? { distA: resolve(plan.distA), distB: resolve(plan.distB), labelA: resolve(plan.distA), labelB: resolve(plan.distB) }
        : buildSites(plan, made);
    for (const dist of [sites.distA, sites.distB]) {
      if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site at ${dist}`);
    }
    const comparison = compareSites(sites.distA, sites.distB);
    const { unexpected, allowed, unused } = applyAllowList(comparison.findings, entries);
    console.log(formatReport({ labelA: sites.labelA, labelB: sites.labelB, comparison, unexpected, allowed, unused }));
    if (plan.mode === 'build' && plan.keep) for (const w of made) log(`kept ${w.dir}`);
    return unexpected.length ? 1 : 0;
  } catch (error) {
    console.error(`compare-output: ${(error as Error).message}`);
    return 2;
  } finally {
    cleanUp();
  }
}

process.exitCode = main();
