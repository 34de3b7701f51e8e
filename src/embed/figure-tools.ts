/**
 * The copy button of each figure's embed code. Without this script the code
 * is still there to select and copy by hand; with it the button appears and
 * copies the code with the Clipboard API, or, where that is not allowed (a
 * page not served over HTTPS), selects it and says how to copy it. What it
 * says comes from the button's data-copied / data-copy-by-hand, in the page's language.
 */

async function copy(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const field = document.getElementById(button.dataset['copy'] ?? '');
  if (!(field instanceof HTMLTextAreaElement)) continue;
  const row = button.parentElement;
  const status = row?.querySelector('[role="status"]');
  if (row) row.hidden = false;
  field.addEventListener('focus', () => field.select());
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const copied = await copy(field);
    if (status) status.textContent = (copied ? button.dataset['copied'] : button.dataset['copyByHand']) ?? '';
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (status) status.textContent = '';
    }, 4000);
  });
}
