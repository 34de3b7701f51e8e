/**
 * The index explorer (charts/IndexExplorer): readers set a weight per
 * indicator and a way of rescaling, and the ranking table below is
 * recomputed at once with the same functions the build used
 * (data/composite-index.ts), its rows reordered by the new rank. The view
 * lives in the query string (`?w=5-5-5-5-5&norm=minmax`). Without this
 * script the table stays in published order with the build's equal-weight
 * view, and the controls stay hidden.
 */
import { normaliseTable, rankByScore, weightedScores, type Normalisation } from '../data/composite-index.ts';
import { defaultState, parseState, stateQuery, type ExplorerState } from '../charts/IndexExplorer/state.ts';
import { interpolate } from '../i18n/interpolate.ts';

interface Row {
  element: HTMLTableRowElement;
  name: string;
  published: number;
  values: number[];
  cell: (key: string) => HTMLElement | null;
}

function setUp(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-explorer-form]');
  const status = root.querySelector<HTMLElement>('[data-explorer-status]');
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  if (!form || !status || !table || !body) return;
  const lang = document.documentElement.lang || undefined;
  const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const twoDecimals = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(lang);
  const sliders = [...form.querySelectorAll<HTMLInputElement>('input[data-weight]')];
  const outputs = [...form.querySelectorAll<HTMLOutputElement>('output[data-weight-output]')];
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  // Rows in published order, as the build wrote them.
  const rows: Row[] = [...body.rows].map((element) => ({
    element,
    name: element.querySelector('th')?.textContent?.trim() ?? '',
    published: Number(element.querySelector<HTMLElement>('[data-key="published"]')?.dataset.value),
    values: (element.dataset.values ?? '').split(' ').map(Number),
    cell: (key) => element.querySelector<HTMLElement>(`[data-key="${key}"]`),
  }));
  const table5 = rows.map((r) => r.values);
  const normalised = new Map<Normalisation, number[][]>();
  const normalisedBy = (norm: Normalisation) => {
    let result = normalised.get(norm);
    if (!result) normalised.set(norm, (result = normaliseTable(table5, norm)));
    return result;
  };
  const words = root.dataset;
  const move = (published: number, rank: number) =>
    rank < published
      ? interpolate(words.moveUp ?? '', { count: whole.format(published - rank) })
      : rank > published
        ? interpolate(words.moveDown ?? '', { count: whole.format(rank - published) })
        : (words.moveNone ?? '');
  const setCell = (row: Row, key: string, text: string, value: string) => {
    const cell = row.cell(key);
    if (!cell) return;
    cell.textContent = text;
    cell.dataset.value = value;
  };

  const read = (): ExplorerState => ({
    weights: sliders.map((s) => Number(s.value)),
    norm: (radios.find((r) => r.checked)?.value ?? 'minmax') as Normalisation,
  });
  const show = (state: ExplorerState) => {
    sliders.forEach((s, i) => (s.value = String(state.weights[i])));
    radios.forEach((r) => (r.checked = r.value === state.norm));
  };

  /** Recomputes the table for the controls' view; returns what the live region would say. */
  const update = (remember: boolean): string => {
    const state = read();
    outputs.forEach((o, i) => (o.textContent = String(state.weights[i])));
    const scores = weightedScores(normalisedBy(state.norm), state.weights);
    if (remember) {
      // A sandboxed embed (opaque origin) may refuse; the view still updates.
      try {
        history.replaceState(history.state, '', stateQuery(state, location.search) + location.hash);
      } catch {
        /* the address simply keeps the earlier view */
      }
    }
    if (!scores) {
      for (const row of rows) for (const key of ['index', 'rank', 'move']) setCell(row, key, '—', '');
      body.append(...rows.map((r) => r.element));
      return words.statusZero ?? '';
    }
    const ranks = rankByScore(scores);
    const index = (s: number) => (state.norm === 'zscore' ? twoDecimals.format(s) : oneDecimal.format(s * 100));
    rows.forEach((row, i) => {
      setCell(row, 'index', index(scores[i]!), String(scores[i]));
      setCell(row, 'rank', whole.format(ranks[i]!), String(ranks[i]));
      const moved = move(row.published, ranks[i]!);
      setCell(row, 'move', moved, moved);
    });
    const order = rows.map((row, i) => ({ row, rank: ranks[i]! })).sort((a, b) => a.rank - b.rank);
    body.append(...order.map((o) => o.row.element));
    for (const th of table.querySelectorAll('thead th')) th.removeAttribute('aria-sort');
    table.querySelector('thead [data-sort-key="rank"]')?.closest('th')?.setAttribute('aria-sort', 'ascending');
    return interpolate(words.status ?? '', {
      first: order[0]?.row.name ?? '',
      moved: whole.format(rows.filter((r, i) => ranks[i] !== r.published).length),
      count: whole.format(rows.length),
    });
  };

  show(parseState(location.search, sliders.length));
  form.hidden = false;
  // A view asked for in the address is announced once; the default view needs no words.
  const asked = update(false);
  if (new URLSearchParams(location.search).has('w')) status.textContent = asked;
  // The table follows every step of a slider; the live region speaks once the value is set.
  form.addEventListener('input', () => void update(true));
  form.addEventListener('change', () => (status.textContent = update(true)));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-explorer-reset]')?.addEventListener('click', () => {
    show(defaultState(sliders.length));
    status.textContent = update(true);
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-index-explorer]')) {
  setUp(root);
  // chart.css keeps the controls' place until now (scripting on); from here their own `hidden` decides.
  root.setAttribute('data-explorer-ready', '');
}
