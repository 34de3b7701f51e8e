/**
 * The figures the home page leads with, read from the data: stated figures
 * carry their source and qualifier; counts computed from rows are marked derived.
 */
import { formatWan, formatYi } from '../i18n/format.ts';
import { countryFigure, derivedTop50CountryCounts, sourceLabel, statedFigure as statedA } from './patents-2021.ts';
import { marketForecasts, statedFigure as statedB } from './trends-2020.ts';
import { REPORTS } from './reports.ts';
import { QUALIFIER_PREFIX } from './qualifiers.ts';

export interface Headline {
  value: string;
  unit: string;
  label: string;
  source: string;
  derived: boolean;
  /** A caveat shown under the figure, e.g. where the report's text says otherwise. */
  note?: string;
}

const B = `报告 ${REPORTS['trends-2020'].letter}`;

export function homeHeadlines(): Headline[] {
  const applications = countryFigure(null, 'applications');
  if (!applications) throw new Error('headline needs the world application count in patents-2021/country-comparison');

  const chinaInTop50 = derivedTop50CountryCounts().find((c) => c.country_code === 'CN');
  if (!chinaInTop50) throw new Error('headline needs Chinese companies in patents-2021/top50');
  const statedChinaCount = statedA('top50_count_cn');

  const spending = marketForecasts().find((r) => r.region === 'global' && r.year === 2023);
  if (!spending) throw new Error('headline needs the IDC 2023 global forecast in trends-2020/market-forecasts');

  const filings = statedB('filings_total');

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
      source: `报告 ${REPORTS['patents-2021'].letter} 表 2 各行的国家`,
      derived: true,
      note: statedChinaCount.value === chinaInTop50.companies ? undefined : `报告正文写作 ${statedChinaCount.value} 家，与表 2 逐行计数不一致。`,
    },
    {
      value: formatYi(spending.value_usd),
      unit: '美元',
      label: `IDC 预测 ${spending.year} 年全球区块链支出`,
      source: `${B} ${spending.section} ${spending.source_ref ?? ''}`.trim(),
      derived: false,
    },
    {
      value: QUALIFIER_PREFIX[filings.qualifier] + String(filings.value),
      unit: '个',
      label: `通过网信办备案的区块链信息服务（${filings.period ?? ''}）`,
      source: `${B} ${filings.section}`,
      derived: false,
    },
  ];
}
