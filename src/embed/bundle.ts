/**
 * Client scripts of the embed feature, bundled and minified with esbuild at
 * build time. The embed page inlines its script (a module script from /_astro/
 * would need CORS inside a sandboxed iframe, whose origin is opaque), and
 * /embed.js is a classic script that host pages load from another origin.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const SCRIPTS = {
  /** The embed page: tooltips and sorting (src/scripts/interactions.ts) plus self-sizing. */
  embedPage: 'src/embed/embed-page.ts',
  /** /embed.js for host pages. */
  host: 'src/embed/host.ts',
} as const;

const cache = new Map<string, Promise<string>>();

export function bundleScript(entry: string, define: Record<string, string> = {}, root = process.cwd()): Promise<string> {
  const key = `${root}|${entry}|${JSON.stringify(define)}`;
  let result = cache.get(key);
  if (!result) {
    result = build({
      entryPoints: [resolve(root, entry)],
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      legalComments: 'none',
      define,
      logLevel: 'silent',
    }).then((out) => (out.outputFiles[0]?.text ?? '').trim());
    cache.set(key, result);
  }
  return result;
}
