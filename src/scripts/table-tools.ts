/**
 * Sorting and filtering of the tables that offer them. Its own module so that
 * a page without such a table can be bundled without it (src/embed/bundle.ts).
 */
import { interpolate } from '../i18n/interpolate.ts';

/** The attributes that mark a table this module sets up: a page whose markup has neither needs none of it. */
export const TABLE_TOOL_ATTRIBUTES = { sortable: 'data-sort-key', filter: 'data-filter-table' } as const;

/**
 * Ranking tables (`table[data-sort-key]`): each header button sorts the rows
 * by its column's `data-value`; numbers start descending, text ascending, and
 * a second click reverses. Rows without a value always go last.
 */
function setUpSorting(): void {
  // Text sorts by the page's language (zh-CN: pinyin order).
  const collation = document.documentElement.lang || undefined;
  for (const table of document.querySelectorAll<HTMLTableElement>(`table[${TABLE_TOOL_ATTRIBUTES.sortable}]`)) {
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const button = th.querySelector<HTMLButtonElement>('button[data-sort-key]');
      if (!button) return;
      const numeric = button.dataset.sortType === 'number';
      button.addEventListener('click', () => {
        const current = th.getAttribute('aria-sort');
        const descending = current === 'ascending' ? true : current === 'descending' ? false : numeric;
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const valueOf = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value;
        const rows = [...body.rows].sort((a, b) => {
          const [x, y] = [valueOf(a), valueOf(b)];
          if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
          const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, collation);
          return descending ? -order : order;
        });
        body.append(...rows);
      });
    });
  }
}

/**
 * Filters (`[data-filter-table]`): show only rows whose cell in one column matches the chosen value.
 * The count's wording comes from the page (`data-shown-text`, with `{count}`), in its language.
 */
function setUpFilters(): void {
  for (const filter of document.querySelectorAll<HTMLElement>(`[${TABLE_TOOL_ATTRIBUTES.filter}]`)) {
    const table = document.getElementById(filter.dataset.filterTable ?? '');
    const select = filter.querySelector('select');
    const count = filter.querySelector('output');
    if (!(table instanceof HTMLTableElement) || !select) continue;
    select.addEventListener('change', () => {
      let shown = 0;
      for (const row of table.tBodies[0]?.rows ?? []) {
        const cell = row.querySelector<HTMLElement>(`[data-key="${filter.dataset.filterColumn}"]`);
        const match = select.value === '' || (cell?.dataset.value ?? cell?.textContent?.trim()) === select.value;
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = select.value ? interpolate(filter.dataset.shownText ?? '', { count: shown }) : '';
    });
  }
}

/** Sort buttons and filters of every table on the page that has them. */
export function setUpTableTools(): void {
  setUpSorting();
  setUpFilters();
}
