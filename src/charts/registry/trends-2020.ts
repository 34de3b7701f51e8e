/** Charts of report B (2020 global blockchain development trends), in the report's order. */
import { QUALIFIER_PREFIX, type StatedFigure } from '../../data/schemas/stated-figures.ts';
import {
  cbdcAttitudeGroups,
  cbdcAttitudes,
  dcepBankCountsDerived,
  engineerSalaries,
  filingsByCity,
  fundedCompanies,
  globalForecastGrowthDerived,
  marketForecasts,
  platformComparison,
  usCriticalTechnologies,
  provincialPolicies,
  sandboxPilots,
  sandboxTotalsDerived,
  statedFigure,
} from '../../data/trends-2020.ts';
import { formatNumber, formatTrimmed, formatWan, formatYi } from '../format.ts';
import { datesIn, num, required, sourceLine, table, text, yearMonth } from './support.ts';
import type { ChartEntry } from './types.ts';

const REPORT = 'trends-2020' as const;

const ATTITUDE_LABELS = { issued: '已发行', pilot: '试点', research: '研究', no_plan: '暂无计划' } as const;

/** A stated figure with its qualifier (近, 约, 超过 …) in front, so a rounded figure never reads as exact. */
function qualified(figure: StatedFigure, format: (value: number) => string = (v) => formatNumber(v)): string {
  return `${QUALIFIER_PREFIX[figure.qualifier]}${format(figure.value)}`;
}

