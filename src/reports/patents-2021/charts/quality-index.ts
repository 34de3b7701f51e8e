/** Charts of the quality-index chapter of patents-2021, in the report's order. */
import { derivedTop50CountryCounts, derivedTop50EqualWeights, derivedTop50RankIntervals, statedFigure, TOP50_METHOD_SETTINGS, top50RowCount, top50Rows } from '../queries.ts';
import { axisOf, columnOf, num, required, sourceLine, table, text, wordsIn } from '../../../charts/declare.ts';
import { formatList, formatNumber, withUnit } from '../../../i18n/format.ts';
import { top50 as top50Def } from '../schemas/top50.ts';
import { CREDIT, META, REPORT, wafflePartsWithOther } from './shared.ts';
import type { ChartDeclaration, PartialRows } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Catalog } from '../../../data/catalog.ts';

/** `catalog`: the data to declare them from (a test's own); the site's data by default. */
export function qualityIndexCharts(locale: Locale, catalog?: Catalog): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const credit = tr(CREDIT);
  const top50 = top50Rows(catalog);
  const countryCounts = derivedTop50CountryCounts(catalog);
  const rankIntervals = derivedTop50RankIntervals(catalog);
  const equalWeights = derivedTop50EqualWeights(catalog);
  const statedCn = statedFigure('top50_count_cn', catalog);
  const chinaCount = required(countryCounts.find((c) => c.country_code === 'CN'), 'Chinese TOP50 count').companies;
  const TOP_N = 10;
  // An uncertain English name (a transliteration, see company_en_note) keeps the original beside it.
  const company = (r: { company_zh: string; company_en: string; company_en_note?: string | null }) =>
    locale === 'en' ? (r.company_en_note ? `${r.company_en} (${r.company_zh})` : r.company_en) : r.company_zh;
  const country = (r: { country_zh: string; country_en: string }) => (locale === 'en' ? r.country_en : r.country_zh);
  /** A TOP50 company's name in this language, found by the name the report prints. */
  const companyNamed = (zh: string) => company(required(top50.find((r) => r.company_zh === zh), `TOP50 company ${zh}`));
  // English pages show the English name under a plain header rather than the dataset's "Company (English)".
  const nameColumn = (column: 'company' | 'country', en: string) =>
    locale === 'en' ? { ...columnOf(top50Def, `${column}_en`, { key: column, locale }), label: en } : columnOf(top50Def, `${column}_zh`, { key: column, locale });
  const patents = tr({ 'zh-CN': '件', en: 'patents' });
  const dimensions = [
    { key: 'granted', label: tr({ 'zh-CN': '授权专利', en: 'Granted patents' }), short: tr({ 'zh-CN': '授权', en: 'Granted' }), unit: patents },
    { key: 'cited', label: tr({ 'zh-CN': '被引用专利', en: 'Cited patents' }), short: tr({ 'zh-CN': '被引用', en: 'Cited' }), unit: patents },
    { key: 'core_tech', label: tr({ 'zh-CN': '底层技术专利', en: 'Core-technology patents' }), short: tr({ 'zh-CN': '底层技术', en: 'Core technology' }), unit: patents },
    { key: 'families', label: tr({ 'zh-CN': '专利家族', en: 'Patent families' }), short: tr({ 'zh-CN': '专利家族', en: 'Families' }), unit: tr({ 'zh-CN': '组', en: 'families' }) },
    { key: 'international', label: tr({ 'zh-CN': '国际专利申请', en: 'International applications' }), short: tr({ 'zh-CN': '国际申请', en: 'International' }), unit: tr({ 'zh-CN': '件', en: 'applications' }) },
  ] as const;
  // One row per TOP50 company for the sortable table and its data download alike.
  const top50Cells = top50.map((r) => ({
    rank: r.rank,
    company: company(r),
    country: country(r),
    ...Object.fromEntries(dimensions.map((d) => [d.key, r[d.key]])),
    score: r.score,
  }));
  const countedNote = tr({
    'zh-CN': '各国家数由表2逐行计数得出，属计算值。',
    en: 'The counts per country are derived by counting the rows of Table 2 one by one.',
  });
  const companiesWord = tr({ 'zh-CN': '家', en: 'companies' });
  // The charts keep to the TOP50 (top50Rows); a longer table says so on each of them, with a link to every row.
  const total = top50RowCount(catalog);
  const partial: { partial?: PartialRows } =
    total > top50.length
      ? {
          partial: {
            shown: top50.length,
            total,
            dataset: top50Def.id,
            note: tr({
              'zh-CN': `前${top50.length}名，共${total}家；完整名单见数据页`,
              en: `Top ${formatNumber(top50.length, 0, locale)} of ${formatNumber(total, 0, locale)}; the full list is on the data page`,
            }),
          },
        }
      : {};

  return [
    {
      id: 'a-top50-scores',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({
        'zh-CN': `2021年全球区块链专利质量TOP50：${top50.slice(0, 3).map((r) => r.company_zh).join('、')}居前三`,
        en: `${formatList(top50.slice(0, 3).map((r) => r.company_en), 'en')} top the 2021 global blockchain patent quality TOP50`,
      }),
      subtitle: tr({ 'zh-CN': '专利质量得分（满分100），中国公司以深色标出', en: 'Patent quality score (out of 100); Chinese companies in the darker colour' }),
      source: sourceLine(report, '二、（表 2）', credit),
      notes: [
        tr({
          'zh-CN': '得分由授权、被引用、底层技术、专利家族、国际申请五个维度等权（各20）合成；报告未公布换算方法。',
          en: 'The score combines five equally weighted dimensions (20 points each): granted patents, cited patents, core-technology patents, patent families and international applications. The report does not publish how the counts are converted into points.',
        }),
      ],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'ranked-bars',
        rows: top50.map((r) => ({ label: `${r.rank}. ${company(r)}`, value: r.score, highlight: r.country_code === 'CN' })),
        options: { ...axisOf(top50Def, 'score', locale), format: { decimals: 1 } },
      },
      table: table(
        [
          columnOf(top50Def, 'rank', { locale }),
          nameColumn('company', 'Company'),
          nameColumn('country', 'Country'),
          { ...columnOf(top50Def, 'score', { locale }), decimals: 1 },
        ],
        top50.map((r) => ({ rank: r.rank, company: company(r), country: country(r), score: r.score })),
      ),
    },
    {
      id: 'a-top50-table',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({
        'zh-CN': `TOP50的${dimensions.length}个维度：逐项比较`,
        en: `The TOP50 on each of the ${formatNumber(dimensions.length, 0, locale)} dimensions, company by company`,
      }),
      subtitle: tr({
        'zh-CN': '点击表头可按任一列排序；未启用脚本时按排名排列',
        en: 'Click a column header to sort by that column; without JavaScript the table stays in rank order',
      }),
      source: sourceLine(report, '二、（表 2）', credit),
      notes: [
        tr({
          'zh-CN': '蚂蚁集团的数量含阿里巴巴、创新先进与支付宝；京东科技含京东。',
          en: `${companyNamed('蚂蚁集团')}'s counts include those of Alibaba, Advanced New Technologies and Alipay; ${companyNamed('京东科技')}'s include JD.com's.`,
        }),
      ],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'ranking-table',
        rows: top50Cells,
        columns: [
          { key: 'rank', label: tr({ 'zh-CN': '排名', en: 'Rank' }), kind: 'number', bar: false },
          { key: 'company', label: tr({ 'zh-CN': '公司', en: 'Company' }), kind: 'text', rowHeader: true },
          { key: 'country', label: tr({ 'zh-CN': '国家', en: 'Country' }), kind: 'text' },
          ...dimensions.map((d) => ({ key: d.key, label: d.short, unit: d.unit, kind: 'number' as const })),
          { key: 'score', label: tr({ 'zh-CN': '得分', en: 'Score' }), unit: tr({ 'zh-CN': '分', en: 'points' }), kind: 'number', format: { decimals: 1 } },
        ],
        options: { sortKey: 'rank', direction: 'ascending', rowKey: 'rank' },
      },
      table: table(
        [
          num('rank', tr({ 'zh-CN': '排名', en: 'Rank' })),
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          text('country', tr({ 'zh-CN': '国家', en: 'Country' })),
          ...dimensions.map((d) => num(d.key, withUnit(d.label, d.unit, locale))),
          num('score', tr({ 'zh-CN': '得分', en: 'Score' }), 1),
        ],
        top50Cells,
      ),
    },
    {
      id: 'a-top50-dimensions',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({
        'zh-CN': `前${TOP_N}名公司在${dimensions.length}个维度上的差距`,
        en: `How far apart the top ${formatNumber(TOP_N, 0, locale)} companies are on the ${formatNumber(dimensions.length, 0, locale)} dimensions`,
      }),
      subtitle: tr({
        'zh-CN': `TOP50前${TOP_N}名，每个维度单独标尺；中国公司以深色标出`,
        en: `The top ${formatNumber(TOP_N, 0, locale)} of the TOP50, each dimension on its own scale; Chinese companies in the darker colour`,
      }),
      source: sourceLine(report, '二、（表 2）', credit),
      notes: [
        tr({
          'zh-CN': total > top50.length ? `只画前${TOP_N}名以便阅读；前${top50.length}名见上方可排序的表，全部${total}家见数据页。` : `只画前${TOP_N}名以便阅读；全部${top50.length}家见上方可排序的表。`,
          en:
            total > top50.length
              ? `Only the top ${formatNumber(TOP_N, 0, locale)} are drawn, to keep the chart legible; the top ${formatNumber(top50.length, 0, locale)} are in the sortable table above, and all ${formatNumber(total, 0, locale)} companies on the data page.`
              : `Only the top ${formatNumber(TOP_N, 0, locale)} are drawn, to keep the chart legible; all ${formatNumber(top50.length, 0, locale)} companies are in the sortable table above.`,
        }),
      ],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'small-multiples',
        data: {
          items: top50.slice(0, TOP_N).map(company),
          metrics: dimensions.map((d) => ({ label: d.label, unit: d.unit, values: top50.slice(0, TOP_N).map((r) => r[d.key]) })),
        },
        options: { highlight: top50.slice(0, TOP_N).filter((r) => r.country_code === 'CN').map(company) },
      },
      table: table(
        [text('company', tr({ 'zh-CN': '公司', en: 'Company' })), ...dimensions.map((d) => num(d.key, withUnit(d.label, d.unit, locale)))],
        top50.slice(0, TOP_N).map((r) => ({ company: company(r), ...Object.fromEntries(dimensions.map((d) => [d.key, r[d.key]])) })),
      ),
    },
    {
      id: 'a-top50-granted-cited',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({ 'zh-CN': '授权多的公司，被引用的专利也多', en: 'Companies with more granted patents also have more cited ones' }),
      subtitle: tr({ 'zh-CN': 'TOP50公司的授权专利与被引用专利（对数坐标）', en: 'Granted and cited patents of the TOP50 companies (logarithmic scales)' }),
      source: sourceLine(report, '二、（表 2）', credit),
      notes: [],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'scatter',
        points: top50.map((r) => ({ label: company(r), x: r.granted, y: r.cited })),
        options: {
          x: { label: tr({ 'zh-CN': '授权专利', en: 'Granted' }), unit: patents, scale: 'log' },
          y: { label: tr({ 'zh-CN': '被引用专利', en: 'Cited' }), unit: patents, scale: 'log' },
          labelTop: 4,
          labelNames: ['蚂蚁集团', '微众银行', '工商银行', 'IBM'].map(companyNamed),
        },
      },
      table: table(
        [
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          num('granted', tr({ 'zh-CN': '授权（件）', en: 'Granted' })),
          num('cited', tr({ 'zh-CN': '被引用（件）', en: 'Cited' })),
        ],
        top50.map((r) => ({ company: company(r), granted: r.granted, cited: r.cited })),
      ),
    },
    {
      id: 'a-top50-explorer',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({
        'zh-CN': '自己定权重：重排TOP50',
        en: 'Set your own weights and re-rank the TOP50',
      }),
      subtitle: tr({
        'zh-CN': '拖动五项指标的权重、换一种标准化方式，排名随即重算；未启用脚本时显示报告排名与本站的等权重排名；中国公司以粗体标出',
        en: 'Move the five weights or change how the counts are rescaled and the ranking is recomputed at once; without JavaScript the table shows the published ranking beside this site’s equal-weight one; Chinese companies in bold',
      }),
      source: sourceLine(report, '二、（表 2，本站计算）', credit),
      notes: [
        tr({
          'zh-CN': '指数、名次与名次变化由本站按所选权重与方法从表2的五项数量计算，属计算值，并非报告的方法（报告未公布）；权重各除以权重之和，标准化只在这50家公司内进行。',
          en: 'The index, rank and change are derived by this site from the five counts in Table 2, with the weights and rescaling chosen; this is not the report’s method, which it does not publish. Each weight is divided by the sum of the weights, and the rescaling runs over these 50 companies only.',
        }),
        tr({
          'zh-CN': '默认的等权重并不代表本站或报告对各项指标重要性的看法。',
          en: 'Equal weights are only a starting point, not this site’s or the report’s view of what matters most.',
        }),
      ],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'index-explorer',
        rows: top50.map((r, i) => ({
          key: r.company_zh,
          label: company(r),
          group: country(r),
          highlight: r.country_code === 'CN',
          published: r.rank,
          score: r.score,
          values: dimensions.map((d) => r[d.key]),
          index: required(equalWeights[i], 'equal-weight view').index * 100,
          rank: required(equalWeights[i], 'equal-weight view').rank,
        })),
        options: {
          indicators: dimensions.map((d) => ({ key: d.key, label: d.label })),
          labels: {
            published: tr({ 'zh-CN': '报告名次', en: 'Published rank' }),
            label: tr({ 'zh-CN': '公司', en: 'Company' }),
            group: tr({ 'zh-CN': '国家', en: 'Country' }),
            score: tr({ 'zh-CN': '报告得分', en: 'Published score' }),
            index: tr({ 'zh-CN': '本站指数（计算值）', en: 'Index here (derived)' }),
            rank: tr({ 'zh-CN': '本站名次', en: 'Rank here' }),
            move: tr({ 'zh-CN': '较报告', en: 'Against published' }),
          },
          moveWords: {
            up: tr({ 'zh-CN': '升{count}', en: 'up {count}' }),
            down: tr({ 'zh-CN': '降{count}', en: 'down {count}' }),
            none: tr({ 'zh-CN': '不变', en: 'same' }),
          },
          status: tr({
            'zh-CN': '重新排名：第一名为{first}；{count}家公司中有{moved}家与报告名次不同。',
            en: 'Re-ranked: {first} now comes first; {moved} of {count} companies are off their published rank.',
          }),
        },
      },
      table: table(
        [
          num('published', tr({ 'zh-CN': '报告名次', en: 'Published rank' })),
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          text('country', tr({ 'zh-CN': '国家', en: 'Country' })),
          ...dimensions.map((d) => num(d.key, withUnit(d.label, d.unit, locale))),
          num('score', tr({ 'zh-CN': '报告得分', en: 'Published score' })),
          num('index', tr({ 'zh-CN': '等权重指数（计算值）', en: 'Equal-weight index (derived)' })),
          num('rank', tr({ 'zh-CN': '等权重名次（计算值）', en: 'Equal-weight rank (derived)' })),
        ],
        top50.map((r, i) => ({
          published: r.rank,
          company: company(r),
          country: country(r),
          ...Object.fromEntries(dimensions.map((d) => [d.key, r[d.key]])),
          score: r.score,
          index: required(equalWeights[i], 'equal-weight view').index * 100,
          rank: required(equalWeights[i], 'equal-weight view').rank,
        })),
      ),
    },
    {
      id: 'a-top50-rank-intervals',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: tr({
        'zh-CN': '换一套权重，名次会变多少：每家公司的名次区间',
        en: 'How far each company’s rank moves when the weights change',
      }),
      subtitle: tr({
        'zh-CN': `${formatNumber(TOP50_METHOD_SETTINGS.weightSamples, 0, locale)}组随机权重、4种标准化方法下的最好与最差名次（横线）、中位名次（圆点）和报告名次（竖线）；中国公司以深色标出`,
        en: `Best to worst rank (line), median rank (dot) and published rank (tick) over ${formatNumber(TOP50_METHOD_SETTINGS.weightSamples, 0, locale)} random sets of weights and 4 ways of rescaling; Chinese companies in the darker colour`,
      }),
      source: sourceLine(report, '二、（表 2，本站计算）', credit),
      notes: [
        tr({
          'zh-CN': '名次区间由本站根据表2的五项数量计算，属计算值：权重从五维均匀狄利克雷分布中抽取（固定随机种子），四种标准化方法轮流使用；报告本身的换算方法未公布，不在其中。',
          en: 'The rank ranges are derived by this site from the five counts in Table 2: the weights are drawn uniformly from all sets of five weights that add up to one (a flat Dirichlet distribution, fixed random seed), and the four ways of rescaling take turns. The report’s own conversion is unpublished and is not among them.',
        }),
      ],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'rank-intervals',
        rows: rankIntervals.map((r) => ({
          label: `${r.published}. ${companyNamed(r.company_zh)}`,
          best: r.best,
          median: r.median,
          worst: r.worst,
          reference: r.published,
          highlight: r.country_code === 'CN',
        })),
        options: {
          valueLabel: tr({ 'zh-CN': '名次（1 = 第一）', en: 'Rank (1 = first)' }),
          referenceLabel: tr({ 'zh-CN': '报告名次', en: 'published rank' }),
        },
      },
      table: table(
        [
          num('rank', tr({ 'zh-CN': '报告名次', en: 'Published rank' })),
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          num('best', tr({ 'zh-CN': '最好名次（计算值）', en: 'Best rank (derived)' })),
          num('median', tr({ 'zh-CN': '中位名次（计算值）', en: 'Median rank (derived)' })),
          num('worst', tr({ 'zh-CN': '最差名次（计算值）', en: 'Worst rank (derived)' })),
        ],
        rankIntervals.map((r) => ({ rank: r.published, company: companyNamed(r.company_zh), best: r.best, median: r.median, worst: r.worst })),
      ),
    },
    {
      id: 'a-top50-countries',
      report: REPORT,
      chapter: 'quality-index',
      ref: '图 11',
      title: tr({
        'zh-CN': `TOP50中有${chinaCount}家中国公司`,
        en: `${formatNumber(chinaCount, 0, locale)} of the TOP50 are Chinese companies`,
      }),
      subtitle: tr({
        'zh-CN': 'TOP50公司按所属国家计数，一格代表一家公司',
        en: 'TOP50 companies by home country; each square is one company',
      }),
      source: sourceLine(report, '二、（表 2 逐行计数）', credit),
      notes: [
        countedNote,
        ...(statedCn.value === chinaCount
          ? []
          : [
              tr({
                'zh-CN': `报告正文称中国有${statedCn.value}家公司上榜，但表2中国籍公司只有${chinaCount}行，两者不一致；此处按表2计数。`,
                en: `The report's text says ${formatNumber(statedCn.value, 0, locale)} Chinese companies made the list, but Table 2 has only ${formatNumber(chinaCount, 0, locale)} rows for Chinese companies. The two disagree; this chart follows the count of Table 2.`,
              }),
            ]),
      ],
      datasets: ['patents-2021/top50', 'patents-2021/stated-figures'],
      ...partial,
      chart: {
        type: 'waffle',
        parts: wafflePartsWithOther(countryCounts, locale),
        options: { valueLabel: tr({ 'zh-CN': 'TOP50公司', en: 'TOP50 companies' }), unit: companiesWord },
      },
      table: table(
        [text('country', tr({ 'zh-CN': '国家', en: 'Country' })), num('companies', tr({ 'zh-CN': '公司（家，计算值）', en: 'Companies (derived)' }))],
        countryCounts.map((c) => ({ country: country(c), companies: c.companies })),
      ),
    },
    {
      id: 'a-top50-map',
      report: REPORT,
      chapter: 'quality-index',
      ref: '图 11',
      title: tr({
        'zh-CN': `TOP50公司来自${countryCounts.length}个国家`,
        en: `The TOP50 companies come from ${formatNumber(countryCounts.length, 0, locale)} countries`,
      }),
      subtitle: tr({ 'zh-CN': '各国上榜公司数（由表2计数）', en: 'Companies on the list by country (counted from Table 2)' }),
      source: sourceLine(report, '二、（表 2 逐行计数）', credit),
      notes: [countedNote],
      datasets: ['patents-2021/top50'],
      ...partial,
      chart: {
        type: 'choropleth',
        countries: countryCounts.map((c) => ({
          code: c.country_code,
          category: c.companies >= 20 ? 'many' : c.companies >= 5 ? 'some' : 'few',
          label: country(c),
          detail: tr({ 'zh-CN': `${c.companies}家`, en: `${formatNumber(c.companies, 0, locale)} ${c.companies === 1 ? 'company' : 'companies'}` }),
        })),
        options: {
          categories: [
            { id: 'many', label: tr({ 'zh-CN': '20家以上', en: '20 or more companies' }) },
            { id: 'some', label: tr({ 'zh-CN': '5–19家', en: '5–19 companies' }) },
            { id: 'few', label: tr({ 'zh-CN': '1–4家', en: '1–4 companies' }) },
          ],
          ordered: true,
          valueLabel: tr({ 'zh-CN': 'TOP50公司所在国', en: 'Home countries of TOP50 companies' }),
        },
      },
      table: table(
        [text('country', tr({ 'zh-CN': '国家', en: 'Country' })), num('companies', tr({ 'zh-CN': '公司（家，计算值）', en: 'Companies (derived)' }))],
        countryCounts.map((c) => ({ country: country(c), companies: c.companies })),
      ),
    },
  ];
}
