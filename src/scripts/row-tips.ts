/**
 * Gives the marks of a chart drawn with row tips (svg[data-row-tips],
 * LayoutBase.rowTips) their <title>: the label and the value printed beside
 * each bar, joined by the separator the attribute holds. The server writes
 * those words once, as the visible texts, instead of a second time in every
 * bar; this puts back what the other charts' markup has: each mark's
 * tooltip text and accessible name (its <title>) and the chart's single
 * tab stop (the first mark tabindex 0, the rest -1; svg.ts rovingTabStop).
 * It runs once, before the tooltips and the arrow keys are set up
 * (interactions.ts).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function writeRowTips(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-row-tips]')) {
    const separator = svg.dataset['rowTips'] ?? '';
    const labels = svg.querySelectorAll('.t-category');
    const values = svg.querySelectorAll('.t-value');
    svg.querySelectorAll('[data-tip]').forEach((mark, i) => {
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = `${labels[i]?.textContent ?? ''}${separator}${values[i]?.textContent ?? ''}`;
      mark.prepend(title);
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
    });
  }
}