/** The row with the largest value, or null when several share it (a title then names none). */
function uniqueMax<T>(rows: readonly T[], value: (row: T) => number): T | null {
  const max = Math.max(...rows.map(value));
  const top = rows.filter((r) => value(r) === max);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/** Percent with up to one decimal: 57.1 → "57.1%", 39 → "39%". */
const pct = (value: number): string => `${formatTrimmed(value, 1)}%`;

/** A count in 万 from 10 000 up, so a title never breaks inside "20 000": 20000 → "2万", 3400 → "3400". */
const tpsText = (value: number): string => (value >= 1e4 ? formatWan(value) : formatNumber(value));

/** Money in 亿 with the unit: 14400000000 → "144亿美元". */
const yiUsd = (value: number): string => `${formatYi(value)}美元`;

export function trends2020Charts(): ChartEntry[] {
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

  // 壹.03 政策趋向 (provincial policies, 表 2)
  const policies = provincialPolicies();
  const policyRegions = new Set(policies.map((p) => p.region_code)).size;
  const sandbox = sandboxPilots();
  const sandboxTotals = sandboxTotalsDerived();
  const sandboxTop = uniqueMax(sandbox, (r) => r.blockchain_projects);
  const sandboxAsOf = datesIn(required(statedFigure('sandbox_cities').period, 'sandbox date'));
  const statedSandboxTotal = statedFigure('sandbox_total_projects').value;
  const statedSandboxBlockchain = statedFigure('sandbox_blockchain_projects').value;

  // 壹.03 投融资动态 (表 3)
  const funded = fundedCompanies();
  const cityCounts = new Map<string, number>();
  for (const row of funded) cityCounts.set(row.city_zh, (cityCounts.get(row.city_zh) ?? 0) + 1);
  const topFundedCity = uniqueMax([...cityCounts.entries()], ([, count]) => count);
  const undisclosedCount = funded.filter((r) => r.amount_precision === 'undisclosed').length;
  const rangeCount = funded.filter((r) => r.amount_precision === 'range').length;

  // 壹.03 生态概览 (图 8)
  const filings = filingsByCity();
  const filingsTotal = statedFigure('filings_total');
  const filingBatches = statedFigure('filing_batches').value;
  const filingsLeader = required(filings.find((r) => r.stated_order === 1), 'the city named first in 图 8');
  const leaderFilings = required(filingsLeader.filings, `${filingsLeader.city_zh}'s filings`);
  const leaderShare = (100 * leaderFilings) / filingsTotal.value;
  const filingsMissing = filings.filter((r) => r.filings === null).map((r) => r.city_zh);

  // 贰.04 开源底层平台对比 (表 4)
  const fabricTps = statedFigure('fabric_tps_table4');
  const fiscoTps = statedFigure('fisco_tps_table4');
  const performance = required(platformComparison().find((r) => r.dimension_en === 'Performance'), '表 4 performance row');

  // 贰.04 专利成果对比 (图 11, 图 12)
  const applicants = {
    global: statedFigure('patent_companies_global'),
    cn: statedFigure('patent_companies_cn'),
    share: statedFigure('patent_companies_cn_share'),
  };
  const applications = {
    global: statedFigure('patent_applications_global'),
    cn: statedFigure('patent_applications_cn'),
    share: statedFigure('patent_applications_cn_share'),
  };
  const patentCountries = statedFigure('patent_countries');
  const grantedGlobal = statedFigure('granted_global');
  const grantedShares = [
    { label: '美国', figure: statedFigure('granted_share_us'), cn: false },
    { label: '韩国', figure: statedFigure('granted_share_kr'), cn: false },
    { label: '中国', figure: statedFigure('granted_share_cn'), cn: true },
  ];
  const grantedCn = required(grantedShares.find((g) => g.cn), 'China granted share').figure;
  const grantedRankCn = statedFigure('granted_rank_cn');
  const grantedListedSum = grantedShares.reduce((s, g) => s + g.figure.value, 0);

  // 贰.04 人才培养对比 (图 14)
  const salaries = engineerSalaries();
  const salaryRanked = [...salaries].sort((a, b) => (b.salary_usd ?? -1) - (a.salary_usd ?? -1) || a.figure_order - b.figure_order);
  const salaryUs = required(salaries.find((r) => r.market === 'us')?.salary_usd, 'US salary');
  const salaryEu = required(salaries.find((r) => r.market === 'europe')?.salary_usd, 'European salary');
  const salaryMissing = salaries.filter((r) => r.salary_usd === null).map((r) => r.market_zh);

  // 贰.05 法定数字货币 (表 5, red-packet pilots)
  const attitudes = cbdcAttitudes();
  const attitudeGroups = cbdcAttitudeGroups();
  const cbdcAsOf = yearMonth(required(attitudes[0], '表 5 rows').as_of);
  const attitudeCount = (a: keyof typeof ATTITUDE_LABELS): number => attitudeGroups.find((g) => g.attitude === a)?.rows.length ?? 0;
  const largestGroup = uniqueMax(attitudeGroups, (g) => g.rows.length);
  const cbdcIssuedStated = statedFigure('cbdc_issued_developing');
  const cbdcNotes = [
    '表 5 只列出部分国家，不是全集；未列出的国家并不代表没有计划。',
    ...(cbdcIssuedStated.value === attitudeCount('issued')
      ? []
      : [
          `正文说截至 ${cbdcAsOf}已有 ${qualified(cbdcIssuedStated)} 个发展中国家推出 CBDC，表 5“已发行”栏却只列 ${attitudeCount('issued')} 国，两处不一致，报告未说明差在哪一国；此处照录表 5。`,
        ]),
    '分类照录报告，未按其他资料修正。',
  ];
  const dcep = [
    {
      city: '深圳',
      cityEn: 'Shenzhen',
      total: statedFigure('dcep_sz_total'),
      packets: null as StatedFigure | null,
      perPacket: statedFigure('dcep_sz_packet') as StatedFigure | null,
    },
    { city: '苏州', cityEn: 'Suzhou', total: statedFigure('dcep_suzhou_total'), packets: statedFigure('dcep_suzhou_packets') as StatedFigure | null, perPacket: null as StatedFigure | null },
  ];
  const dcepBanks = dcepBankCountsDerived();
  const dcepSz = required(dcep[0], 'Shenzhen pilot').total;
  const dcepSuzhou = required(dcep[1], 'Suzhou pilot').total;
  const dcepSzBanksStated = statedFigure('dcep_sz_banks');
  const dcepSzBanksCounted = dcepBanks.find((b) => b.city_en === 'Shenzhen')?.banks ?? 0;

  // 贰.05 区块链+跨境业务
  const tfTotal = statedFigure('tf_institutions');
  const tfDomestic = statedFigure('tf_domestic');
  const tfForeign = statedFigure('tf_foreign');
  const tfContinents = statedFigure('tf_continents');
  const tfCountries = statedFigure('tf_countries');

  return [
    // ── 壹 发展格局 ──────────────────────────────────────────────
    {
      id: 'b-us-critical-technologies',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 1',
      title: `分布式账本技术位列美国 ${usCriticalTechnologies().length} 项关键与新兴技术之中`,
      subtitle: '美国白宫《关键与新兴技术国家战略》（2020 年 10 月）所列技术清单',
      source: sourceLine(REPORT, '壹.02 政策趋向（表 1）'),
      notes: ['英文名称按白宫清单原文。'],
      datasets: ['trends-2020/us-critical-technologies'],
      chart: {
        type: 'ranking-table',
        rows: usCriticalTechnologies().map((r) => ({ number: r.number, name_zh: r.name_zh, name_en: r.name_en })),
        columns: [
          { key: 'number', label: '序号', kind: 'number', bar: false },
          { key: 'name_zh', label: '技术', kind: 'text', rowHeader: true },
          { key: 'name_en', label: '英文名称', kind: 'text' },
        ],
        options: { sortKey: 'number', direction: 'ascending', rowKey: 'number' },
      },
      table: table(
        [num('number', '序号'), text('name_zh', '技术'), text('name_en', '英文名称')],
        usCriticalTechnologies().map((r) => ({ number: r.number, name_zh: r.name_zh, name_en: r.name_en })),
      ),
    },
    {
      id: 'b-market-global',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 2',
      title: `IDC 预计全球区块链支出 ${globalLast.year} 年升至 ${yiUsd(globalLast.value_usd)}`,
      subtitle: `全球区块链市场支出预测（仅联盟链与分布式账本，不含虚拟货币），${globalYears[0]}—${globalYears.at(-1)} 年`,
      source: sourceLine(REPORT, '壹.02 市场规模（图 2）', 'IDC《全球区块链支出指南 2020》（2020V1）'),
      notes: [
        `图 2 覆盖 ${globalYears[0]}—${globalYears.at(-1)} 年，但报告正文只给出 ${globalForecast.map((r) => r.year).join(' 年和 ')} 年的数值；其余年份未公布，不作插值。`,
        `IDC 给出的全球五年复合年增长率为 ${pct(globalCagr.value)}，起止年份未注明。由 ${globalFirst.year}、${globalLast.year} 两年数值反推的年均增速约为 ${pct(Math.round(globalCagrDerived * 10) / 10)}（本站计算值）；两者起点不同，不能据此判断孰对孰错。`,
        '全球数字出自 IDC 2020V1 版，与图 7 中国数字（2020V2 版）版本不同，不宜相互折算。',
      ],
      datasets: ['trends-2020/market-forecasts', 'trends-2020/stated-figures'],
      chart: {
        type: 'columns',
        points: globalYears.map((year) => ({
          label: String(year),
          value: globalForecast.find((r) => r.year === year)?.value_usd ?? null,
          forecast: true,
        })),
        options: { valueLabel: '支出', unit: '美元', format: { style: 'yi', unit: '美元' } },
      },
      table: table(
        [text('year', '年份'), num('value', '支出（美元）'), text('text', '原文')],
        globalYears.map((year) => {
          const row = globalForecast.find((r) => r.year === year);
          return { year: String(year), value: row?.value_usd ?? null, text: row?.value_text ?? '未公布' };
        }),
      ),
    },
    {
      id: 'b-provincial-policies',
      report: REPORT,
      chapter: 'landscape',
      ref: null,
      title: `2020 年至少 ${policyRegions} 个省级地区出台区块链专项政策`,
      subtitle: '报告点名的省级区块链政策文件，按发布月份排列；可按地区或发文机关重新排序',
      source: sourceLine(REPORT, '壹.03 政策趋向'),
      notes: [
        `地区数由下表逐行计数得出（${policies.length} 份文件，一个地区可有多份），属计算值。`,
        '提取稿中这一段开头缺失，列表之前可能还有文件未能收录，故标题写“至少”。',
        `${policies.filter((p) => !p.title).map((p) => p.region_zh.replace(/省$/u, '')).join('、')}的有关部门报告只说出台了专项行动计划或支持措施，未给文件名与月份，表中留空。`,
        `广东的行动计划由 ${qualified(statedFigure('gd_policy_departments'))} 个省级部门联合印发。`,
      ],
      datasets: ['trends-2020/provincial-policies', 'trends-2020/stated-figures'],
      chart: {
        type: 'ranking-table',
        rows: policies.map((p) => ({
          id: p.id,
          month: p.month ? yearMonth(p.month) : null,
          region: p.region_zh,
          issuer: p.issuer_zh,
          title: p.title ? `《${p.title}》` : null,
        })),
        columns: [
          { key: 'month', label: '发布月份', kind: 'text' },
          { key: 'region', label: '地区', kind: 'text', rowHeader: true },
          { key: 'issuer', label: '发文机关', kind: 'text' },
          { key: 'title', label: '文件名称', kind: 'text' },
        ],
        options: { sortKey: 'month', direction: 'ascending', rowKey: 'id' },
      },
      table: table(
        [text('month', '发布月份'), text('region', '地区'), text('issuer', '发文机关'), text('title', '文件名称')],
        policies.map((p) => ({ month: p.month ?? null, region: p.region_zh, issuer: p.issuer_zh, title: p.title ?? null })),
      ),
    },
    {
      id: 'b-sandbox-pilots',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 2',
      title: `金融科技监管试点的 ${sandboxTotals.totalProjects} 个项目中有 ${sandboxTotals.blockchainProjects} 个用到区块链${sandboxTop ? `，${sandboxTop.city_zh}最多` : ''}`,
      subtitle: `${sandboxTotals.cities} 个试点城市（区）的项目总数与其中的区块链相关项目数（${sandboxAsOf}）`,
      source: sourceLine(REPORT, '壹.03 政策趋向（表 2）'),
      notes: [
        sandboxTotals.totalProjects === statedSandboxTotal && sandboxTotals.blockchainProjects === statedSandboxBlockchain
          ? `合计行不作为数据保存：各城市相加为 ${sandboxTotals.totalProjects} 个项目、${sandboxTotals.blockchainProjects} 个区块链项目，与表 2 合计行一致（构建时核对）。`
          : `各城市相加为 ${sandboxTotals.totalProjects} 个项目、${sandboxTotals.blockchainProjects} 个区块链项目，与表 2 合计行（${statedSandboxTotal}、${statedSandboxBlockchain}）不一致；图中按各城市数字。`,
        `“${sandboxAsOf}”出自正文，表 2 本身未注明统计时点，也未注明数据来源。`,
      ],
      datasets: ['trends-2020/sandbox-pilots', 'trends-2020/stated-figures'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: sandbox.map((r) => r.city_zh),
          series: ['项目总数', '区块链相关'],
          values: sandbox.map((r) => [r.total_projects, r.blockchain_projects]),
        },
        options: { valueLabel: '项目数', unit: '个', format: { unit: '个' } },
      },
      table: table(
        [text('city', '城市'), num('projects', '项目总数'), num('blockchain', '区块链相关项目')],
        sandbox.map((r) => ({ city: r.city_zh, projects: r.total_projects, blockchain: r.blockchain_projects })),
      ),
    },
    {
      id: 'b-market-china',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 7',
      title: `IDC 预计中国区块链支出 ${chinaLast.year} 年达 ${yiUsd(chinaLast.value_usd)}，年复合增长率 ${qualified(chinaCagr, pct)}`,
      subtitle: `中国区块链市场整体支出预测，${chinaYears[0]}—${chinaYears.at(-1)} 年（IDC ${chinaLast.edition} 版${chinaLast.published ? `，${yearMonth(chinaLast.published)}发布` : ''}）`,
      source: sourceLine(REPORT, '壹.03 市场规模（图 7）', `IDC 中国《全球区块链支出指南》（${chinaLast.edition}）`),
      notes: [
        `图 7 覆盖 ${chinaYears[0]}—${chinaYears.at(-1)} 年，但报告正文只给出 ${chinaForecast.map((r) => r.year).join('、')} 年的数值；其余年份未公布，不按增长率倒推。`,
        `${pct(chinaCagr.value)} 的复合增长率起止年份报告未注明。`,
        ...(chinaCagrHeadline.qualifier !== chinaCagr.qualifier
          ? [`目录中本节标题写增长率“${chinaCagrHeadline.value_text}”，正文写“${chinaCagr.value_text}”，两处说法不一致；此处按正文。`]
          : []),
        '中国数字未注明统计口径，与图 2 全球数字（2020V1 版，不含虚拟货币）版本不同，不宜直接相比。',
      ],
      datasets: ['trends-2020/market-forecasts', 'trends-2020/stated-figures'],
      chart: {
        type: 'columns',
        points: chinaYears.map((year) => ({
          label: String(year),
          value: chinaForecast.find((r) => r.year === year)?.value_usd ?? null,
          forecast: true,
        })),
        options: { valueLabel: '支出', unit: '美元', format: { style: 'yi', unit: '美元' } },
      },
      table: table(
        [text('year', '年份'), num('value', '支出（美元）'), text('text', '原文')],
        chinaYears.map((year) => {
          const row = chinaForecast.find((r) => r.year === year);
          return { year: String(year), value: row?.value_usd ?? null, text: row?.value_text ?? '未公布' };
        }),
      ),
    },
    {
      id: 'b-funded-companies',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 3',
      title: `${funded.length} 家获投联盟链企业：${topFundedCity ? `${topFundedCity[0]}占 ${topFundedCity[1]} 家，` : ''}${undisclosedCount} 家未披露金额`,
      subtitle: '2020 年获得投资的联盟链代表企业：赛道、城市、轮次、最近一次获投日期与金额，按日期排列',
      source: sourceLine(REPORT, '壹.03 投融资动态（表 3）', '烯牛数据'),
      notes: [
        '标题中的城市与未披露家数由表 3 逐行计数得出，属计算值。',
        `金额照录原文，不作换算：币种有人民币、美元两种；${rangeCount} 家只写“数千万人民币”，只是量级，不是确数；因此本图不画金额柱，也不求合计。`,
        '易见股份一行的轮次为“股权转让”，金额是股权交易的对价，与其他行的融资额性质不同。',
        '报告注明表中信息取自网络，编者不保证其真实性。',
      ],
      datasets: ['trends-2020/funded-companies'],
      chart: {
        type: 'ranking-table',
        rows: funded.map((r) => ({
          company: r.company,
          track: r.track_zh,
          city: r.city_zh,
          round: r.round,
          date: r.date,
          amount: r.amount_text,
        })),
        columns: [
          { key: 'company', label: '公司', kind: 'text', rowHeader: true },
          { key: 'track', label: '赛道', kind: 'text' },
          { key: 'city', label: '城市', kind: 'text' },
          { key: 'round', label: '轮次', kind: 'text' },
          { key: 'date', label: '最新获投日期', kind: 'text' },
          { key: 'amount', label: '最新融资金额（原文）', kind: 'text' },
        ],
        options: { sortKey: 'date', direction: 'ascending', rowKey: 'company' },
      },
      table: table(
        [text('company', '公司'), text('track', '赛道'), text('city', '城市'), text('round', '轮次'), text('date', '最新获投日期'), text('amount', '最新融资金额（原文）')],
        [...funded]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((r) => ({ company: r.company, track: r.track_zh, city: r.city_zh, round: r.round, date: r.date, amount: r.amount_text })),
      ),
    },
    {
      id: 'b-filings-by-city',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 8',
      title: `${filingsLeader.city_zh}备案的区块链信息服务项目有 ${formatNumber(leaderFilings)} 个，约占 ${filingBatches} 批清单总数的 ${formatNumber(leaderShare)}%`,
      subtitle: `国家网信办前 ${filingBatches} 批备案清单中各城市的区块链信息服务项目数，截至 ${yearMonth(filingsLeader.as_of)}（${filingBatches} 批合计 ${qualified(filingsTotal)} 个）`,
      source: sourceLine(REPORT, '壹.03 生态概览（图 8）', '国家网信办区块链信息服务备案清单（报告编者统计）'),
      notes: [
        `${filingsMissing.join('、')}的备案数报告未公布，只说它们与${filingsLeader.city_zh}差距较大；排列顺序是正文提及的先后，不一定是名次。`,
        `${filingsLeader.city_zh}所占比例由 ${formatNumber(leaderFilings)} ÷ ${formatNumber(filingsTotal.value)} 算出，属计算值。`,
        '图 8 可能还包括正文未提及的城市，无从收录。',
      ],
      datasets: ['trends-2020/filings-by-city', 'trends-2020/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: filings.map((r) => ({ label: r.city_zh, value: r.filings ?? null, highlight: r.stated_order === 1 })),
        options: { valueLabel: '备案项目数', unit: '个', format: { unit: '个' }, showMissing: true },
      },
      table: table(
        [num('order', '正文提及次序'), text('city', '城市'), num('filings', '备案项目数（个）'), text('text', '原文')],
        filings.map((r) => ({ order: r.stated_order, city: r.city_zh, filings: r.filings ?? null, text: r.filings_text ?? '未公布' })),
      ),
    },

    // ── 贰 比较优势 ──────────────────────────────────────────────
    {
      id: 'b-platform-comparison',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 4',
      title: `Hyperledger Fabric 与 FISCO BCOS：${platformComparison().length} 个维度的对照`,
      subtitle: '两个开源联盟链底层平台的技术特性，按报告表 4 逐项列出',
      source: sourceLine(REPORT, '贰.04 开源底层平台对比（表 4）', 'CSDN、Hyperledger Fabric 与 FISCO BCOS 的 GitHub 文档'),
      notes: ['表中性能数字依赖测试环境，报告注明仅供参考；本报告的出品方之一是 FISCO BCOS 的发起者。'],
      datasets: ['trends-2020/platform-comparison'],
      chart: {
        type: 'ranking-table',
        rows: platformComparison().map((r) => ({ order: r.dimension_order, dimension: r.dimension_zh, fabric: r.fabric, fisco: r.fisco_bcos })),
        columns: [
          { key: 'order', label: '序号', kind: 'number', bar: false },
          { key: 'dimension', label: '对比维度', kind: 'text', rowHeader: true },
          { key: 'fabric', label: 'Hyperledger Fabric', kind: 'text' },
          { key: 'fisco', label: 'FISCO BCOS', kind: 'text' },
        ],
        options: { sortKey: 'order', direction: 'ascending', rowKey: 'order' },
      },
      table: table(
        [num('order', '序号'), text('dimension', '对比维度'), text('fabric', 'Hyperledger Fabric'), text('fisco', 'FISCO BCOS')],
        platformComparison().map((r) => ({ order: r.dimension_order, dimension: r.dimension_zh, fabric: r.fabric, fisco: r.fisco_bcos })),
      ),
    },
    {
      id: 'b-platform-tps',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 4',
      title: `表 4 标注的吞吐量：FISCO BCOS 每秒 ${qualified(fiscoTps, tpsText)} 笔，Fabric ${qualified(fabricTps, tpsText)} 笔`,
      subtitle: '表 4“性能”一行给出的每秒交易笔数（TPS）；两个数字都注明依赖测试环境、仅供参考',
      source: sourceLine(REPORT, '贰.04 开源底层平台对比（表 4）', 'CSDN《Hyperledger Fabric 和 FISCO BCOS 技术对比》、两个项目的 GitHub 文档等'),
      notes: [
        '两个 TPS 不是同一环境下的对比测试结果，原表注明结果仅供参考；柱长之差不能当作两平台的实际性能差距。',
        `报告另说 Fabric 2.0 可支持每秒“${statedFigure('fabric_tps_v2').value_text}”交易，信通院评测的 FISCO BCOS 单链 TPS“${statedFigure('fisco_tps_caict').value_text}”；口径与表 4 不同，未画入。`,
        '报告出品方金链盟正是 FISCO BCOS 的推出者，读者宜留意其立场。',
      ],
      datasets: ['trends-2020/stated-figures', 'trends-2020/platform-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: [
          { label: 'FISCO BCOS', value: fiscoTps.value },
          { label: 'Hyperledger Fabric', value: fabricTps.value },
        ].sort((a, b) => b.value - a.value),
        options: { valueLabel: '每秒交易笔数（TPS）', unit: '笔/秒', format: { unit: '笔/秒' } },
      },
      table: table(
        [text('platform', '平台'), num('tps', 'TPS（笔/秒）'), text('text', '原文'), text('cell', '表 4“性能”一行全文')],
        [
          { platform: 'FISCO BCOS', tps: fiscoTps.value, text: fiscoTps.value_text, cell: performance.fisco_bcos },
          { platform: 'Hyperledger Fabric', tps: fabricTps.value, text: fabricTps.value_text, cell: performance.fabric },
        ],
      ),
    },
    {
      id: 'b-patent-applicants',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 11',
      title: `中国公司占全球区块链专利申请人的 ${pct(applicants.share.value)}、申请量的 ${pct(applications.share.value)}`,
      subtitle: `${applicants.global.period}，中国公司在全球 ${qualified(applicants.global)} 家申请公司与 ${qualified(applications.global)} 件专利申请中所占的比例`,
      source: sourceLine(REPORT, '贰.04 专利成果对比（图 11）', '零壹智库《全球区块链专利排行榜 TOP100》（2020 年版）'),
      notes: [
        '图中比例照录报告；数据表中“其他国家和地区”一列由全球总数减去中国得出，属计算值。',
        `申请覆盖 ${qualified(patentCountries)} 个国家和地区，报告未按国家细分其余部分。`,
        '图 11 只留下图注，数值以正文所述为准。',
      ],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: ['申请区块链专利的公司', '区块链专利申请'],
          series: ['中国占全球'],
          values: [[applicants.share.value], [applications.share.value]],
        },
        options: { valueLabel: '中国占全球的比例', format: { style: 'percent', decimals: 1 } },
      },
      table: table(
        [text('measure', '指标'), num('cn', '中国'), num('rest', '其他国家和地区（计算值）'), num('global', '全球'), num('share', '中国占比（%）')],
        [
          { measure: '申请区块链专利的公司（家）', cn: applicants.cn.value, rest: applicants.global.value - applicants.cn.value, global: applicants.global.value, share: applicants.share.value },
          { measure: '区块链专利申请（件）', cn: applications.cn.value, rest: applications.global.value - applications.cn.value, global: applications.global.value, share: applications.share.value },
        ],
      ),
    },
    {
      id: 'b-granted-by-country',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 12',
      title: `全球 ${qualified(grantedGlobal)} 件区块链授权专利中，美国占 ${pct(required(grantedShares[0], 'US share').figure.value)}，中国以 ${pct(grantedCn.value)} 居第 ${grantedRankCn.value}`,
      subtitle: `${grantedGlobal.period ? `${datesIn(grantedGlobal.period)}，` : ''}各国所获区块链授权专利占全球总数的比例（报告只给出前 ${grantedShares.length} 名）`,
      source: sourceLine(REPORT, '贰.04 专利成果对比（图 12）', '中国专利保护协会《区块链领域全球授权专利报告》（2020 年版）'),
      notes: [
        `${grantedShares.length} 国合计 ${pct(grantedListedSum)}；其余 ${pct(100 - grantedListedSum)}（计算值）属其他国家和地区，报告未细分。`,
        `统计口径不区分虚拟货币、公有链与联盟链专利；报告认为授权周期较长（${qualified(statedFigure('patent_grant_time_min'))}—${formatNumber(statedFigure('patent_grant_time_max').value)} 年）是中国授权数落后的原因之一。`,
        '申请数（图 11）与授权数出自不同机构、不同时点，不宜相除求授权率。',
        '图 12 只留下图注，数值以正文所述为准。',
      ],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: grantedShares.map((g) => ({ label: g.label, value: g.figure.value, highlight: g.cn })),
        options: { valueLabel: '占全球授权专利的比例', format: { style: 'percent', decimals: 0 } },
      },
      table: table(
        [text('country', '国家'), num('share', '占全球授权专利（%）'), text('text', '原文')],
        grantedShares.map((g) => ({ country: g.label, share: g.figure.value, text: g.figure.value_text })),
      ),
    },
    {
      id: 'b-backend-salaries',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 14',
      title: `区块链后端工程师平均年薪：美国 ${formatWan(salaryUs)}美元，欧洲 ${formatWan(salaryEu)}美元`,
      subtitle: `图 14 比较的 ${salaries.length} 个就业市场的平均年薪（美元），数据截至 ${yearMonth(required(salaries[0], 'salary row').as_of)}`,
      source: sourceLine(REPORT, '贰.04 人才培养对比（图 14）', 'Cryptocurrency jobs .co'),
      notes: salaryMissing.length
        ? [`${salaryMissing.join('、')}一栏的数值报告正文未写出，图 14 的柱值也未公布，不从图上估读。`]
        : [],
      datasets: ['trends-2020/engineer-salaries'],
      chart: {
        type: 'ranked-bars',
        rows: salaryRanked.map((r) => ({ label: r.market_zh, value: r.salary_usd ?? null })),
        options: { valueLabel: '平均年薪', unit: '美元', format: { style: 'wan', unit: '美元' }, showMissing: true },
      },
      table: table(
        [text('market', '市场'), num('salary', '平均年薪（美元）'), text('text', '原文')],
        salaries.map((r) => ({ market: r.market_zh, salary: r.salary_usd ?? null, text: r.salary_text ?? '未公布' })),
      ),
    },
    {
      id: 'b-cbdc-map',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: `央行数字货币：${attitudeCount('issued')} 国已发行，${attitudeCount('pilot')} 国在试点`,
      subtitle: `表 5 所列国家对央行数字货币的态度：已发行、试点、研究或暂无计划（截至 ${cbdcAsOf}）`,
      source: sourceLine(REPORT, '贰.05 法定数字货币（表 5）'),
      notes: ['灰色表示表 5 中未列出。', ...cbdcNotes],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'choropleth',
        countries: attitudes.map((r) => ({ code: r.country_code, category: r.attitude, label: r.country_zh })),
        options: {
          categories: (Object.keys(ATTITUDE_LABELS) as (keyof typeof ATTITUDE_LABELS)[]).map((id) => ({ id, label: ATTITUDE_LABELS[id] })),
          valueLabel: '对央行数字货币的态度',
          // 表 5 lists central banks by country; regions with their own monetary
          // authority (HK, MO) are not in it, so none inherits China's category.
          parents: {},
        },
      },
      table: table(
        [text('country', '国家'), text('code', 'ISO 代码'), text('attitude', '态度')],
        attitudes.map((r) => ({ country: r.country_zh, code: r.country_code, attitude: r.attitude_zh })),
      ),
    },
    {
      id: 'b-cbdc-counts',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: largestGroup
        ? `表 5 的 ${attitudes.length} 国中，${ATTITUDE_LABELS[largestGroup.attitude]}阶段的最多，有 ${largestGroup.rows.length} 国`
        : `表 5 的 ${attitudes.length} 国按对央行数字货币的态度分类`,
      subtitle: `按对央行数字货币的态度统计国家数，一格代表一个国家（截至 ${cbdcAsOf}）`,
      source: sourceLine(REPORT, '贰.05 法定数字货币（表 5 逐行计数）'),
      notes: ['各类国家数由表 5 逐行计数得出，属计算值。', ...cbdcNotes],
      datasets: ['trends-2020/cbdc-attitudes', 'trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: attitudeGroups.map((g) => ({ label: ATTITUDE_LABELS[g.attitude], value: g.rows.length })),
        options: { valueLabel: '表 5 所列国家', unit: '国' },
      },
      table: table(
        [text('attitude', '态度'), num('countries', '国家数（计算值）'), text('names', '国家')],
        attitudeGroups.map((g) => ({ attitude: ATTITUDE_LABELS[g.attitude], countries: g.rows.length, names: g.rows.map((r) => r.country_zh).join('、') })),
      ),
    },
    {
      id: 'b-dcep-red-packets',
      report: REPORT,
      chapter: 'comparison',
      ref: null,
      title: `苏州发放的数字人民币红包总额 ${formatWan(dcepSuzhou.value)}元，是深圳的 ${formatTrimmed(dcepSuzhou.value / dcepSz.value, 1)} 倍`,
      subtitle: `两次数字人民币红包试点的发放总额（深圳 ${yearMonth(required(dcepSz.period, 'Shenzhen pilot month'))}，苏州 ${yearMonth(required(dcepSuzhou.period, 'Suzhou pilot month'))}）`,
      source: sourceLine(REPORT, '贰.05 法定数字货币'),
      notes: [
        '倍数由两地总额相除得出，属计算值。',
        '深圳的红包个数、苏州的单个红包金额报告都没有写出；虽可由总额与另一项相除推得，本图不作推算，表中留空。',
        `参与银行数由试点银行名单计数，属计算值：深圳 ${dcepSzBanksCounted} 家${dcepSzBanksCounted === dcepSzBanksStated.value ? '，与正文所说的四大国有银行一致' : `，正文却说 ${qualified(dcepSzBanksStated)} 家`}；苏州的家数报告未直接写出。`,
      ],
      datasets: ['trends-2020/stated-figures', 'trends-2020/dcep-pilot-banks'],
      chart: {
        type: 'ranked-bars',
        rows: dcep.map((p) => ({ label: p.city, value: p.total.value })),
        options: { valueLabel: '红包发放总额', unit: '元', format: { style: 'wan', unit: '元' } },
      },
      table: table(
        [text('city', '试点城市'), text('month', '时间'), num('total', '发放总额（元）'), num('packets', '红包个数'), num('per_packet', '单个红包金额（元）'), num('banks', '参与银行（家，计数）')],
        dcep.map((p) => ({
          city: p.city,
          month: p.total.period ? yearMonth(p.total.period) : null,
          total: p.total.value,
          packets: p.packets?.value ?? null,
          per_packet: p.perPacket?.value ?? null,
          banks: dcepBanks.find((b) => b.city_en === p.cityEn)?.banks ?? null,
        })),
      ),
    },
    {
      id: 'b-trade-finance-institutions',
      report: REPORT,
      chapter: 'comparison',
      ref: null,
      title: `跨境人民币贸易融资转让平台首批 ${qualified(tfTotal)} 家机构中，境外机构 ${qualified(tfForeign)} 家${tfForeign.value > tfDomestic.value ? '，多于境内' : tfForeign.value < tfDomestic.value ? '，少于境内' : '，与境内相当'}`,
      subtitle: `${datesIn(required(tfTotal.period, 'platform launch'))}的首批参与机构，分境内与境外，一格代表一家（覆盖 ${qualified(tfContinents)} 个大洲、${qualified(tfCountries)} 个国家和地区）`,
      source: sourceLine(REPORT, '贰.05 区块链+跨境业务'),
      notes:
        tfDomestic.value + tfForeign.value === tfTotal.value
          ? [`境内 ${qualified(tfDomestic)} 家与境外 ${qualified(tfForeign)} 家相加等于报告所说的首批 ${qualified(tfTotal)} 家。`]
          : [`境内 ${qualified(tfDomestic)} 家与境外 ${qualified(tfForeign)} 家相加为 ${tfDomestic.value + tfForeign.value} 家，与报告所说的首批 ${qualified(tfTotal)} 家不一致。`],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'waffle',
        parts: [
          { label: '境内机构', value: tfDomestic.value },
          { label: '境外机构', value: tfForeign.value },
        ],
        options: { valueLabel: '首批参与机构', unit: '家' },
      },
      table: table(
        [text('group', '机构'), num('institutions', '数量（家）')],
        [
          { group: '境内机构', institutions: tfDomestic.value },
          { group: '境外机构', institutions: tfForeign.value },
          { group: '合计（报告所述）', institutions: tfTotal.value },
        ],
      ),
    },
  ];
}
