/**
 * The copy buttons and theme choice of each figure's embed code. Without this
 * script the code (light theme) is still there to select and copy by hand;
 * with it the buttons appear and copy the code with the Clipboard API, or,
 * where that is not allowed (a page not served over HTTPS), select it and say
 * how to copy it. What they say comes from the button's data-copied /
 * data-copy-by-hand, in the page's language.
 *
 * The theme radios appear too: each carries the embed page's URL for its
 * theme (data-src, from snippet.ts's themedEmbedUrl), and choosing one puts
 * that URL in place of the light one (the textarea's data-embed-src) in the
 * src attribute of every snippet of the panel (HTML and AMP).
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

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

for (const panel of document.querySelectorAll<HTMLElement>('[data-embed-panel]')) {
  const choice = panel.querySelector<HTMLFieldSetElement>('fieldset.embed-theme');
  const radios = [...panel.querySelectorAll<HTMLInputElement>('input[type="radio"][data-src]')];
  const fields = [...panel.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-src]')];
  if (!choice || radios.length === 0) continue;
  const apply = () => {
    const src = radios.find((r) => r.checked)?.dataset['src'];
    if (!src) return;
    for (const field of fields) {
      // defaultValue is the light snippet as the page was built.
      field.value = field.defaultValue.split(`src="${attribute(field.dataset['embedSrc'] ?? '')}"`).join(`src="${attribute(src)}"`);
    }
  };
  for (const radio of radios) radio.addEventListener('change', apply);
  // A browser may restore a choice made before a reload.
  apply();
  choice.hidden = false;
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
