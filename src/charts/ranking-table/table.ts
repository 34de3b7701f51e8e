/**
 * A real <table> for rankings, as a hast tree: sortable column headers
 * (buttons with data-sort-key, for a later script), each cell with
 * data-value, and inline bars for numeric columns. Without JS it is in the
 * order given by sortKey. The notes of what is missing follow the table.
 */
import { languageRuns } from '../../i18n/mixed.ts';
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Translate } from '../../i18n/translate.ts';
import { notesLine } from '../chart-notes.ts';
import type { RankingCell, RankingTableModel } from './layout.ts';

export interface RankingTableFigure {
  /** The table's <caption> and the accessible name of its scrolling region. */
  caption: string;
  id?: string | undefined;
}

/** A text cell, its Chinese runs marked lang="zh-CN" in a table of another language (an original name beside its translation). */
function textContent(text: string, locale: Locale): ElementContent[] {
  return languageRuns(text, localeInfo(locale).htmlLang.startsWith('zh')).map((run) =>
    run.chinese ? h('span', { lang: 'zh-CN' }, run.text) : { type: 'text' as const, value: run.text },
  );
}

function cellContent(cell: RankingCell, locale: Locale): ElementContent[] {
  if (cell.cue) return [...textContent(cell.text, locale), h('span', { class: 'row-cue' }, cell.cue)];
  if (cell.bar === undefined) return textContent(cell.text, locale);
  return [
    h('span', { class: 'cell-bar' }, [
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, [h('span', { class: 'bar', style: `--w:${cell.bar}%` })]),
      h('span', { class: 'cell-text' }, cell.text),
    ]),
  ];
}

export function rankingTable(model: RankingTableModel, { caption, id }: RankingTableFigure, t: Translate): ElementContent[] {
  const notes = notesLine(model.notes, t);
  return [
    h('div', { class: 'ranking-table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 }, [
      h('table', { class: 'ranking-table', id, 'data-sort-key': model.sortKey, 'data-sort-direction': model.direction }, [
        h('caption', caption),
        h('thead', [
          h(
            'tr',
            model.columns.map((c) =>
              h('th', { scope: 'col', class: c.numeric ? 'num' : c.rowHeader ? 'row-header' : undefined, 'aria-sort': c.sort }, [
                h('button', { type: 'button', 'data-sort-key': c.key, 'data-sort-type': c.numeric ? 'number' : 'text' }, [
                  c.label,
                  c.unit ? h('span', { class: 'unit' }, t('chart.unitInHeader', { unit: c.unit })) : null,
                ]),
              ]),
            ),
          ),
        ]),
        h(
          'tbody',
          model.rows.map((row) =>
            h(
              'tr',
              { 'data-row-key': row.key, ...(row.current ? { 'aria-current': 'true', class: 'is-current' } : {}), ...Object.fromEntries(Object.entries(row.data ?? {}).map(([name, value]) => [`data-${name}`, value])) },
              row.cells.map((cell) =>
                cell.rowHeader
                  ? h('th', { scope: 'row', 'data-key': cell.key, 'data-value': cell.value }, cellContent(cell, model.locale))
                  : h('td', { class: cell.numeric ? 'num' : undefined, 'data-key': cell.key, 'data-value': cell.value }, cellContent(cell, model.locale)),
              ),
            ),
          ),
        ),
      ]),
    ]),
    ...(notes ? [h('p', { class: 'chart-notes' }, notes)] : []),
  ];
}
