/**
 * The gallery's filters: report, chapter, chart type and words, applied as
 * the reader picks them (no reload), kept in the address so a filtered view
 * can be shared, and counted in a live region. Without this script the form
 * stays hidden and every card shows.
 */
interface Strings {
  count: string;
  none: string;
}

function setUp(form: HTMLFormElement): void {
  const cards = [...document.querySelectorAll<HTMLElement>('.chart-card[data-report]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-gallery-group]')];
  const status = form.querySelector<HTMLElement>('[data-gallery-count]')!;
  const strings = JSON.parse(status.dataset['strings'] ?? '{}') as Strings;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const chapterSelect = field('chapter') as HTMLSelectElement;

  const apply = (updateAddress: boolean) => {
    const report = field('report').value;
    // A chapter of another report than the one chosen is not offered.
    for (const option of chapterSelect.options) option.hidden = Boolean(report && option.value && option.dataset['report'] !== report);
    if (chapterSelect.selectedOptions[0]?.hidden) chapterSelect.value = '';
    const chapter = chapterSelect.value;
    const type = field('type').value;
    const words = field('q').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const match =
        (!report || card.dataset['report'] === report) &&
        (!chapter || card.dataset['chapter'] === chapter) &&
        (!type || card.dataset['type'] === type) &&
        words.every((w) => (card.dataset['search'] ?? '').includes(w));
      card.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('.chart-card:not([hidden])');
    status.textContent = shown === 0 ? strings.none : strings.count.replace('{shown}', String(shown)).replace('{total}', String(cards.length));
    if (updateAddress) {
      const params = new URLSearchParams();
      for (const [name, value] of [['report', report], ['chapter', chapter], ['type', type], ['q', field('q').value.trim()]] as const) if (value) params.set(name, value);
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  };

  const initial = new URLSearchParams(location.search);
  for (const name of ['report', 'chapter', 'type', 'q']) {
    const value = initial.get(name);
    if (value) field(name).value = value;
  }
  form.addEventListener('input', () => apply(true));
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply(false);
}

const form = document.querySelector<HTMLFormElement>('[data-gallery-filters]');
if (form) {
  setUp(form);
  // Gallery.astro's styles keep the form's place until now (scripting on); from here its own `hidden` decides.
  form.setAttribute('data-gallery-ready', '');
}
