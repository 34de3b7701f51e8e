/**
 * "Print" buttons (`button[data-print]`): hidden in the HTML, since they need
 * this script, and shown by it; each opens the browser's print dialog. The
 * print stylesheet hides them on paper.
 */
export function setUpPrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    if (button.dataset.printReady) continue;
    button.dataset.printReady = 'true';
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}

setUpPrintButtons();
