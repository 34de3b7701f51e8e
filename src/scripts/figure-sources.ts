/**
 * The source of a figure in chapter prose, shown beside it. Every figure is a
 * link to its row on the dataset page whose data-* attributes say where it
 * comes from (src/data/prose.ts); this script only shows those words in a
 * tooltip, on hover, on keyboard focus, or on a first tap (a second tap
 * follows the link). The labels come from a template in the page, so the
 * script carries no words of its own. Without it the links still work.
 */
export function setUpFigureSources(doc: Document = document): void {
  const template = doc.getElementById('fig-source-template');
  const model = template instanceof HTMLTemplateElement ? template.content.firstElementChild : null;
  if (!(model instanceof HTMLElement)) return;
  const tip = model.cloneNode(true) as HTMLElement;
  tip.hidden = true;
  doc.body.append(tip);
  let current: HTMLElement | null = null;
  let touched = false;
  // The figure a first tap opened: a second tap on it follows its link (focus alone may have shown it).
  let tapped: HTMLElement | null = null;

  const fill = (row: string, text: string | undefined, lang?: string) => {
    const line = tip.querySelector<HTMLElement>(`[data-row="${row}"]`);
    const value = line?.querySelector('dd');
    if (!line || !value) return;
    line.hidden = !text;
    value.textContent = text ?? '';
    if (lang) value.lang = lang;
    else value.removeAttribute('lang');
  };
  const show = (figure: HTMLElement) => {
    if (current && current !== figure) hide();
    current = figure;
    const { source, printed, printedLang, how } = figure.dataset;
    fill('source', source);
    fill('printed', printed, printedLang);
    fill('how', how);
    tip.hidden = false;
    figure.setAttribute('aria-describedby', tip.id);
    // Below the figure unless the screen ends first; never wider than the screen, never past its edges.
    const box = figure.getBoundingClientRect();
    const page = doc.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, page - tip.offsetWidth - 8));
    const below = box.bottom + 6;
    const top = below + tip.offsetHeight > window.innerHeight && box.top - tip.offsetHeight - 6 > 0 ? box.top - tip.offsetHeight - 6 : below;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${top + window.scrollY}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const figureOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('a.fig') : null);

  doc.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return;
    const figure = figureOf(e.target);
    if (figure) show(figure);
  });
  doc.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'touch' && current && figureOf(e.target) === current && figureOf(e.relatedTarget) !== current && doc.activeElement !== current) hide();
  });
  doc.addEventListener('pointerdown', (e) => {
    touched = e.pointerType === 'touch';
    if (touched && current && figureOf(e.target) !== current) {
      hide();
      tapped = null;
    }
  });
  doc.addEventListener('click', (e) => {
    const figure = figureOf(e.target);
    // On a touch screen the first tap shows where the figure comes from; the second follows the link.
    if (figure && touched && figure !== tapped) {
      e.preventDefault();
      tapped = figure;
      show(figure);
    }
  });
  doc.addEventListener('focusin', (e) => {
    const figure = figureOf(e.target);
    if (figure) show(figure);
  });
  doc.addEventListener('focusout', (e) => {
    if (figureOf(e.target) === current && !touched) hide();
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });
  window.addEventListener('resize', hide, { passive: true });
}

setUpFigureSources();
