/** Report A's two figures for the home page: the world's filings and China's place in the TOP50. */
import type { Headline } from '../../data/headlines.ts';
import { formatPeriod } from '../../i18n/dates.ts';
import { formatWan, qualifierWord, unitWord } from '../../i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { wordsIn } from '../../charts/declare.ts';
import { META } from './meta.ts';
import { countryFigure, derivedTop50CountryCounts, sourceLabel, statedFigure } from './queries.ts';

export function headlines(locale: Locale = DEFAULT_LOCALE): Headline[] {
  const tr = wordsIn(locale);
  const applications = countryFigure(null, 'applications');
  if (!applications) throw new Error('headline needs the world application count in patents-2021/country-comparison');

  const chinaInTop50 = derivedTop50CountryCounts().find((c) => c.country_code === 'CN');
  if (!chinaInTop50) throw new Error('headline needs Chinese companies in patents-2021/top50');
  const statedChinaCount = statedFigure('top50_count_cn');
  const period = applications.period ?? '';

  return [
    {
      value: qualifierWord(applications.qualifier, locale) + formatWan(applications.value, 2, locale),
      unit: unitWord('patent', locale),
      label: tr({
        'zh-CN': `全球区块链专利申请（${formatPeriod(period, locale)}）`,
        en: `Blockchain patent applications worldwide (${formatPeriod(period, locale)})`,
      }),
      source: sourceLabel(applications, locale),
      derived: false,
    },
    {
      value: String(chinaInTop50.companies),
      unit: unitWord('company', locale),
      label: tr({ 'zh-CN': '全球专利质量TOP50中的中国公司', en: 'Chinese companies in the global patent-quality TOP50' }),
      source: tr({ 'zh-CN': `报告${META.letter}表2各行的国家`, en: `Report ${META.letter}, Table 2, the country of each row` }),
      derived: true,
      note:
        statedChinaCount.value === chinaInTop50.companies
          ? undefined
          : tr({
              'zh-CN': `报告正文写作${statedChinaCount.value}家，与表2逐行计数不一致。`,
              en: `The report's text says ${statedChinaCount.value}, which does not match a count of Table 2's rows.`,
            }),
    },
  ];
}
