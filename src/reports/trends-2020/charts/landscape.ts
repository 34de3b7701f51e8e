/** Charts of the landscape chapter of trends-2020, in the report's order. */
import { filingsByCity, fundedCompanies, globalForecastGrowthDerived, marketForecasts, provincialPolicies, sandboxPilots, sandboxTotalsDerived, statedFigure, usCriticalTechnologies, usNamedTechnology } from '../queries.ts';
import { say } from '../../../data/say.ts';
import { formatYearSpan } from '../../../i18n/dates.ts';
import { formatList, formatNumber, unitWord, withUnit } from '../../../i18n/format.ts';
import { axisOf, columnOf, datesIn, num, required, sourceLine, table, text, yearMonth, wordsIn } from '../../../charts/declare.ts';
import { filingsByCity as filingsByCityDef } from '../schemas/filings-by-city.ts';
import type { FundedCompanyRow } from '../schemas/funded-companies.ts';
import { pct, periodWords, qualified, META, REPORT, uniqueMax, yiUsd } from './shared.ts';
import type { ChartDeclaration, ChartSpec } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';

/** A 表 3 company in English: its own English name ("OneConnect"), or an uncertain one (company_en_note) with the printed name beside it, "Yijian Co. (易见股份)". */
const companyEn = (row: FundedCompanyRow): string => (row.company_en_note ? `${row.company_en} (${row.company})` : row.company_en);

/** A 表 3 amount in English, from the parsed columns: "324 million US dollars", "tens of millions of yuan", "Undisclosed". */
function amountEn(row: FundedCompanyRow): string {
  const unit = row.amount_currency === 'USD' ? 'usd' : 'cny';
  if (row.amount_precision === 'undisclosed' || !row.amount_currency) return 'Undisclosed';
  if (row.amount_precision === 'range' || row.amount_value === null) return `tens of millions of ${unitWord(unit, 'en')}`;
  return say({ value: row.amount_value, unit, qualifier: 'exact', value_text: row.amount_text }, 'en');
}

