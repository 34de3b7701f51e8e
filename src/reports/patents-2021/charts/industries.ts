/** Charts of the industries chapter of patents-2021, in the report's order. */
import { industryRows } from '../queries.ts';
import { axisOf, columnOf, sourceLine, table } from '../../../charts/declare.ts';
import { industries } from '../schemas/industries.ts';
import { CREDIT, META, REPORT } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function industriesCharts(): ChartEntry[] {
  const topIndustry = industryRows().reduce((a, b) => (b.granted > a.granted ? b : a));

  return [
    {
      id: 'a-industries',
      report: REPORT,
      chapter: 'industries',
      ref: '表 3',
      title: `${topIndustry.name_zh}的授权专利遥遥领先其他行业`,
      subtitle: '中国区块链专利按应用行业统计的授权数量',
      source: sourceLine(META, '三、（表 3）', CREDIT),
      notes: [],
      datasets: ['patents-2021/industries'],
      chart: {
        type: 'ranked-bars',
        rows: industryRows().map((r) => ({ label: r.name_zh, value: r.granted, highlight: r === topIndustry })),
        options: axisOf(industries, 'granted'),
      },
      table: table(
        ['applications', 'applicant_companies', 'granted', 'granted_companies'].reduce((cols, name) => [...cols, columnOf(industries, name)], [columnOf(industries, 'name_zh', { key: 'industry' })]),
        industryRows().map((r) => ({ industry: r.name_zh, applications: r.applications, applicant_companies: r.applicant_companies, granted: r.granted, granted_companies: r.granted_companies })),
      ),
    },
  ];
}
