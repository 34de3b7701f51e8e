/** Report B's two figures for the home page: IDC's 2023 spending forecast and the registered services. */
import type { Headline } from '../../data/headlines.ts';
import { wordsIn } from '../../charts/declare.ts';
import { formatDatesIn } from '../../i18n/dates.ts';
import { formatNumber, formatYi, qualifierWord, unitWord } from '../../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { referenceIn } from '../../i18n/references.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { META } from './meta.ts';
import { marketForecasts, statedFigure } from './queries.ts';

export function headlines(locale: Locale = DEFAULT_LOCALE): Headline[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const spending = marketForecasts().find((r) => r.region === 'global' && r.year === 2023);
  if (!spending) throw new Error('headline needs the IDC 2023 global forecast in trends-2020/market-forecasts');
  const filings = statedFigure('filings_total');
  const t = useTranslations(locale);
  const where = (section: string, ref?: string | null) => {
    const printed = referenceIn(section, locale, report.sections);
    return ref
      ? t('source.labelWithRef', { letter: report.letter, section: printed, ref: referenceIn(ref, locale) })
      : t('source.label', { letter: report.letter, section: printed });
  };

  return [
    {
      value: formatYi(spending.value_usd, 2, locale),
      unit: unitWord('usd', locale),
      label: tr({ 'zh-CN': `IDC预测${spending.year}年全球区块链支出`, en: `Global blockchain spending IDC forecasts for ${spending.year}` }),
      source: where(spending.section, spending.source_ref),
      derived: false,
    },
    {
      value: qualifierWord(filings.qualifier, locale) + formatNumber(filings.value, 0, locale),
      unit: tr({ 'zh-CN': '个', en: 'services' }),
      label: tr({
        'zh-CN': `通过网信办备案的区块链信息服务（${filings.period ?? ''}）`,
        en: `Blockchain information services registered with the Cyberspace Administration of China (${formatDatesIn(filings.period ?? '', locale)})`,
      }),
      source: where(filings.section),
      derived: false,
    },
  ];
}
