import { isMarkKey, nextMarkIndex } from '../charts/mark-navigation.ts';
import { writeRowTips } from './row-tips.ts';
import { setUpTableTools } from './table-tools.ts';
// The index explorer, loaded only by the pages that show one.
import './load-index-explorer.ts';

/**
 * The only client script of a chart page: tooltips for chart marks (hover and
 * keyboard focus show the same text), arrow keys inside a chart, and sortable tables. Everything it adds
 * is an enhancement: without it every value is still in the SVG (its titles,
 * or for row-tip charts the texts beside the bars) and the data tables,
 * sorted by rank.
 */

/**
 * A mark's box as the reader sees it: a fluid chart's bar is drawn longer and
 * clipped by the inner <svg> it sits in (src/charts/svg.ts fluidBarMarks), so
 * its own box reaches into the label column; the tooltip centres on the part
 * inside that viewport.
 */
function visibleBox(mark: Element): DOMRect {
  const box = mark.getBoundingClientRect();
  const viewport = mark instanceof SVGGraphicsElement ? mark.ownerSVGElement : null;
  const chart = viewport?.ownerSVGElement;
  if (!viewport || !chart || !viewport.classList.contains('chart-plot')) return box;
  // An inner <svg>'s own client rect is the box of what it holds (the bars' clipped parts
  // included), not its viewport: the viewport is its x and width inside the chart, which has no
  // viewBox, so its units are px.
  const plotLeft = chart.getBoundingClientRect().left + viewport.x.baseVal.value;
  const left = Math.max(box.left, plotLeft);
  const right = Math.min(box.right, plotLeft + viewport.width.baseVal.value);
  return new DOMRect(left, box.top, Math.max(0, right - left), box.height);
}

function setUpTooltips(): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'chart-tooltip';
  tip.hidden = true;
  document.body.append(tip);
  let current: Element | null = null;

  const show = (mark: Element) => {
    // `data-tip` only marks a mark; its text is the mark's <title> (src/charts/svg.ts markAttrs).
    const text = mark.querySelector(':scope > title')?.textContent;
    if (!text) return;
    current = mark;
    tip.textContent = text;
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    const box = visibleBox(mark);
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
 * Each chart is one tab stop (the server, or row-tips.ts, gives its first mark tabindex 0, the
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

writeRowTips();
setUpTooltips();
setUpMarkKeys();
setUpTableTools();
