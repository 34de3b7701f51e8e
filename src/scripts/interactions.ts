import { interpolate } from '../i18n/interpolate.ts';
import { isMarkKey, nextMarkIndex } from '../charts/mark-navigation.ts';

/**
 * The only client script of a chart page: tooltips for chart marks (hover and
 * keyboard focus show the same text), arrow keys inside a chart, and sortable tables. Everything it adds
 * is an enhancement: without it every value is still in the SVG titles and
 * the data tables, sorted by rank.
 */

function setUpTooltips(): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'chart-tooltip';
  tip.hidden = true;
  document.body.append(tip);
  let current: Element | null = null;

  const show = (mark: Element) => {
    const text = mark.getAttribute('data-tip');
    if (!text) return;
    current = mark;
    tip.textContent = text;
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
    const above = box.top - tip.offsetHeight - 8;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${(above > 0 ? above : box.bottom + 8) + window.scrollY}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };

  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('[data-tip]') : null);
  document.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
    else if (current) hide();
  });
  document.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  window.addEventListener('scroll', hide, { passive: true });
}

/**
 * Each chart is one tab stop (the server gives its first mark tabindex 0, the
 * rest -1): the arrow keys, Home and End move focus between its marks
 * (src/charts/mark-navigation.ts says where to), and the focused mark becomes
 * the chart's tab stop, so Tab leaves the chart and coming back lands on the
 * mark the reader left.
 */
function setUpMarkKeys(): void {
  const marksOf = (mark: Element) => [...(mark.closest('svg')?.querySelectorAll<SVGGraphicsElement>('[data-tip][tabindex]') ?? [])];
  const makeStop = (mark: Element) => {
    for (const other of marksOf(mark)) other.setAttribute('tabindex', other === mark ? '0' : '-1');
  };
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof SVGElement && e.target.matches('[data-tip][tabindex]')) makeStop(e.target);
  });
  document.addEventListener('keydown', (e) => {
    if (!isMarkKey(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const mark = e.target;
    if (!(mark instanceof SVGGraphicsElement) || !mark.matches('[data-tip][tabindex]')) return;
    const marks = marksOf(mark);
    // Small multiples say each bar's panel and item (SmallMultiples/marks.ts).
    const places = marks.map((m) => (m.dataset['panel'] === undefined ? null : { panel: Number(m.dataset['panel']), item: Number(m.dataset['item']) }));
    const to = marks[nextMarkIndex(marks.map((m) => m.getBoundingClientRect()), marks.indexOf(mark), e.key, places)];
    e.preventDefault();
    if (to && to !== mark) to.focus();
  });
}

/**
 * Ranking tables (`table[data-sort-key]`): each header button sorts the rows
 * by its column's `data-value`; numbers start descending, text ascending, and
 * a second click reverses. Rows without a value always go last.
 */
function setUpSorting(): void {
  // Text sorts by the page's language (zh-CN: pinyin order).
  const collation = document.documentElement.lang || undefined;
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sort-key]')) {
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
  for (const filter of document.querySelectorAll<HTMLElement>('[data-filter-table]')) {
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

setUpTooltips();
setUpMarkKeys();
setUpSorting();
setUpFilters();
// The index explorer is loaded only by the pages that show one.
if (document.querySelector('[data-index-explorer]')) void import('./index-explorer.ts');