export function landscapeCharts(locale: Locale): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const en = locale === 'en';
  // 壹.02 / 壹.03 市场规模 (图 2, 图 7)
  const forecasts = marketForecasts();
  const globalForecast = forecasts.filter((r) => r.region === 'global');
  const chinaForecast = forecasts.filter((r) => r.region === 'cn');
  const globalYears = [2018, 2019, 2020, 2021, 2022, 2023];
  const chinaYears = [2020, 2021, 2022, 2023, 2024];
  const { first: globalFirst, last: globalLast, percent: globalCagrDerived } = globalForecastGrowthDerived();
  const globalCagr = statedFigure('idc_global_cagr');
  const chinaLast = required(chinaForecast.at(-1), 'China forecast');
  const chinaCagr = statedFigure('idc_cn_cagr');
  const chinaCagrHeadline = statedFigure('toc_cn_cagr_headline');
  const usd = unitWord('usd', locale);
  /** "values only for 2020 and 2023", "a value only for 2024". */
  const valuesFor = (years: number[]): string => `${years.length === 1 ? 'a value' : 'values'} only for ${formatList(years.map(String), 'en')}`;
  /** A forecast's printed value in English words, for the 原文 column. */
  const forecastText = (row: { value_usd: number; value_text: string }): string => say({ value: row.value_usd, unit: 'usd', qualifier: 'exact', value_text: row.value_text }, locale);
  /**
   * The report gives a forecast for one or two of a figure's years: those years as a small
   * table, not columns among 未公布 slots (the notes name the years it leaves out).
   */
  const forecastTable = (rows: { year: number; value_usd: number }[]): ChartSpec => ({
    type: 'ranking-table',
    rows: rows.map((r) => ({ year: String(r.year), value: r.value_usd })),
    columns: [
      { key: 'year', label: tr({ 'zh-CN': '年份', en: 'Year' }), kind: 'text', rowHeader: true },
      { key: 'value', label: tr({ 'zh-CN': '预测支出', en: 'Forecast spending' }), unit: usd, kind: 'number', bar: false, format: { style: 'yi' } },
    ],
    options: { sortKey: 'year', direction: 'ascending', rowKey: 'year' },
  });

  // 壹.03 政策趋向 (provincial policies, 表 2)
  const policies = provincialPolicies();
  const policyRegions = new Set(policies.map((p) => p.region_code)).size;
  const sandbox = sandboxPilots();
  const sandboxTotals = sandboxTotalsDerived();
  const sandboxTop = uniqueMax(sandbox, (r) => r.blockchain_projects);
  const sandboxPeriod = required(statedFigure('sandbox_cities').period, 'sandbox date');
  const sandboxAsOf = datesIn(sandboxPeriod);
  const sandboxAsOfEn = periodWords(sandboxPeriod, 'en');
  const statedSandboxTotal = statedFigure('sandbox_total_projects').value;
  const statedSandboxBlockchain = statedFigure('sandbox_blockchain_projects').value;
  const gdDepartments = statedFigure('gd_policy_departments');

  // 壹.03 投融资动态 (表 3)
  const funded = fundedCompanies();
  const cityCounts = new Map<string, number>();
  for (const row of funded) cityCounts.set(row.city_zh, (cityCounts.get(row.city_zh) ?? 0) + 1);
  const topFundedCity = uniqueMax([...cityCounts.entries()], ([, count]) => count);
  const topFundedCityEn = topFundedCity ? (funded.find((r) => r.city_zh === topFundedCity[0])?.city_en ?? topFundedCity[0]) : '';
  const equityTransfer = funded.find((r) => r.company === '易见股份');
  const undisclosedCount = funded.filter((r) => r.amount_precision === 'undisclosed').length;
  const rangeCount = funded.filter((r) => r.amount_precision === 'range').length;
  const fundedRow = (r: FundedCompanyRow) =>
    en
      ? { company: companyEn(r), track: r.track_en, city: r.city_en, round: r.round_en, date: r.date, amount: amountEn(r) }
      : { company: r.company, track: r.track_zh, city: r.city_zh, round: r.round, date: r.date, amount: r.amount_text };

  // 壹.03 生态概览 (图 8)
  const filings = filingsByCity();
  const filingsTotal = statedFigure('filings_total');
  const filingBatches = statedFigure('filing_batches').value;
  const filingsLeader = required(filings.find((r) => r.stated_order === 1), 'the city named first in 图 8');
  const leaderFilings = required(filingsLeader.filings, `${filingsLeader.city_zh}'s filings`);
  const filingsMissing = filings.filter((r) => r.filings === null).map((r) => r.city_zh);
  const filingsMissingEn = filings.filter((r) => r.filings === null).map((r) => r.city_en);
  const filingsAxis = axisOf(filingsByCityDef, 'filings', locale);
  /** The count as printed (295个), in English in words (295 projects); 未公布 when the report gives none. */
  const filingText = (r: (typeof filings)[number]): string => {
    if (!r.filings_text) return tr({ 'zh-CN': '未公布', en: 'Not published' });
    if (!en || r.filings === null || r.filings === undefined) return r.filings_text;
    return say({ value: r.filings, unit: 'project', qualifier: 'exact', value_text: r.filings_text }, locale);
  };

  return [
    // ── 壹 发展格局 ──────────────────────────────────────────────
    {
      id: 'b-us-critical-technologies',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 1',
      title: tr({
        'zh-CN': `分布式账本技术位列美国${usCriticalTechnologies().length}项关键与新兴技术之中`,
        en: `Distributed ledger technology makes the US list of ${usCriticalTechnologies().length} critical and emerging technologies`,
      }),
      subtitle: tr({
        'zh-CN': '美国白宫《关键与新兴技术国家战略》（2020年10月）所列技术清单',
        en: 'The technologies listed in the White House’s National Strategy for Critical and Emerging Technologies, October 2020',
      }),
      source: sourceLine(report, '壹.02 政策趋向（表 1）'),
      notes: [
        tr({
          'zh-CN': '英文名称按白宫清单原文。',
          en: 'Names are as the White House list words them; the second column gives the report’s Chinese rendering.',
        }),
      ],
      datasets: ['trends-2020/us-critical-technologies'],
      chart: {
        type: 'ranking-table',
        rows: usCriticalTechnologies().map((r) => ({ number: r.number, name_zh: r.name_zh, name_en: r.name_en })),
        columns: tr({
          'zh-CN': [
            { key: 'number', label: '序号', kind: 'number', bar: false },
            { key: 'name_zh', label: '技术', kind: 'text', rowHeader: true },
            { key: 'name_en', label: '英文名称', kind: 'text' },
          ],
          en: [
            { key: 'number', label: 'No.', kind: 'number', bar: false },
            { key: 'name_en', label: 'Technology', kind: 'text', rowHeader: true },
            { key: 'name_zh', label: 'In the report', kind: 'text' },
          ],
        }),
        options: {
          sortKey: 'number',
          direction: 'ascending',
          rowKey: 'number',
          current: { key: String(usNamedTechnology().number), cue: tr({ 'zh-CN': '报告正文点名', en: 'named in the report' }) },
        },
      },
      table: table(
        tr({
          'zh-CN': [num('number', '序号'), text('name_zh', '技术'), text('name_en', '英文名称')],
          en: [num('number', 'No.'), text('name_en', 'Technology'), text('name_zh', 'In the report')],
        }),
        usCriticalTechnologies().map((r) => ({ number: r.number, name_zh: r.name_zh, name_en: r.name_en })),
      ),
    },
    {
      id: 'b-market-global',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 2',
      title: tr({
        'zh-CN': `IDC预计全球区块链支出${globalLast.year}年升至${yiUsd(globalLast.value_usd, locale)}`,
        en: `IDC forecasts global blockchain spending will rise to ${yiUsd(globalLast.value_usd, locale)} in ${globalLast.year}`,
      }),
      subtitle: tr({
        'zh-CN': `全球区块链市场支出预测（仅联盟链与分布式账本，不含虚拟货币），${formatYearSpan(globalYears[0] ?? '', globalYears.at(-1) ?? '', 'zh-CN')}`,
        en: `Forecast spending on blockchain worldwide (consortium chains and distributed ledgers only, excluding virtual currencies), ${formatYearSpan(globalYears[0] ?? '', globalYears.at(-1) ?? '', 'en')}`,
      }),
      source: sourceLine(report, '壹.02市场规模（图2）', tr({ 'zh-CN': 'IDC《全球区块链支出指南2020》（2020V1）', en: `IDC, ${globalLast.publication_en}` })),
      notes: [
        tr({
          'zh-CN': `图2覆盖${formatYearSpan(globalYears[0] ?? '', globalYears.at(-1) ?? '', 'zh-CN')}，但报告正文只给出${globalForecast.map((r) => r.year).join('年和')}年的数值；其余年份未公布，不作插值。`,
          en: `Figure 2 spans ${formatYearSpan(globalYears[0] ?? '', globalYears.at(-1) ?? '', 'en')}, but the report’s text gives ${valuesFor(globalForecast.map((r) => r.year))}; the other years are unpublished and are not interpolated.`,
        }),
        tr({
          'zh-CN': `IDC给出的全球五年复合年增长率为${pct(globalCagr.value, locale)}，起止年份未注明。由${globalFirst.year}、${globalLast.year}两年数值反推的年均增速约为${pct(Math.round(globalCagrDerived * 10) / 10, locale)}（本站计算值）；两者起点不同，不能据此判断孰对孰错。`,
          en: `IDC puts the five-year compound annual growth rate of global spending at ${pct(globalCagr.value, locale)} without saying which years it covers. Worked back from the ${globalFirst.year} and ${globalLast.year} values, the average annual growth is about ${pct(Math.round(globalCagrDerived * 10) / 10, locale)} (our calculation); the two start from different years, so neither can be judged right or wrong on this basis.`,
        }),
        tr({
          'zh-CN': '全球数字出自IDC 2020V1版，与图7中国数字（2020V2版）版本不同，不宜相互折算。',
          en: 'The global figures come from the 2020V1 edition of IDC’s guide and the Chinese figures in Figure 7 from the 2020V2 edition, so neither should be used to calculate the other.',
        }),
      ],
      datasets: ['trends-2020/market-forecasts', 'trends-2020/stated-figures'],
      chart: forecastTable(globalForecast),
      table: table(
        [
          text('year', tr({ 'zh-CN': '年份', en: 'Year' })),
          num('value', tr({ 'zh-CN': '支出（美元）', en: 'Spending (US dollars)' })),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        globalYears.map((year) => {
          const row = globalForecast.find((r) => r.year === year);
          return { year: String(year), value: row?.value_usd ?? null, text: row ? tr({ 'zh-CN': row.value_text, en: forecastText(row) }) : tr({ 'zh-CN': '未公布', en: 'Not published' }) };
        }),
      ),
    },
    {
      id: 'b-provincial-policies',
      report: REPORT,
      chapter: 'landscape',
      ref: null,
      title: tr({
        'zh-CN': `2020年至少${policyRegions}个省级地区出台区块链专项政策`,
        en: `At least ${policyRegions} provincial-level regions issued dedicated blockchain policies in 2020`,
      }),
      subtitle: tr({
        'zh-CN': '报告点名的省级区块链政策文件，按发布月份排列；可按地区或发文机关重新排序',
        en: 'Provincial-level blockchain policy documents the report names, by month of publication; the table can be re-sorted by region or issuing body',
      }),
      source: sourceLine(report, '壹.03 政策趋向'),
      notes: [
        tr({
          'zh-CN': `地区数由下表逐行计数得出（${policies.length}行，其中${policies.filter((p) => p.title).length}份写出了文件名；一个地区可有多行），属计算值。`,
          en: `The number of regions is counted from the rows of the table (${policies.length} rows, ${policies.filter((p) => p.title).length} of them with a document title; a region can have more than one row) and is a derived figure.`,
        }),
        tr({
          'zh-CN': '本站所据的报告文本中这一段开头缺失，列表之前可能还有文件未能收录，故标题写“至少”。',
          en: 'The start of this passage is missing from the copy of the report we worked from, so documents listed before it may not have been captured; hence “at least” in the headline.',
        }),
        tr({
          'zh-CN': `${policies.filter((p) => !p.title).map((p) => p.region_zh.replace(/省$/u, '')).join('、')}的有关部门报告只说出台了专项行动计划或支持措施，未给文件名与月份，表中留空。`,
          en: `For ${formatList(policies.filter((p) => !p.title).map((p) => p.region_en), 'en')}, the report says only that the relevant departments issued dedicated action plans or support measures, giving no document title or month; those cells are blank.`,
        }),
        tr({
          'zh-CN': `广东的行动计划由${qualified(gdDepartments, locale)}个省级部门联合印发。`,
          en: `${gdDepartments.subject_en ?? 'Guangdong'}’s action plan was issued jointly by ${qualified(gdDepartments, locale)} provincial government departments.`,
        }),
        ...(en ? ['Document titles are our translations, not official English titles; the CSV download gives the Chinese titles beside them.'] : []),
      ],
      datasets: ['trends-2020/provincial-policies', 'trends-2020/stated-figures'],
      chart: {
        type: 'ranking-table',
        rows: policies.map((p) => ({
          id: p.id,
          // In English the ISO month, which sorts as the table re-sorts text ("May 2020" would sort after "August 2020").
          month: p.month ? (en ? p.month : yearMonth(p.month, locale)) : null,
          region: en ? p.region_en : p.region_zh,
          issuer: en ? p.issuer_en : p.issuer_zh,
          title: p.title ? tr({ 'zh-CN': `《${p.title}》`, en: p.title_en ?? p.title }) : null,
        })),
        columns: [
          { key: 'month', label: tr({ 'zh-CN': '发布月份', en: 'Month issued' }), kind: 'text' },
          { key: 'region', label: tr({ 'zh-CN': '地区', en: 'Region' }), kind: 'text', rowHeader: true },
          { key: 'issuer', label: tr({ 'zh-CN': '发文机关', en: 'Issued by' }), kind: 'text' },
          { key: 'title', label: tr({ 'zh-CN': '文件名称', en: 'Document' }), kind: 'text' },
        ],
        options: { sortKey: 'month', direction: 'ascending', rowKey: 'id' },
      },
      table: table(
        [
          text('month', tr({ 'zh-CN': '发布月份', en: 'Month issued' })),
          text('region', tr({ 'zh-CN': '地区', en: 'Region' })),
          text('issuer', tr({ 'zh-CN': '发文机关', en: 'Issued by' })),
          text('title', tr({ 'zh-CN': '文件名称', en: 'Document' })),
        ],
        policies.map((p) => ({
          month: p.month ?? null,
          region: en ? p.region_en : p.region_zh,
          issuer: en ? p.issuer_en : p.issuer_zh,
          title: p.title ? tr({ 'zh-CN': p.title, en: `${p.title_en ?? p.title} (${p.title})` }) : null,
        })),
      ),
    },
    {
      id: 'b-sandbox-pilots',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 2',
      title: tr({
        'zh-CN': `金融科技监管试点的${sandboxTotals.totalProjects}个项目中有${sandboxTotals.blockchainProjects}个用到区块链${sandboxTop ? `，${sandboxTop.city_zh}最多` : ''}`,
        en: `${sandboxTotals.blockchainProjects} of the ${sandboxTotals.totalProjects} projects in China’s fintech regulatory pilots use blockchain${sandboxTop ? `, the most of them in ${sandboxTop.city_en}` : ''}`,
      }),
      subtitle: tr({
        'zh-CN': `${sandboxTotals.cities}个试点城市（区）的项目总数与其中的区块链相关项目数（${sandboxAsOf}）`,
        en: `All pilot projects and those related to blockchain in each of the ${sandboxTotals.cities} pilot cities and districts (${sandboxAsOfEn})`,
      }),
      source: sourceLine(report, '壹.03 政策趋向（表 2）'),
      notes: [
        sandboxTotals.totalProjects === statedSandboxTotal && sandboxTotals.blockchainProjects === statedSandboxBlockchain
          ? tr({
              'zh-CN': `合计行不作为数据保存：各城市相加为${sandboxTotals.totalProjects}个项目、${sandboxTotals.blockchainProjects}个区块链项目，与表2合计行一致（构建时核对）。`,
              en: `Table 2’s total row is not stored as data: the cities add up to ${sandboxTotals.totalProjects} projects, ${sandboxTotals.blockchainProjects} of them blockchain-related, matching the total row (checked at build time).`,
            })
          : tr({
              'zh-CN': `各城市相加为${sandboxTotals.totalProjects}个项目、${sandboxTotals.blockchainProjects}个区块链项目，与表2合计行（${statedSandboxTotal}、${statedSandboxBlockchain}）不一致；图中按各城市数字。`,
              en: `The cities add up to ${sandboxTotals.totalProjects} projects, ${sandboxTotals.blockchainProjects} of them blockchain-related, which does not match Table 2’s total row (${statedSandboxTotal} and ${statedSandboxBlockchain}); the chart uses the city figures.`,
            }),
        tr({
          'zh-CN': `“${sandboxAsOf}”出自正文，表2本身未注明统计时点，也未注明数据来源。`,
          en: `The date (${sandboxAsOfEn}) comes from the report’s text; Table 2 itself says neither when its figures were compiled nor where they come from.`,
        }),
      ],
      datasets: ['trends-2020/sandbox-pilots', 'trends-2020/stated-figures'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: sandbox.map((r) => (en ? r.city_en : r.city_zh)),
          series: [tr({ 'zh-CN': '项目总数', en: 'All projects' }), tr({ 'zh-CN': '区块链相关', en: 'Blockchain-related' })],
          values: sandbox.map((r) => [r.total_projects, r.blockchain_projects]),
        },
        options: { valueLabel: tr({ 'zh-CN': '项目数', en: 'Pilot projects' }), unit: unitWord('project', locale), format: { unit: unitWord('project', locale) } },
      },
      table: table(
        [
          text('city', tr({ 'zh-CN': '城市', en: 'City' })),
          num('projects', tr({ 'zh-CN': '项目总数', en: 'All projects' })),
          num('blockchain', tr({ 'zh-CN': '区块链相关项目', en: 'Blockchain-related projects' })),
        ],
        sandbox.map((r) => ({ city: en ? r.city_en : r.city_zh, projects: r.total_projects, blockchain: r.blockchain_projects })),
      ),
    },
    {
      id: 'b-market-china',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 7',
      title: tr({
        'zh-CN': `IDC预计中国区块链支出${chinaLast.year}年达${yiUsd(chinaLast.value_usd, locale)}`,
        en: `IDC forecasts China’s blockchain spending will reach ${yiUsd(chinaLast.value_usd, locale)} in ${chinaLast.year}`,
      }),
      subtitle: tr({
        'zh-CN': `中国区块链市场整体支出预测，${formatYearSpan(chinaYears[0] ?? '', chinaYears.at(-1) ?? '', 'zh-CN')}（IDC ${chinaLast.edition}版${chinaLast.published ? `，${yearMonth(chinaLast.published)}发布` : ''}）；报告给出的年复合增长率为${qualified(chinaCagr, locale, pct)}`,
        en: `Forecast total spending on blockchain in China, ${formatYearSpan(chinaYears[0] ?? '', chinaYears.at(-1) ?? '', 'en')} (IDC ${chinaLast.edition} edition${chinaLast.published ? `, published ${yearMonth(chinaLast.published, locale)}` : ''}); the report gives a compound annual growth rate of ${qualified(chinaCagr, locale, pct)}`,
      }),
      source: sourceLine(report, '壹.03市场规模（图7）', tr({ 'zh-CN': `IDC中国《全球区块链支出指南》（${chinaLast.edition}）`, en: `IDC China, ${chinaLast.publication_en}` })),
      notes: [
        tr({
          'zh-CN': `图7覆盖${formatYearSpan(chinaYears[0] ?? '', chinaYears.at(-1) ?? '', 'zh-CN')}，但报告正文只给出${chinaForecast.map((r) => r.year).join('、')}年的数值；其余年份未公布，不按增长率倒推。`,
          en: `Figure 7 spans ${formatYearSpan(chinaYears[0] ?? '', chinaYears.at(-1) ?? '', 'en')}, but the report’s text gives ${valuesFor(chinaForecast.map((r) => r.year))}; the other years are unpublished and are not worked back from the growth rate.`,
        }),
        tr({
          'zh-CN': `${pct(chinaCagr.value, locale)}的复合增长率起止年份报告未注明。`,
          en: `The report does not say which years the ${pct(chinaCagr.value, locale)} compound growth rate covers.`,
        }),
        ...(chinaCagrHeadline.qualifier !== chinaCagr.qualifier
          ? [
              tr({
                'zh-CN': `目录中本节标题写增长率“${chinaCagrHeadline.value_text}”，正文写“${chinaCagr.value_text}”，两处说法不一致；此处按正文。`,
                en: `The section heading in the report’s contents puts the growth rate at “${qualified(chinaCagrHeadline, locale, pct)}”, its text at “${qualified(chinaCagr, locale, pct)}”; the two disagree, and this chart follows the text.`,
              }),
            ]
          : []),
        tr({
          'zh-CN': '中国数字未注明统计口径，与图2全球数字（2020V1版，不含虚拟货币）版本不同，不宜直接相比。',
          en: 'The report does not say what the Chinese figures cover, and they come from a different edition of IDC’s guide than the global figures in Figure 2 (2020V1, excluding virtual currencies), so the two should not be compared directly.',
        }),
      ],
      datasets: ['trends-2020/market-forecasts', 'trends-2020/stated-figures'],
      chart: forecastTable(chinaForecast),
      table: table(
        [
          text('year', tr({ 'zh-CN': '年份', en: 'Year' })),
          num('value', tr({ 'zh-CN': '支出（美元）', en: 'Spending (US dollars)' })),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        chinaYears.map((year) => {
          const row = chinaForecast.find((r) => r.year === year);
          return { year: String(year), value: row?.value_usd ?? null, text: row ? tr({ 'zh-CN': row.value_text, en: forecastText(row) }) : tr({ 'zh-CN': '未公布', en: 'Not published' }) };
        }),
      ),
    },
    {
      id: 'b-funded-companies',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 3',
      title: tr({
        'zh-CN': `${funded.length}家获投联盟链企业：${topFundedCity ? `${topFundedCity[0]}占${topFundedCity[1]}家，` : ''}${undisclosedCount}家未披露金额`,
        en: `Of ${funded.length} funded consortium-chain companies, ${topFundedCity ? `${topFundedCity[1]} are in ${topFundedCityEn} and ` : ''}${undisclosedCount} did not disclose the amount`,
      }),
      subtitle: tr({
        'zh-CN': '2020年获得投资的联盟链代表企业：赛道、城市、轮次、最近一次获投日期与金额，按日期排列',
        en: 'Representative consortium-chain companies that raised money in 2020: business, city, round, and the date and amount of the latest investment, in date order',
      }),
      source: sourceLine(report, '壹.03投融资动态（表3）', tr({ 'zh-CN': '烯牛数据', en: 'Xiniu Data' })),
      notes: [
        tr({
          'zh-CN': '标题中的城市与未披露家数由表3逐行计数得出，属计算值。',
          en: 'The city count and the number of undisclosed amounts in the headline are counted from the rows of Table 3 and are derived figures.',
        }),
        tr({
          'zh-CN': `金额照录原文，不作换算：币种有人民币、美元两种；${rangeCount}家只写“数千万人民币”，只是量级，不是确数；因此本图不画金额柱，也不求合计。`,
          en: `Amounts are as the report gives them, in their own currency, yuan or US dollars, and are not converted; ${rangeCount} companies are listed only at “tens of millions of yuan”, an order of magnitude rather than a figure. The table therefore draws no bars for the amounts and gives no total.`,
        }),
        tr({
          'zh-CN': '易见股份一行的轮次为“股权转让”，金额是股权交易的对价，与其他行的融资额性质不同。',
          en: `The round listed for ${equityTransfer ? companyEn(equityTransfer) : 'Yijian Co.'} is an “equity transfer”: its amount is the price paid for shares, not money raised like the amounts in the other rows.`,
        }),
        tr({
          'zh-CN': '报告注明表中信息取自网络，编者不保证其真实性。',
          en: 'The report says the information in the table was collected online and that its editors do not vouch for its accuracy.',
        }),
        ...(en && funded.some((r) => r.company_en_note)
          ? ['Names followed by the Chinese in brackets are transliterations, as the report gives no English name for these companies; the others are the companies’ own English names.']
          : []),
      ],
      datasets: ['trends-2020/funded-companies'],
      chart: {
        type: 'ranking-table',
        rows: funded.map(fundedRow),
        columns: [
          { key: 'company', label: tr({ 'zh-CN': '公司', en: 'Company' }), kind: 'text', rowHeader: true },
          { key: 'track', label: tr({ 'zh-CN': '赛道', en: 'Business' }), kind: 'text' },
          { key: 'city', label: tr({ 'zh-CN': '城市', en: 'City' }), kind: 'text' },
          { key: 'round', label: tr({ 'zh-CN': '轮次', en: 'Round' }), kind: 'text' },
          { key: 'date', label: tr({ 'zh-CN': '最新获投日期', en: 'Latest investment' }), kind: 'text' },
          { key: 'amount', label: tr({ 'zh-CN': '最新融资金额（原文）', en: 'Latest amount (as reported)' }), kind: 'text' },
        ],
        options: { sortKey: 'date', direction: 'ascending', rowKey: 'company' },
      },
      table: table(
        [
          text('company', tr({ 'zh-CN': '公司', en: 'Company' })),
          text('track', tr({ 'zh-CN': '赛道', en: 'Business' })),
          text('city', tr({ 'zh-CN': '城市', en: 'City' })),
          text('round', tr({ 'zh-CN': '轮次', en: 'Round' })),
          text('date', tr({ 'zh-CN': '最新获投日期', en: 'Latest investment' })),
          text('amount', tr({ 'zh-CN': '最新融资金额（原文）', en: 'Latest amount (as reported)' })),
        ],
        [...funded].sort((a, b) => a.date.localeCompare(b.date)).map(fundedRow),
      ),
    },
    {
      id: 'b-filings-by-city',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 8',
      title: tr({
        'zh-CN': `${filingsLeader.city_zh}备案的区块链信息服务项目最多，有${formatNumber(leaderFilings)}个`,
        en: `${filingsLeader.city_en} has the most filed blockchain information services: ${formatNumber(leaderFilings, 0, locale)}`,
      }),
      subtitle: tr({
        'zh-CN': `国家网信办前${filingBatches}批备案清单中各城市的区块链信息服务项目数，截至${yearMonth(filingsLeader.as_of)}（${filingBatches}批合计${qualified(filingsTotal, locale)}个）`,
        en: `Blockchain information services by city in the first ${filingBatches} batches of filings published by the Cyberspace Administration of China, to ${yearMonth(filingsLeader.as_of, locale)} (${qualified(filingsTotal, locale)} in all)`,
      }),
      source: sourceLine(
        report,
        '壹.03 生态概览（图 8）',
        tr({ 'zh-CN': '国家网信办区块链信息服务备案清单（报告编者统计）', en: 'Cyberspace Administration of China, blockchain information service filing lists (counted by the report’s editors)' }),
      ),
      notes: [
        tr({
          'zh-CN': `${filingsMissing.join('、')}的备案数报告未公布，只说它们与${filingsLeader.city_zh}差距较大；正文提及它们的先后不一定是名次。`,
          en: `The counts for ${formatList(filingsMissingEn, 'en')} are not published: the report says only that they trail ${filingsLeader.city_en} by a wide margin, naming them in an order that is not necessarily their rank.`,
        }),
        tr({
          'zh-CN': `${filingsLeader.city_zh}所占比例由${formatNumber(leaderFilings)} ÷ ${formatNumber(filingsTotal.value)}算出，属计算值。`,
          en: `${filingsLeader.city_en}’s share is calculated as ${formatNumber(leaderFilings, 0, locale)} ÷ ${formatNumber(filingsTotal.value, 0, locale)} and is a derived figure.`,
        }),
        tr({
          'zh-CN': '图8可能还包括正文未提及的城市，无从收录。',
          en: 'Figure 8 may also include cities the text does not mention, which could not be captured here.',
        }),
      ],
      datasets: ['trends-2020/filings-by-city', 'trends-2020/stated-figures'],
      // Only the leader's count is published: a one-row table, the cities without a count named in the notes.
      chart: {
        type: 'ranking-table',
        rows: filings.filter((r) => r.filings !== null && r.filings !== undefined).map((r) => ({ city: en ? r.city_en : r.city_zh, filings: r.filings ?? null })),
        columns: [
          { key: 'city', label: tr({ 'zh-CN': '城市', en: 'City' }), kind: 'text', rowHeader: true },
          // The header names its unit once: "Projects filed", not "Projects filed (projects)" (withUnit's rule).
          {
            key: 'filings',
            label: filingsAxis.valueLabel,
            ...(filingsAxis.unit && withUnit(filingsAxis.valueLabel, filingsAxis.unit, locale) !== filingsAxis.valueLabel ? { unit: filingsAxis.unit } : {}),
            kind: 'number',
            bar: false,
          },
        ],
        options: { sortKey: 'filings', direction: 'descending', rowKey: 'city' },
      },
      table: table(
        [
          num('order', tr({ 'zh-CN': '正文提及次序', en: 'Order named in the text' })),
          // The English table's cells are the English names, which need no "(English)" in the header.
          en ? text('city', 'City') : columnOf(filingsByCityDef, 'city_zh', { key: 'city', locale }),
          columnOf(filingsByCityDef, 'filings', { locale }),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        filings.map((r) => ({
          order: r.stated_order,
          city: en ? r.city_en : r.city_zh,
          filings: r.filings ?? null,
          text: filingText(r),
        })),
      ),
    },
  ];
}
