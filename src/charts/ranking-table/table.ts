/**
 * A real <table> for rankings, as a hast tree: sortable column headers
 * (buttons with data-sort-key, for a later script), each cell with
 * data-value, and inline bars for numeric columns (drawn by chart.css from
 * each cell's --w, so a cell is one element). Without JS it is in the
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

/** A cell's words: its text, and for the row a table is about the cue that says so. */
function cellContent(cell: RankingCell, locale: Locale): ElementContent[] {
  return cell.cue ? [...textContent(cell.text, locale), h('span', { class: 'row-cue' }, cell.cue)] : textContent(cell.text, locale);
}

/** The bar's length as a share of the column's largest value (0–1), from the model's percentage rounded to 0.1: "0.633", not "0.6329999…". */
function barShare(percent: number): string {
  return String(Math.round(percent * 10) / 1000);
}

/**
 * A cell's attributes. A number with a bar is one element: chart.css draws the bar as the
 * cell's ::before, its length from --w, so each cell costs the page one element instead of four.
 */
export function cellAttributes(cell: RankingCell): Record<string, string | undefined> {
  const hasBar = cell.bar !== undefined;
  const classes = [cell.numeric && !cell.rowHeader ? 'num' : undefined, hasBar ? 'has-bar' : undefined].filter(Boolean).join(' ');
  return {
    class: classes || undefined,
    'data-key': cell.key,
    'data-value': cell.value,
    style: hasBar ? `--w:${barShare(cell.bar ?? 0)}` : undefined,
  };
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
                  ? h('th', { scope: 'row', ...cellAttributes(cell) }, cellContent(cell, model.locale))
                  : h('td', cellAttributes(cell), cellContent(cell, model.locale)),
              ),
            ),
          ),
        ),
      ]),
    ]),
    // Marks the table as whole: chart.css keeps the table unseen until this has arrived.
    h('span', { class: 'ranking-table-end', hidden: true }),
    ...(notes ? [h('p', { class: 'chart-notes' }, notes)] : []),
  ];
}
