/**
 * Client scripts of the embed feature, bundled and minified with esbuild at
 * build time. The embed page inlines its script (a module script from /_astro/
 * would need CORS inside a sandboxed iframe, whose origin is opaque), and
 * /embed.js is a classic script that host pages load from another origin.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const SCRIPTS = {
  /** The embed page: tooltips and sorting (src/scripts/interactions.ts) plus self-sizing. */
  embedPage: 'src/embed/embed-page.ts',
  /** /embed.js for host pages. */
  host: 'src/embed/host.ts',
} as const;

export interface BundleOptions {
  /**
   * Leave the TOP50 index explorer (src/scripts/index-explorer.ts) out: an
   * embed page whose chart is not the explorer never runs it (interactions.ts
   * imports it only where `[data-index-explorer]` is on the page), and an
   * inline bundle cannot split it off, so every other embed would carry its
   * maths for nothing.
   */
  withoutExplorer?: boolean;
}

/** Resolves the explorer's module to an empty one. */
const noExplorer: Plugin = {
  name: 'no-index-explorer',
  setup(b) {
    b.onResolve({ filter: /(^|\/)index-explorer\.ts$/ }, (args) => ({ path: args.path, namespace: 'no-index-explorer' }));
    b.onLoad({ filter: /.*/, namespace: 'no-index-explorer' }, () => ({ contents: '', loader: 'ts' }));
  },
};

const cache = new Map<string, Promise<string>>();

export function bundleScript(entry: string, define: Record<string, string> = {}, root = process.cwd(), options: BundleOptions = {}): Promise<string> {
  const key = `${root}|${entry}|${JSON.stringify(define)}|${options.withoutExplorer ? 'lean' : 'full'}`;
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
      plugins: options.withoutExplorer ? [noExplorer] : [],
      logLevel: 'silent',
    }).then((out) => (out.outputFiles[0]?.text ?? '').trim());
    cache.set(key, result);
  }
  return result;
}
