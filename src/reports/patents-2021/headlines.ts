/** Report A's two figures for the home page: the world's filings and China's place in the TOP50. */
import type { Headline } from '../../data/headlines.ts';
import { QUALIFIER_PREFIX } from '../../data/qualifiers.ts';
import { formatWan } from '../../i18n/format.ts';
import { META } from './meta.ts';
import { countryFigure, derivedTop50CountryCounts, sourceLabel, statedFigure } from './queries.ts';

export function headlines(): Headline[] {
  const applications = countryFigure(null, 'applications');
  if (!applications) throw new Error('headline needs the world application count in patents-2021/country-comparison');

  const chinaInTop50 = derivedTop50CountryCounts().find((c) => c.country_code === 'CN');
  if (!chinaInTop50) throw new Error('headline needs Chinese companies in patents-2021/top50');
  const statedChinaCount = statedFigure('top50_count_cn');

  return [
    {
      value: QUALIFIER_PREFIX[applications.qualifier] + formatWan(applications.value),
      unit: '件',
      label: `全球区块链专利申请（${applications.period?.replace('/', ' 至 ') ?? ''}）`,
      source: sourceLabel(applications),
      derived: false,
    },
    {
      value: String(chinaInTop50.companies),
      unit: '家',
      label: '全球专利质量 TOP50 中的中国公司',
      source: `报告 ${META.letter} 表 2 各行的国家`,
      derived: true,
      note: statedChinaCount.value === chinaInTop50.companies ? undefined : `报告正文写作 ${statedChinaCount.value} 家，与表 2 逐行计数不一致。`,
    },
  ];
}
