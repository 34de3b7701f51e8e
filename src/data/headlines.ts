/**
 * A figure the home page leads with. Each report may offer some (its
 * index.ts `headlines`), read from its data: stated figures carry their source
 * and qualifier; counts computed from rows are marked derived.
 */
export interface Headline {
  value: string;
  unit: string;
  label: string;
  source: string;
  derived: boolean;
  /** A caveat shown under the figure, e.g. where the report's text says otherwise. */
  note?: string;
}
