/** Report B's two figures for the home page: IDC's 2023 spending forecast and the registered services. */
import type { Headline } from '../../data/headlines.ts';
import { QUALIFIER_PREFIX } from '../../data/qualifiers.ts';
import { formatYi } from '../../i18n/format.ts';
import { META } from './meta.ts';
import { marketForecasts, statedFigure } from './queries.ts';

export function headlines(): Headline[] {
  const spending = marketForecasts().find((r) => r.region === 'global' && r.year === 2023);
  if (!spending) throw new Error('headline needs the IDC 2023 global forecast in trends-2020/market-forecasts');
  const filings = statedFigure('filings_total');
  const cite = `报告 ${META.letter}`;

  return [
    {
      value: formatYi(spending.value_usd),
      unit: '美元',
      label: `IDC 预测 ${spending.year} 年全球区块链支出`,
      source: `${cite} ${spending.section} ${spending.source_ref ?? ''}`.trim(),
      derived: false,
    },
    {
      value: QUALIFIER_PREFIX[filings.qualifier] + String(filings.value),
      unit: '个',
      label: `通过网信办备案的区块链信息服务（${filings.period ?? ''}）`,
      source: `${cite} ${filings.section}`,
      derived: false,
    },
  ];
}
