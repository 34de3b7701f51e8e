/**
 * Formatting moved to src/i18n/format.ts (per locale, from Intl). This path
 * stays for src/charts/Figure.astro and src/charts/registry/, which import it
 * and are being changed elsewhere; new code imports src/i18n/format.ts.
 */
export {
  formatAuto,
  formatLogTicks,
  formatNumber,
  formatPercent,
  formatTicks,
  formatTrimmed,
  formatValue,
  formatWan,
  formatYi,
  withUnit,
} from '../i18n/format.ts';

