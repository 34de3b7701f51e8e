import { stepInOrder, type MarkKey } from './mark-order.ts';

/**
 * Which mark of a chart the arrow keys move to. A chart is one tab stop
 * (roving tabindex, see svg.ts): Tab enters it on one mark, the arrows move
 * inside it, and every chart type gets the same two rules. Left and Right
 * walk the marks in their own order, the order of the data (bars by rank,
 * columns by year, countries and parts as listed), so Right alone reaches
 * every mark. Up and Down move on the page: to the nearest mark below or
 * above that shares some of the current mark's width (the next bar of a bar
 * list, the square under this one in a waffle, the country south of this
 * one); where none does (side-by-side columns, a scatter's loose dots) they
 * too step through the data order. Home and End go to the first and the last.
 * In small multiples (marks that say their panel and item) Up and Down go to
 * the same item in the panel before or after, wherever that panel is drawn
 * (below on a phone, beside on a wide screen), so a reader compares one
 * company across measures; Left and Right still walk the data order.
 */

/** A mark's box in the SVG's own units. */
export interface MarkBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a mark of a small-multiples chart sits: its panel and its item (the same item in every panel). */
export interface MarkPlace {
  panel: number;
  item: number;
}

export { isMarkKey, MARK_KEYS, stepInOrder, type MarkKey } from './mark-order.ts';

/** Half a pixel: centres closer than this are level with each other. */
const LEVEL = 0.5;

function spanOverlap(a0: number, a1: number, b0: number, b1: number): boolean {
  return Math.min(a1, b1) - Math.max(a0, b0) > 0;
}

/**
 * Up or Down among panels: the same item in the previous or next panel, or
 * the nearest item drawn there when that panel has no value for it; null when
 * the marks have no places, and `from` itself in the first or last panel.
 */
function panelStep(places: readonly (MarkPlace | null)[], from: number, forward: boolean): number | null {
  const here = places[from];
  if (!here) return null;
  const panels = [...new Set(places.flatMap((p) => (p ? [p.panel] : [])))].sort((a, b) => a - b);
  const target = panels[panels.indexOf(here.panel) + (forward ? 1 : -1)];
  if (target === undefined) return from;
  let best = from;
  let bestGap = Infinity;
  places.forEach((place, i) => {
    if (!place || place.panel !== target) return;
    const gap = Math.abs(place.item - here.item);
    if (gap < bestGap) {
      best = i;
      bestGap = gap;
    }
  });
  return best;
}

/**
 * The index of the mark `key` moves to from mark `from` (its index in the
 * marks' order). Stays on `from` at either end of the order. `places` (small
 * multiples) gives each mark's panel and item, or null for a mark outside any.
 */
export function nextMarkIndex(boxes: readonly MarkBox[], from: number, key: MarkKey, places: readonly (MarkPlace | null)[] = []): number {
  const inOrder = stepInOrder(boxes, from, key);
  const here = boxes[from];
  if (!here || key === 'Home' || key === 'End' || key === 'ArrowLeft' || key === 'ArrowRight') return inOrder;
  const forward = key === 'ArrowDown';
  const acrossPanels = panelStep(places, from, forward);
  if (acrossPanels !== null) return acrossPanels;
  const middleY = (b: MarkBox) => b.y + b.height / 2;
  const middleX = (b: MarkBox) => b.x + b.width / 2;
  let best = -1;
  let bestDistance = Infinity;
  let bestAcross = Infinity;
  boxes.forEach((box, i) => {
    if (i === from || !spanOverlap(here.x, here.x + here.width, box.x, box.x + box.width)) return;
    const distance = (middleY(box) - middleY(here)) * (forward ? 1 : -1);
    if (distance < LEVEL) return;
    const across = Math.abs(middleX(box) - middleX(here));
    if (distance < bestDistance - LEVEL || (Math.abs(distance - bestDistance) <= LEVEL && across < bestAcross)) {
      best = i;
      bestDistance = distance;
      bestAcross = across;
    }
  });
  return best >= 0 ? best : inOrder;
}
