/** Charts of the comparison chapter of trends-2020 on platforms, patents and talent (贰.04), in the report's order. */
import { engineerSalaries, platformComparison, statedFigure } from '../queries.ts';
import { formatNumber, formatWan } from '../../../i18n/format.ts';
import { columnOf, datesIn, num, required, sourceLine, table, text, yearMonth } from '../../../charts/declare.ts';
import { engineerSalaries as engineerSalariesDef } from '../schemas/engineer-salaries.ts';
import { pct, qualified, META, REPORT, tpsText } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function comparisonCharts(): ChartEntry[] {
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

  return [

    // ── 贰 比较优势 ──────────────────────────────────────────────
    {
      id: 'b-platform-comparison',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 4',
      title: `Hyperledger Fabric 与 FISCO BCOS：${platformComparison().length} 个维度的对照`,
      subtitle: '两个开源联盟链底层平台的技术特性，按报告表 4 逐项列出',
      source: sourceLine(META, '贰.04 开源底层平台对比（表 4）', 'CSDN、Hyperledger Fabric 与 FISCO BCOS 的 GitHub 文档'),
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
      source: sourceLine(META, '贰.04 开源底层平台对比（表 4）', 'CSDN《Hyperledger Fabric 和 FISCO BCOS 技术对比》、两个项目的 GitHub 文档等'),
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
      source: sourceLine(META, '贰.04 专利成果对比（图 11）', '零壹智库《全球区块链专利排行榜 TOP100》（2020 年版）'),
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
      source: sourceLine(META, '贰.04 专利成果对比（图 12）', '中国专利保护协会《区块链领域全球授权专利报告》（2020 年版）'),
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
      source: sourceLine(META, '贰.04 人才培养对比（图 14）', 'Cryptocurrency jobs .co'),
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
        [columnOf(engineerSalariesDef, 'market_zh', { key: 'market' }), num('salary', '平均年薪（美元）'), text('text', '原文')],
        salaries.map((r) => ({ market: r.market_zh, salary: r.salary_usd ?? null, text: r.salary_text ?? '未公布' })),
      ),
    },
  ];
}
