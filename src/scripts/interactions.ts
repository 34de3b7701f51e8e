/**
 * The only client script of a chart page: tooltips for chart marks (hover and
 * keyboard focus show the same text) and sortable tables. Everything it adds
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

/** Tables with `data-sortable`: header buttons sort rows by their cells' `data-value`. */
function setUpSorting(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const descending = th.getAttribute('aria-sort') === 'ascending' || (th.getAttribute('aria-sort') === null && th.dataset.type === 'number');
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const rows = [...body.rows];
        const valueOf = (row: HTMLTableRowElement) => row.cells[column]?.dataset.value ?? row.cells[column]?.textContent ?? '';
        rows.sort((a, b) => {
          const [x, y] = [valueOf(a), valueOf(b)];
          const order = th.dataset.type === 'number' ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
          return descending ? -order : order;
        });
        body.append(...rows);
      });
    });
  }
}

setUpTooltips();
setUpSorting();
