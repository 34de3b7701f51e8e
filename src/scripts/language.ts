/**
 * The language switch and the "this page is in your language" hint. Without
 * this script the switch still leads to the other edition's page; with it the
 * reader also keeps their place (the anchor they are at), and a reader whose
 * browser prefers the other language is told it exists. Nothing redirects:
 * the reader chooses, and a dismissed hint stays dismissed.
 */
const DISMISSED = 'ledger-atlas:language-hint-dismissed';

function keepPlace(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.addEventListener('click', () => {
      if (location.hash && !link.hash) link.hash = location.hash;
    });
  }
}

function dismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

function offerPreferredLanguage(): void {
  const pageLanguage = document.documentElement.lang.toLowerCase().split('-')[0];
  const preferred = (navigator.languages ?? [navigator.language]).map((tag) => tag.toLowerCase().split('-')[0]);
  // Only when the reader's first language is not the page's and another edition is in it.
  const first = preferred[0];
  if (!first || first === pageLanguage || dismissed()) return;
  const hint = [...document.querySelectorAll<HTMLElement>('[data-language-hint]')].find((h) => h.dataset.languageHint?.toLowerCase().split('-')[0] === first);
  if (!hint) return;
  hint.hidden = false;
  hint.querySelector('[data-language-hint-dismiss]')?.addEventListener('click', () => {
    hint.hidden = true;
    try {
      localStorage.setItem(DISMISSED, '1');
    } catch {
      // Private modes may refuse storage; the hint then only hides for this page view.
    }
  });
}

keepPlace();
offerPreferredLanguage();
