/** Charts of the comparison chapter of trends-2020, in the report's order. */
import type { StatedFigure } from '../../../data/stated-figures.ts';
import { cbdcAttitudeGroups, cbdcAttitudes, dcepBankCountsDerived, engineerSalaries, platformComparison, statedFigure } from '../queries.ts';
import { formatNumber, formatTrimmed, formatWan } from '../../../i18n/format.ts';
import { datesIn, num, required, sourceLine, table, text, yearMonth } from '../../../charts/declare.ts';
import { ATTITUDE_LABELS, pct, qualified, META, REPORT, tpsText, uniqueMax } from './shared.ts';
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
      source: sourceLine(META, '贰.05 法定数字货币（表 5）'),
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
      source: sourceLine(META, '贰.05 法定数字货币（表 5 逐行计数）'),
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
      source: sourceLine(META, '贰.05 法定数字货币'),
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
      source: sourceLine(META, '贰.05 区块链+跨境业务'),
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
