/**
 * The index explorer: a ranking table readers can re-weight. Its model is a
 * ranking table's (so downloads, height and the no-JS page are those of a
 * table), in published order, with the view at the default weights filled in
 * by the build; the client script (src/scripts/index-explorer.ts) recomputes
 * the `index`, `rank` and `move` cells and reorders the rows.
 *
 * Each row carries its key (`data-key`), its raw indicator values in column
 * order (`data-values`, space-separated) and whether it is highlighted.
 */
import { layoutRankingTable, type RankingColumn, type RankingTableModel } from '../ranking-table/layout.ts';
import type { LayoutContext } from '../types.ts';

export interface IndexExplorerRow {
  /** Stable key of the row (the name the source prints), written as data-company. */
  key: string;
  label: string;
  /** Shown beside the label, e.g. the country. */
  group: string;
  highlight: boolean;
  /** The published rank and score. */
  published: number;
  score: number;
  /** Raw indicator values, in `indicators` order. */
  values: number[];
  /** The build's view at the default weights: index (0–100), rank, and places gained against the published rank. */
  index: number;
  rank: number;
}

export interface IndexExplorerOptions {
  indicators: { key: string; label: string }[];
  /** Column headers, in the table's order: published rank, name, rank at these weights, move, index, published score, group. */
  labels: { published: string; label: string; group: string; score: string; index: string; rank: string; move: string };
  /** How a move is written: `{count}` places up or down, or none. */
  moveWords: { up: string; down: string; none: string };
  /** What the live region says after a change: `{first}` is the new leader, `{moved}` of `{count}` rows are off their published rank. */
  status: string;
}

export const moveText = (published: number, rank: number, words: IndexExplorerOptions['moveWords'], format: (n: number) => string = String): string =>
  rank < published ? words.up.replace('{count}', format(published - rank)) : rank > published ? words.down.replace('{count}', format(rank - published)) : words.none;

export function layoutIndexExplorer(rows: IndexExplorerRow[], options: IndexExplorerOptions, context: LayoutContext = {}): RankingTableModel {
  const { labels } = options;
  const columns: RankingColumn[] = [
    { key: 'published', label: labels.published, kind: 'number', bar: false },
    { key: 'label', label: labels.label, kind: 'text', rowHeader: true },
    { key: 'rank', label: labels.rank, kind: 'number', bar: false },
    { key: 'move', label: labels.move, kind: 'text' },
    { key: 'index', label: labels.index, kind: 'number', format: { decimals: 1 }, bar: false },
    { key: 'score', label: labels.score, kind: 'number', format: { decimals: 1 }, bar: false },
    { key: 'group', label: labels.group, kind: 'text' },
  ];
  return layoutRankingTable(
    rows.map((r) => ({
      ...r,
      values: r.values.join(' '),
      highlight: r.highlight ? 'true' : 'false',
      move: moveText(r.published, r.rank, options.moveWords),
    })),
    columns,
    { sortKey: 'published', direction: 'ascending', rowKey: 'published', rowData: { company: 'key', values: 'values', highlight: 'highlight' } },
    context,
  );
}
