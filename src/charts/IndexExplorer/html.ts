/**
 * The index explorer as page markup: the controls (hidden until the script
 * runs, since without it they could do nothing), a polite live region, and
 * the ranking table. The words the script writes come in data attributes, in
 * the page's language.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { NORMALISATIONS } from '../../data/composite-index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { RankingTableModel } from '../ranking-table/layout.ts';
import { rankingTable, type RankingTableFigure } from '../ranking-table/table.ts';
import { DEFAULT_WEIGHT, MAX_WEIGHT } from './state.ts';
import type { IndexExplorerOptions } from './layout.ts';

export function indexExplorer(model: RankingTableModel, figure: RankingTableFigure, t: Translate, options: IndexExplorerOptions): ElementContent[] {
  const id = figure.id ?? 'index-explorer';
  const weights = options.indicators.map((indicator, i) =>
    h('div', { class: 'explorer-weight' }, [
      h('label', { for: `${id}-w${i}` }, indicator.label),
      h('input', { type: 'range', id: `${id}-w${i}`, name: indicator.key, min: 0, max: MAX_WEIGHT, step: 1, value: DEFAULT_WEIGHT, 'data-weight': i }),
      h('output', { for: `${id}-w${i}`, 'data-weight-output': i }, String(DEFAULT_WEIGHT)),
    ]),
  );
  const normLabels = { minmax: t('explorer.norm.minmax'), zscore: t('explorer.norm.zscore'), rank: t('explorer.norm.rank'), log: t('explorer.norm.log') };
  const norms = NORMALISATIONS.map((norm) =>
    h('label', { class: 'explorer-norm' }, [
      h('input', { type: 'radio', name: `${id}-norm`, value: norm, checked: norm === 'minmax' }),
      ' ',
      normLabels[norm],
    ]),
  );
  return [
    h(
      'div',
      {
        class: 'index-explorer',
        'data-index-explorer': '',
        'data-status': options.status,
        'data-status-zero': t('explorer.statusZero'),
        'data-move-up': options.moveWords.up,
        'data-move-down': options.moveWords.down,
        'data-move-none': options.moveWords.none,
      },
      [
        h('form', { class: 'explorer-controls', 'data-explorer-form': '', hidden: true, 'aria-label': t('explorer.controls') }, [
          h('fieldset', { class: 'explorer-weights' }, [h('legend', t('explorer.weights', { max: MAX_WEIGHT })), ...weights]),
          h('fieldset', { class: 'explorer-norms' }, [h('legend', t('explorer.rescale')), ...norms]),
          h('button', { type: 'button', 'data-explorer-reset': '' }, t('explorer.reset')),
        ]),
        h('p', { class: 'explorer-status', role: 'status', 'aria-live': 'polite', 'data-explorer-status': '' }),
        ...rankingTable(model, figure, t),
      ],
    ),
  ];
}
