/**
 * The Chart / Table tabs of a chart page. Without this script both panels
 * are shown one after the other and the tab buttons stay hidden; with it the
 * buttons appear as an ARIA tab list (arrow keys, Home and End move between
 * tabs) and one panel shows at a time. `#…-panel-table` in the address opens
 * the table. On paper both panels print (print.css unhides them).
 */
function setUpTabs(root: HTMLElement): void {
  const list = root.querySelector<HTMLElement>('[data-tablist]');
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('[data-tab]')];
  const panels = tabs.map((tab) => document.getElementById(tab.getAttribute('aria-controls') ?? ''));
  if (!list || tabs.length === 0 || panels.some((p) => !p)) return;
  list.setAttribute('role', 'tablist');
  tabs.forEach((tab, i) => {
    tab.setAttribute('role', 'tab');
    panels[i]!.setAttribute('role', 'tabpanel');
    panels[i]!.setAttribute('aria-labelledby', tab.id);
    panels[i]!.tabIndex = 0;
  });
  const select = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
    });
    if (focus) tabs[index]!.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i, false));
    tab.addEventListener('keydown', (event) => {
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
  });
  const fromHash = panels.findIndex((p) => `#${p!.id}` === location.hash);
  select(Math.max(0, fromHash), false);
  list.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-chart-tabs]')) {
  setUpTabs(root);
  // Ends the layout ChartPage.astro's styles hold for the script until now (scripting on): the panels' own `hidden` rules from here.
  root.setAttribute('data-tabs-ready', '');
}
