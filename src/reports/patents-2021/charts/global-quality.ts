/** Charts of the global-quality chapter of patents-2021, in the report's order. */
import { applicationBandRows, countryFigure, leadingCompaniesBy, statedFigure } from '../queries.ts';
import { say } from '../../../data/say.ts';
import { datesIn, num, required, sourceLine, table, text } from '../../../charts/declare.ts';
import { COUNTRIES, countryTable, countryValue, CREDIT, META, REPORT, unpublished } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function globalQualityCharts(): ChartEntry[] {
  const worldApplications = required(countryFigure(null, 'applications'), 'world applications');
  const period = datesIn(worldApplications.period ?? '');
  const cnShare = required(countryFigure('CN', 'applications_share'), 'China applications share');
  const [rate2015, rate2020] = [statedFigure('cn_grant_rate_2015'), statedFigure('cn_grant_rate_2020')];
  const bands = applicationBandRows().filter((b) => b.row_kind === 'band');
  const largestBand = bands.reduce((a, b) => (b.companies > a.companies ? b : a));
  const leaders = leadingCompaniesBy('applications');

  return [
    {
      id: 'a-country-applications',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 1',
      title: `全球 ${say(worldApplications)}区块链专利申请中，中国企业占${say(cnShare)}`,
      subtitle: `${period}各国企业申请量占全球的比例`,
      source: sourceLine(META, '一、1.', CREDIT),
      notes: [
        '报告的图 1 只留下标题；正文只给出中国与美国的占比（中国为“近 60%”，图中按 60% 画出并在标签中保留“近”字），其他国家的占比未公布。',
      ],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: COUNTRIES.filter((c) => countryValue(c.code, 'applications_share') !== null).map((c) => {
          const row = required(countryFigure(c.code, 'applications_share'), `${c.label} applications share`);
          return { label: `${c.label}${row.qualifier === 'nearly' ? '（近）' : ''}`, value: row.value, highlight: c.code === 'CN' };
        }),
        options: { valueLabel: '占全球申请量的比例', format: { style: 'percent', decimals: 0 } },
      },
      table: table(
        [text('country', '国家'), num('share', '占全球申请（%）'), text('printed', '原文')],
        COUNTRIES.filter((c) => countryValue(c.code, 'applications_share') !== null).map((c) => {
          const row = required(countryFigure(c.code, 'applications_share'), `${c.label} applications share`);
          return { country: c.label, share: row.value, printed: row.value_text };
        }),
      ),
    },
    {
      id: 'a-country-grants',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 2',
      title: '中国授权专利最多，授权占比却低于美韩',
      subtitle: `${period}，各国区块链专利的授权占比（授权 ÷ 申请）；授权数量见数据表`,
      source: sourceLine(META, '一、1. 1)', CREDIT),
      notes: ['报告的图 2 只留下标题，图中数值以正文所述为准。', ...unpublished('grant_rate', '授权占比')],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: COUNTRIES.map((c) => c.label),
          series: ['授权占比'],
          values: COUNTRIES.map((c) => [countryValue(c.code, 'grant_rate')]),
        },
        options: { valueLabel: '授权占比', format: { style: 'percent', decimals: 0 } },
      },
      table: countryTable([
        { metric: 'granted', label: '授权专利（件）' },
        { metric: 'grant_rate', label: '授权占比（%）' },
      ]),
    },
    {
      id: 'a-country-families',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 3',
      title: `中国 ${say(required(countryFigure('CN', 'families_single_share'), 'China single-member families'))}的专利家族只有一件专利`,
      subtitle: '专利家族按规模划分：仅 1 件 / 2 件及以上，占各国家族总数的比例',
      source: sourceLine(META, '一、1. 2)', CREDIT),
      notes: ['“仅 1 件”的比例除中国外由 100% 减去“2 件及以上”得出，属计算值。'],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: COUNTRIES.map((c) => c.label),
          series: ['仅 1 件', '2 件及以上'],
          values: COUNTRIES.map((c) => {
            const multi = countryValue(c.code, 'families_multi_share');
            return [multi === null ? null : 100 - multi, multi];
          }),
        },
        options: { mode: 'stacked100', valueLabel: '专利家族占比', unit: '%' },
      },
      table: countryTable([
        { metric: 'families', label: '专利家族（组）' },
        { metric: 'families_multi_share', label: '2 件及以上占比（%）' },
      ]),
    },
    {
      id: 'a-country-citations',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 4',
      title: `被引用率：美国 ${say(required(countryFigure('US', 'citation_rate'), 'US citation rate'))}，中国 ${say(required(countryFigure('CN', 'citation_rate'), 'China citation rate'))}`,
      subtitle: '被引用过的专利占申请总数的比例',
      source: sourceLine(META, '一、1. 3)', CREDIT),
      notes: unpublished('citation_rate', '被引用率'),
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: COUNTRIES.filter((c) => countryValue(c.code, 'citation_rate') !== null).map((c) => ({
          label: c.label,
          value: countryValue(c.code, 'citation_rate'),
          highlight: c.code === 'CN',
        })),
        options: { valueLabel: '被引用率', format: { style: 'percent', decimals: 0 } },
      },
      table: countryTable([
        { metric: 'cited', label: '被引用专利（件）' },
        { metric: 'citation_rate', label: '被引用率（%）' },
      ]),
    },
    {
      id: 'a-country-international',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 5',
      title: '国际专利申请：中国数量多，美国占比高',
      subtitle: '国际专利申请数量，及其占本国申请总量的比例',
      source: sourceLine(META, '一、1. 4)', CREDIT),
      notes: ['报告只比较了中美两国。'],
      datasets: ['patents-2021/country-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: COUNTRIES.filter((c) => countryValue(c.code, 'international') !== null).map((c) => ({
          label: `${c.label}（占 ${countryValue(c.code, 'international_share')}%）`,
          value: countryValue(c.code, 'international'),
          highlight: c.code === 'CN',
        })),
        options: { valueLabel: '国际专利申请', unit: '件', format: { unit: '件' } },
      },
      table: countryTable([
        { metric: 'international', label: '国际专利申请（件）' },
        { metric: 'international_share', label: '占本国申请（%）' },
      ]),
    },
    {
      id: 'a-leading-companies',
      report: REPORT,
      chapter: 'global-quality',
      ref: null,
      title: `${required(leaders[0], 'leading company').company_zh}的申请、授权和被引用专利都居中国之首`,
      subtitle: `中国区块链专利申请、授权和被引用数量最多的 ${leaders.length} 家公司`,
      source: sourceLine(META, '一、2.', CREDIT),
      notes: [],
      datasets: ['patents-2021/leading-companies'],
      chart: {
        type: 'grouped-bars',
        data: (() => {
          const companies = leadingCompaniesBy('applications').map((r) => r.company_zh);
          const metrics = [
            { id: 'applications', label: '申请' },
            { id: 'granted', label: '授权' },
            { id: 'cited', label: '被引用' },
          ] as const;
          return {
            categories: companies,
            series: metrics.map((m) => m.label),
            values: companies.map((c) => metrics.map((m) => leadingCompaniesBy(m.id).find((r) => r.company_zh === c)?.value ?? null)),
          };
        })(),
        options: { valueLabel: '专利数量', unit: '件', format: { unit: '件' } },
      },
      table: table(
        [text('company', '公司'), num('applications', '申请（件）'), num('granted', '授权（件）'), num('cited', '被引用（件）')],
        leadingCompaniesBy('applications').map((r) => ({
          company: r.company_zh,
          applications: r.value,
          granted: leadingCompaniesBy('granted').find((g) => g.company_zh === r.company_zh)?.value ?? null,
          cited: leadingCompaniesBy('cited').find((g) => g.company_zh === r.company_zh)?.value ?? null,
        })),
      ),
    },
    {
      id: 'a-application-bands',
      report: REPORT,
      chapter: 'global-quality',
      ref: '表 1',
      title: `${largestBand.companies} 家中国公司只申请过 ${largestBand.band_label}区块链专利`,
      subtitle: '按专利申请数量区间统计的公司数',
      source: sourceLine(META, '一、2.（表 1）', CREDIT),
      notes: [
        '表 1 在“1 ~ 9 件”之下另有三行“> (1 件)”“> (2 件)”“> (3 件)”，其含义报告未说明（可能是恰好 1、2、3 件，也可能是多于 1、2、3 件），图中不画，见数据表。',
      ],
      datasets: ['patents-2021/application-bands'],
      chart: {
        type: 'ranked-bars',
        rows: bands.map((b) => ({ label: b.band_label, value: b.companies })),
        options: { valueLabel: '公司数', unit: '家', format: { unit: '家' } },
      },
      table: table(
        [text('band', '申请数量区间'), text('kind', '类型'), num('companies', '公司（家）')],
        applicationBandRows().map((b) => ({ band: b.band_label, kind: b.row_kind === 'band' ? '区间' : `“${b.parent_band}”下的细分行`, companies: b.companies })),
      ),
    },
    {
      id: 'a-china-grant-rate',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 7',
      title: `中国区块链专利授权占比从 ${rate2015.period} 年的 ${say(rate2015)} 降到 ${rate2020.period} 年的 ${say(rate2020)}`,
      subtitle: '中国企业在国家知识产权局（CNIPA）获得授权的专利占当年申请的比例',
      source: sourceLine(META, '一、2. 1)', CREDIT),
      notes: ['报告的图 7 只留下标题；正文只给出 2015 年和 2020 年两个端点，中间各年未公布，故只画两点。'],
      datasets: ['patents-2021/stated-figures'],
      chart: {
        type: 'dot-change',
        rows: [{ label: '中国', from: rate2015.value, to: rate2020.value, highlight: true }],
        options: { fromLabel: `${rate2015.period} 年`, toLabel: `${rate2020.period} 年`, valueLabel: '授权占比', format: { style: 'percent', decimals: 0 } },
      },
      table: table(
        [text('year', '年份'), num('rate', '授权占比（%）')],
        [
          { year: rate2015.period ?? '', rate: rate2015.value },
          { year: rate2020.period ?? '', rate: rate2020.value },
        ],
      ),
    },
    {
      id: 'a-citation-counts',
      report: REPORT,
      chapter: 'global-quality',
      ref: '图 9',
      title: `中国被引专利中，${statedFigure('cn_cited_1_2_times_share').value}% 只被引用过 1~2 次`,
      subtitle: '中国被引用过的区块链专利，按被引次数分档',
      source: sourceLine(META, '一、2. 3)', CREDIT),
      notes: ['报告只给出“1~2 次”与“超过 10 次”两档；其余被引专利（3~10 次）的数量未公布，不画。'],
      datasets: ['patents-2021/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: [
          { label: '被引 1~2 次', value: statedFigure('cn_cited_1_2_times').value },
          { label: '被引超过 10 次', value: statedFigure('cn_cited_over_10_times').value },
        ],
        options: { valueLabel: '专利数量', unit: '件', format: { unit: '件' } },
      },
      table: table(
        [text('band', '被引次数'), num('patents', '专利（件）'), num('share', '占被引专利（%）')],
        [
          { band: '1~2 次', patents: statedFigure('cn_cited_1_2_times').value, share: statedFigure('cn_cited_1_2_times_share').value },
          { band: '超过 10 次', patents: statedFigure('cn_cited_over_10_times').value, share: statedFigure('cn_cited_over_10_times_share').value },
        ],
      ),
    },
  ];
}
