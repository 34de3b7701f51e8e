/**
 * The index explorer's view as a query string, so a link or an embed
 * reproduces it: `?w=G-C-T-F-I&norm=minmax`, one whole weight 0–10 per
 * indicator in the table's column order. Anything else in the query (an
 * embed's `theme`) is kept; a malformed `w` or `norm` falls back to the default.
 */
import { isNormalisation, type Normalisation } from '../../data/composite-index.ts';

export const MAX_WEIGHT = 10;
export const DEFAULT_WEIGHT = 5;
export const DEFAULT_NORMALISATION: Normalisation = 'minmax';

export interface ExplorerState {
  weights: number[];
  norm: Normalisation;
}

export function defaultState(indicators: number): ExplorerState {
  return { weights: Array.from({ length: indicators }, () => DEFAULT_WEIGHT), norm: DEFAULT_NORMALISATION };
}

/** The view a query string asks for, for a table of `indicators` columns. */
export function parseState(search: string, indicators: number): ExplorerState {
  const params = new URLSearchParams(search);
  const fallback = defaultState(indicators);
  const parts = (params.get('w') ?? '').split('-');
  const valid = parts.length === indicators && parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) <= MAX_WEIGHT);
  const norm = params.get('norm');
  return { weights: valid ? parts.map(Number) : fallback.weights, norm: isNormalisation(norm) ? norm : fallback.norm };
}

/** The query string of a view, other parameters of `search` kept. */
export function stateQuery(state: ExplorerState, search = ''): string {
  const params = new URLSearchParams(search);
  params.set('w', state.weights.join('-'));
  params.set('norm', state.norm);
  return `?${params.toString()}`;
}
