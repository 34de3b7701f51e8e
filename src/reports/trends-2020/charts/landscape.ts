/** Charts of the landscape chapter of trends-2020, in the report's order. */
import { filingsByCity, fundedCompanies, globalForecastGrowthDerived, marketForecasts, provincialPolicies, sandboxPilots, sandboxTotalsDerived, statedFigure, usCriticalTechnologies } from '../queries.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { axisOf, columnOf, datesIn, num, required, sourceLine, table, text, yearMonth } from '../../../charts/declare.ts';
import { filingsByCity as filingsByCityDef } from '../schemas/filings-by-city.ts';
import { pct, qualified, META, REPORT, uniqueMax, yiUsd } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function landscapeCharts(): ChartEntry[] {
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

  return [
    // ── 壹 发展格局 ──────────────────────────────────────────────
    {
      id: 'b-us-critical-technologies',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 1',
      title: `分布式账本技术位列美国 ${usCriticalTechnologies().length} 项关键与新兴技术之中`,
      subtitle: '美国白宫《关键与新兴技术国家战略》（2020 年 10 月）所列技术清单',
      source: sourceLine(META, '壹.02 政策趋向（表 1）'),
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
      source: sourceLine(META, '壹.02 市场规模（图 2）', 'IDC《全球区块链支出指南 2020》（2020V1）'),
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
      source: sourceLine(META, '壹.03 政策趋向'),
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
      source: sourceLine(META, '壹.03 政策趋向（表 2）'),
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
      source: sourceLine(META, '壹.03 市场规模（图 7）', `IDC 中国《全球区块链支出指南》（${chinaLast.edition}）`),
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
      source: sourceLine(META, '壹.03 投融资动态（表 3）', '烯牛数据'),
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
      source: sourceLine(META, '壹.03 生态概览（图 8）', '国家网信办区块链信息服务备案清单（报告编者统计）'),
      notes: [
        `${filingsMissing.join('、')}的备案数报告未公布，只说它们与${filingsLeader.city_zh}差距较大；排列顺序是正文提及的先后，不一定是名次。`,
        `${filingsLeader.city_zh}所占比例由 ${formatNumber(leaderFilings)} ÷ ${formatNumber(filingsTotal.value)} 算出，属计算值。`,
        '图 8 可能还包括正文未提及的城市，无从收录。',
      ],
      datasets: ['trends-2020/filings-by-city', 'trends-2020/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: filings.map((r) => ({ label: r.city_zh, value: r.filings ?? null, highlight: r.stated_order === 1 })),
        options: { ...axisOf(filingsByCityDef, 'filings'), showMissing: true },
      },
      table: table(
        [num('order', '正文提及次序'), columnOf(filingsByCityDef, 'city_zh', { key: 'city' }), columnOf(filingsByCityDef, 'filings'), text('text', '原文')],
        filings.map((r) => ({ order: r.stated_order, city: r.city_zh, filings: r.filings ?? null, text: r.filings_text ?? '未公布' })),
      ),
    },
  ];
}
