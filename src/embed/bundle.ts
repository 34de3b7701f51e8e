/**
 * Client scripts of the embed feature, bundled and minified with esbuild at
 * build time. The embed page inlines its script (a module script from /_astro/
 * would need CORS inside a sandboxed iframe, whose origin is opaque), and
 * /embed.js is a classic script that host pages load from another origin.
 */
import { dirname, resolve } from 'node:path';
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
   * embed page whose chart is not the explorer never runs it
   * (load-index-explorer.ts imports it only where `[data-index-explorer]` is
   * on the page), and an inline bundle cannot split it off, so every other
   * embed would carry its maths for nothing.
   */
  withoutExplorer?: boolean;
  /** Leave table sorting and filters (src/scripts/table-tools.ts) out: the page has no table that offers them. */
  withoutTableTools?: boolean;
  /**
   * Move between marks in data order only (src/charts/mark-order.ts) instead
   * of by where they are drawn (mark-navigation.ts): the chart's type says
   * its marks are one column in data order (CHART_TYPES' `marksInOrder`),
   * where both rules land on the same mark.
   */
  withoutSpatialNavigation?: boolean;
  /** Leave out writing marks' titles from their rows (src/scripts/row-tips.ts): the chart has no svg[data-row-tips]. */
  withoutRowTips?: boolean;
}

/** A module an embed page may not need, and what stands in for it: the same exports, doing nothing. */
const LEAVE_OUT = {
  withoutExplorer: { filter: /(^|\/)load-index-explorer\.ts$/, contents: 'export {};' },
  withoutTableTools: { filter: /(^|\/)table-tools\.ts$/, contents: 'export function setUpTableTools() {}' },
  withoutRowTips: { filter: /(^|\/)row-tips\.ts$/, contents: 'export function writeRowTips() {}' },
  withoutSpatialNavigation: { filter: /(^|\/)mark-navigation\.ts$/, contents: "export { isMarkKey, stepInOrder as nextMarkIndex } from './mark-order.ts';" },
} as const;

/** Resolves each module left out to its stand-in. */
function leaveOut(options: BundleOptions): Plugin[] {
  return (Object.keys(LEAVE_OUT) as (keyof typeof LEAVE_OUT)[])
    .filter((option) => options[option])
    .map((option) => ({
      name: `leave-out-${option}`,
      setup(b) {
        const { filter, contents } = LEAVE_OUT[option];
        b.onResolve({ filter }, (args) => ({ path: resolve(args.resolveDir, args.path), namespace: option }));
        // A stand-in may import its module's neighbours, as the module would.
        b.onLoad({ filter: /.*/, namespace: option }, (args) => ({ contents, loader: 'ts', resolveDir: dirname(args.path) }));
      },
    }));
}

const cache = new Map<string, Promise<string>>();

export function bundleScript(entry: string, define: Record<string, string> = {}, root = process.cwd(), options: BundleOptions = {}): Promise<string> {
  const key = `${root}|${entry}|${JSON.stringify(define)}|${(Object.keys(LEAVE_OUT) as (keyof typeof LEAVE_OUT)[]).map((option) => Boolean(options[option])).join()}`;
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
      plugins: leaveOut(options),
      logLevel: 'silent',
    }).then((out) => (out.outputFiles[0]?.text ?? '').trim());
    cache.set(key, result);
  }
  return result;
}
