/** Charts of the industries chapter of patents-2021, in the report's order. */
import { industryRows } from '../queries.ts';
import { axisOf, columnOf, sourceLine, table, wordsIn } from '../../../charts/declare.ts';
import { industries } from '../schemas/industries.ts';
import { CREDIT, META, REPORT } from './shared.ts';
import type { ChartDeclaration } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';

export function industriesCharts(locale: Locale): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const topIndustry = industryRows().reduce((a, b) => (b.granted > a.granted ? b : a));
  const name = (r: { name_zh: string; name_en: string }) => (locale === 'en' ? r.name_en : r.name_zh);

  return [
    {
      id: 'a-industries',
      report: REPORT,
      chapter: 'industries',
      ref: '表 3',
      title: tr({
        'zh-CN': `${topIndustry.name_zh}的授权专利遥遥领先其他行业`,
        en: `${topIndustry.name_en} is far ahead of every other sector in granted patents`,
      }),
      subtitle: tr({ 'zh-CN': '中国区块链专利按应用行业统计的授权数量', en: 'Granted Chinese blockchain patents by application area' }),
      source: sourceLine(META.in(locale), '三、（表 3）', tr(CREDIT)),
      notes: [],
      datasets: ['patents-2021/industries'],
      chart: {
        type: 'ranked-bars',
        rows: industryRows().map((r) => ({ label: name(r), value: r.granted, highlight: r === topIndustry })),
        options: axisOf(industries, 'granted', locale),
      },
      table: table(
        ['applications', 'applicant_companies', 'granted', 'granted_companies'].reduce(
          (cols, column) => [...cols, columnOf(industries, column, { locale })],
          // English pages show the English name under a plain header rather than the dataset's "Application area (English)".
          [locale === 'en' ? { ...columnOf(industries, 'name_en', { key: 'industry', locale }), label: 'Application area' } : columnOf(industries, 'name_zh', { key: 'industry', locale })],
        ),
        industryRows().map((r) => ({ industry: name(r), applications: r.applications, applicant_companies: r.applicant_companies, granted: r.granted, granted_companies: r.granted_companies })),
      ),
    },
  ];
}
