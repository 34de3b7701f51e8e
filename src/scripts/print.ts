/**
 * "Print" buttons (`button[data-print]`): each opens the browser's print
 * dialog. They are in the HTML from the start, so showing them moves nothing
 * (CSS hides them where scripts cannot run); the print stylesheet hides them
 * on paper.
 */
export function setUpPrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    if (button.dataset.printReady) continue;
    button.dataset.printReady = 'true';
    button.addEventListener('click', () => window.print());
  }
}

setUpPrintButtons();
