/**
 * The chapter contents on phones are a folded bar at the top of the screen:
 * following one of its links, or pressing Escape inside it, folds it again so
 * the text it leads to is not hidden under the open list. On wide screens the
 * list is always open beside the text and this does nothing.
 */
const toc = document.querySelector<HTMLDetailsElement>('details.toc');
const folds = () => matchMedia('(max-width: 63.99rem)').matches;

toc?.addEventListener('click', (event) => {
  if (folds() && (event.target as Element | null)?.closest('a[href^="#"], a[href^="/"]')) toc.open = false;
});
toc?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !folds() || !toc.open) return;
  toc.open = false;
  toc.querySelector('summary')?.focus();
});
