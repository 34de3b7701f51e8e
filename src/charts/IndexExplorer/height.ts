/**
 * How tall the explorer's controls and live region are above its table, on
 * paper, for the embed frame's fixed height (embed/height.ts): chart.css's
 * grid of weight sliders (columns of at least 13rem), the wrapped row of
 * rescaling choices, the reset button and a two-line status, in the embed's
 * 14 px text. It errs tall, as the rest of the estimate does.
 */
import { NORMALISATIONS } from '../../data/composite-index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { textWidth } from '../text.ts';
import type { IndexExplorerOptions } from './layout.ts';

const LINE = 14 * 1.5;
const REM = 16;

export function explorerControlsHeight(options: IndexExplorerOptions, width: number, locale: Locale): number {
  const t = useTranslations(locale);
  const inner = width - 2 * (0.75 * REM) - 2;
  const fieldset = (rows: number) => LINE /* legend */ + rows + REM /* padding */ + 2;
  const columns = Math.max(1, Math.floor((inner + REM) / (13 * REM + REM)));
  const weightRows = Math.ceil(options.indicators.length / columns);
  const weights = fieldset(weightRows * (LINE + 28) + (weightRows - 1) * 4);
  // Rescaling choices flow in a line and wrap, each a radio and its label, 1rem apart.
  let lines = 1;
  let used = 0;
  for (const norm of NORMALISATIONS) {
    const item = 20 + textWidth(t(`explorer.norm.${norm}`), 14);
    if (used > 0 && used + REM + item > inner) {
      lines++;
      used = item;
    } else used += (used > 0 ? REM : 0) + item;
  }
  const norms = fieldset(lines * (LINE + 4));
  const button = LINE + 0.6 * REM + 2;
  const status = 2 * LINE + 0.5 * REM;
  return weights + norms + button + 3 * (0.75 * REM) + status;
}
