/** The command line of `npm run compare`, parsed without side effects so it can be tested. */
import { parseArgs } from 'node:util';
import { LOCAL_ADDRESS } from '../../src/site-address.ts';

export const USAGE = `usage: npm run compare -- <base-ref> [<head-ref>]   (head: the working tree)
       npm run compare -- --dist-a DIR --dist-b DIR     (two built sites, no build)
options: --allow FILE      expected differences, one "<path> <substring or /regex/>" a line
         --site-url URL    SITE_URL of both builds (default ${LOCAL_ADDRESS})
         --keep            keep the temporary worktrees (their paths are printed)`;

export type Plan =
  | { mode: 'dists'; distA: string; distB: string; allow?: string }
  | { mode: 'build'; base: string; head?: string; siteUrl: string; keep: boolean; allow?: string };

export function parseCommandLine(argv: string[]): Plan {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dist-a': { type: 'string' },
      'dist-b': { type: 'string' },
      allow: { type: 'string' },
      'site-url': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const allow = values.allow ? { allow: values.allow } : {};
  if (values['dist-a'] || values['dist-b']) {
    if (!values['dist-a'] || !values['dist-b']) throw new Error('--dist-a and --dist-b go together');
    if (positionals.length) throw new Error('refs and --dist-a/--dist-b exclude each other');
    return { mode: 'dists', distA: values['dist-a'], distB: values['dist-b'], ...allow };
  }
  if (positionals.length < 1 || positionals.length > 2) throw new Error('expected a base ref, and optionally a head ref');
  const [base, head] = positionals as [string, string | undefined];
  return { mode: 'build', base, ...(head ? { head } : {}), siteUrl: values['site-url'] ?? LOCAL_ADDRESS, keep: values.keep ?? false, ...allow };
}
