/** Charts of the comparison chapter of trends-2020 on platforms, patents and talent (贰.04), in the report's order. */
import { engineerSalaries, platformComparison, statedFigure } from '../queries.ts';
import { say } from '../../../data/say.ts';
import type { StatedFigure } from '../../../data/stated-figures.ts';
import { formatList, formatNumber, formatWan, unitWord, withUnitWord } from '../../../i18n/format.ts';
import { columnOf, datesIn, num, required, sourceLine, table, text, yearMonth, wordsIn } from '../../../charts/declare.ts';
import { engineerSalaries as engineerSalariesDef } from '../schemas/engineer-salaries.ts';
import type { PlatformComparisonRow } from '../schemas/platform-comparison.ts';
import { ordinalEn, pct, periodWords, qualified, META, REPORT, tpsText } from './shared.ts';
import type { ChartDeclaration } from '../../../charts/entry.ts';
import type { Locale } from '../../../i18n/locales.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Our English for the cells of 表 4, which platform-comparison.csv gives in
 * Chinese only, keyed by the row's dimension_en; its figures are the stated
 * figures recorded from the same cells. A cell without Chinese (GPL3.0,
 * pbft/raft/rpbft) is shown as printed.
 */
function platformCellsEn(): Readonly<Record<string, { fabric: string; fisco: string }>> {
  const q = (id: string) => qualified(statedFigure(id), 'en');
  const tps = (id: string) => withUnitWord(formatNumber(statedFigure(id).value, 0, 'en'), 'tps', 'en');
  return {
    'Applicable framework': {
      fabric: 'General-purpose framework suited to different fields',
      fisco: 'General-purpose framework that meets financial-grade application standards',
    },
    'Supporting technology stack': {
      fabric: 'Technical components developed by outside third parties',
      fisco:
        'Supporting modules including the WeBASE blockchain middleware platform, the WeIdentity distributed identity solution, the WeEvent distributed event-driven architecture, the WeCross cross-chain collaboration solution, the WeDPR scenario-based privacy protection solution, ChainIDE, the FISCO BCOS blockchain toolbox, and Ansible for FISCO BCOS, which generates enterprise deployment files automatically',
    },
    'Consensus mechanism': {
      fabric: 'Consensus through different node roles; ordering uses Raft',
      fisco: 'pbft/raft/rpbft',
    },
    'Consensus roles': {
      fabric: 'Endorsing, ordering and committing nodes take part in consensus together',
      fisco: 'Consensus nodes, observer nodes and free nodes',
    },
    'Data isolation': {
      fabric: 'Isolation by channel: multiple channels, and private data kept apart within a single channel',
      fisco: 'Isolation by group: multiple groups, with data kept apart between groups',
    },
    'Smart contracts': {
      fabric: 'Docker environment supporting Go, Java and Node.js; chaincode can also run in custom non-Docker environments',
      fisco:
        'EVM environment supporting the Solidity smart-contract language, with a precompiled-contract interface linking Solidity and C++; complex business logic can be written in C++ for efficiency',
    },
    'Access control': {
      fabric: 'Policy-based access control',
      fisco: 'Role-based access control, ultimately applied to what accounts may do to tables',
    },
    Storage: {
      fabric: 'Blocks stored as files; state stored in LevelDB or CouchDB',
      fisco: 'Blocks and state stored in MySQL or RocksDB',
    },
    Performance: {
      fabric: `Supports a small number of nodes; ${tps('fabric_tps_table4')} (depends on the test environment; for reference only)`,
      fisco: `Its rPBFT consensus algorithm can tune its parameters between security and efficiency, reducing the effect of the number of nodes on consensus, so in theory the number of nodes is unlimited; ${tps('fisco_tps_table4')} (depends on the test environment; for reference only)`,
    },
    'Cross-chain support': {
      fabric: 'Major BaaS vendors support cross-chain operation; homogeneous cross-chain solutions exist',
      fisco: 'WeCross cross-chain solution (open source); supports homogeneous and heterogeneous cross-chain operation, for example between FISCO BCOS and Hyperledger Fabric',
    },
    'Deployment support': {
      fabric: 'Hyperledger Explorer blockchain browser; operations supported through BaaS platforms',
      fisco: 'Open-source solutions for specialised areas, including WeBASE, WeEvent, WeIdentity and WeCross; several BaaS platforms and the Blockchain Service Network (BSN) also support the FISCO BCOS framework',
    },
    'Cryptographic algorithms': {
      fabric: 'Third-party solutions exist; support for China’s national (SM) cryptographic algorithms is planned',
      fisco:
        'China’s national (SM) cryptographic algorithms and SM TLS communication supported end to end; privacy protocols such as group signatures, ring signatures and homomorphic encryption; encryption of data on disk, with node keys managed by a KeyManager service',
    },
    'Open-source licence': { fabric: 'Apache-2.0', fisco: 'GPL3.0' },
    'Community ecosystem': {
      fabric: 'The most widely used distributed ledger platform in the world; no detailed community figures are available',
      fisco: `The FISCO BCOS open-source community brings together ${q('fisco_community_members')} members and ${q('fisco_community_orgs')} companies and institutions building a blockchain industry ecosystem. Hundreds of applications have been put into use, in government services, finance, charity, healthcare, education, transport, copyright, supply chains, recruitment, agriculture, social media, gaming and other fields, ${q('fisco_apps_in_production')} of them running stably in production; it has become China’s largest open-source consortium-chain community`,
    },
  };
}

/** A 表 4 cell in English: as printed when it has no Chinese, else our English for it (the printed cell if there is none, which the CJK check shows). */
function platformCellEn(row: PlatformComparisonRow, platform: 'fabric' | 'fisco'): string {
  const printed = platform === 'fabric' ? row.fabric : row.fisco_bcos;
  if (!HAN.test(printed)) return printed;
  return platformCellsEn()[row.dimension_en]?.[platform] ?? printed;
}

export function comparisonCharts(locale: Locale): ChartDeclaration[] {
  const tr = wordsIn(locale);
  const report = META.in(locale);
  const en = locale === 'en';
  /** A stated figure as the report states it: its printed text; in English, in words ("3,400 TPS", "39%"). */
  const stated = (figure: StatedFigure): string => tr({ 'zh-CN': figure.value_text, en: say(figure, locale) });
  // 贰.04 开源底层平台对比 (表 4)
  const fabricTps = statedFigure('fabric_tps_table4');
  const fiscoTps = statedFigure('fisco_tps_table4');
  const performance = required(platformComparison().find((r) => r.dimension_en === 'Performance'), '表 4 performance row');
  const platformRow = (r: PlatformComparisonRow) =>
    en
      ? { order: r.dimension_order, dimension: r.dimension_en, fabric: platformCellEn(r, 'fabric'), fisco: platformCellEn(r, 'fisco') }
      : { order: r.dimension_order, dimension: r.dimension_zh, fabric: r.fabric, fisco: r.fisco_bcos };

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
  ].map((g) => ({ ...g, label: en ? (g.figure.subject_en ?? g.label) : g.label }));
  const grantedCn = required(grantedShares.find((g) => g.cn), 'China granted share').figure;
  const grantedRankCn = statedFigure('granted_rank_cn');
  const grantedListedSum = grantedShares.reduce((s, g) => s + g.figure.value, 0);

  // 贰.04 人才培养对比 (图 14)
  const salaries = engineerSalaries();
  const salaryRanked = [...salaries].sort((a, b) => (b.salary_usd ?? -1) - (a.salary_usd ?? -1) || a.figure_order - b.figure_order);
  const salaryUs = required(salaries.find((r) => r.market === 'us')?.salary_usd, 'US salary');
  const salaryEu = required(salaries.find((r) => r.market === 'europe')?.salary_usd, 'European salary');
  const salaryMissing = salaries.filter((r) => r.salary_usd === null).map((r) => r.market_zh);
  const salaryMissingEn = salaries.filter((r) => r.salary_usd === null).map((r) => r.market_en);
  const usd = unitWord('usd', locale);
  const marketName = (r: (typeof salaries)[number]): string => (en ? r.market_en : r.market_zh);

  return [

    // ── 贰 比较优势 ──────────────────────────────────────────────
    {
      id: 'b-platform-comparison',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 4',
      title: tr({
        'zh-CN': `Hyperledger Fabric与FISCO BCOS：${platformComparison().length}个维度的对照`,
        en: `Hyperledger Fabric and FISCO BCOS compared on ${platformComparison().length} dimensions`,
      }),
      subtitle: tr({
        'zh-CN': '两个开源联盟链底层平台的技术特性，按报告表4逐项列出',
        en: 'Technical features of two open-source consortium blockchain platforms, item by item as in Table 4 of the report',
      }),
      source: sourceLine(report, '贰.04开源底层平台对比（表4）', tr({ 'zh-CN': 'CSDN、Hyperledger Fabric与FISCO BCOS的GitHub文档', en: 'CSDN; Hyperledger Fabric and FISCO BCOS documentation on GitHub' })),
      notes: [
        tr({
          'zh-CN': '表中性能数字依赖测试环境，报告注明仅供参考；本报告的出品方之一是FISCO BCOS的发起者。',
          en: 'The performance figures depend on the test environment, and the report says they are for reference only. One of the report’s publishers launched FISCO BCOS.',
        }),
        ...(en ? ['The cells are our translation of the Chinese table.'] : []),
      ],
      datasets: ['trends-2020/platform-comparison'],
      chart: {
        type: 'ranking-table',
        rows: platformComparison().map(platformRow),
        columns: [
          { key: 'order', label: tr({ 'zh-CN': '序号', en: 'No.' }), kind: 'number', bar: false },
          { key: 'dimension', label: tr({ 'zh-CN': '对比维度', en: 'Dimension' }), kind: 'text', rowHeader: true },
          { key: 'fabric', label: 'Hyperledger Fabric', kind: 'text' },
          { key: 'fisco', label: 'FISCO BCOS', kind: 'text' },
        ],
        options: { sortKey: 'order', direction: 'ascending', rowKey: 'order' },
      },
      table: table(
        [
          num('order', tr({ 'zh-CN': '序号', en: 'No.' })),
          text('dimension', tr({ 'zh-CN': '对比维度', en: 'Dimension' })),
          text('fabric', 'Hyperledger Fabric'),
          text('fisco', 'FISCO BCOS'),
        ],
        platformComparison().map(platformRow),
      ),
    },
    {
      id: 'b-platform-tps',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 4',
      title: tr({
        'zh-CN': `表4标注的吞吐量：FISCO BCOS每秒${qualified(fiscoTps, locale, tpsText)}笔，Fabric ${qualified(fabricTps, locale, tpsText)}笔`,
        en: `Table 4 puts FISCO BCOS at ${qualified(fiscoTps, locale, tpsText)} transactions per second and Fabric at ${qualified(fabricTps, locale, tpsText)}`,
      }),
      subtitle: tr({
        'zh-CN': '表4“性能”一行给出的每秒交易笔数（TPS）；两个数字都注明依赖测试环境、仅供参考',
        en: 'Transactions per second (TPS) as given in the Performance row of Table 4; both figures are marked as depending on the test environment and for reference only',
      }),
      source: sourceLine(
        report,
        '贰.04 开源底层平台对比（表 4）',
        tr({
          'zh-CN': 'CSDN《Hyperledger Fabric和FISCO BCOS技术对比》、两个项目的GitHub文档等',
          en: 'a CSDN technical comparison of Hyperledger Fabric and FISCO BCOS, the two projects’ GitHub documentation and other sources',
        }),
      ),
      notes: [
        tr({
          'zh-CN': '两个TPS不是同一环境下的对比测试结果，原表注明结果仅供参考；柱长之差不能当作两平台的实际性能差距。',
          en: 'The two TPS figures do not come from a side-by-side test in the same environment, and the original table says they are for reference only; the difference in bar length cannot be read as the real performance gap between the platforms.',
        }),
        tr({
          'zh-CN': `报告另说Fabric 2.0可支持每秒“${statedFigure('fabric_tps_v2').value_text}”交易，信通院评测的FISCO BCOS单链TPS“${statedFigure('fisco_tps_caict').value_text}”；口径与表4不同，未画入。`,
          en: `Elsewhere the report says a Fabric 2.0 network can handle ${qualified(statedFigure('fabric_tps_v2'), locale)} transactions per second, and that a single FISCO BCOS chain reached ${qualified(statedFigure('fisco_tps_caict'), locale)} TPS in tests by the China Academy of Information and Communications Technology (CAICT). These are measured differently from Table 4 and are not drawn.`,
        }),
        tr({
          'zh-CN': '报告出品方金链盟正是FISCO BCOS的推出者，读者宜留意其立场。',
          en: 'FISCO, one of the report’s publishers, is the organisation behind FISCO BCOS; readers should bear its interest in mind.',
        }),
      ],
      datasets: ['trends-2020/stated-figures', 'trends-2020/platform-comparison'],
      chart: {
        type: 'ranked-bars',
        rows: [
          { label: 'FISCO BCOS', value: fiscoTps.value },
          { label: 'Hyperledger Fabric', value: fabricTps.value },
        ].sort((a, b) => b.value - a.value),
        options: {
          valueLabel: tr({ 'zh-CN': '每秒交易笔数（TPS）', en: 'Throughput' }),
          unit: tr({ 'zh-CN': '笔/秒', en: unitWord('tps', 'en') }),
          format: { unit: tr({ 'zh-CN': '笔/秒', en: unitWord('tps', 'en') }) },
        },
      },
      table: table(
        [
          text('platform', tr({ 'zh-CN': '平台', en: 'Platform' })),
          num('tps', tr({ 'zh-CN': 'TPS（笔/秒）', en: 'TPS (transactions per second)' })),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
          text('cell', tr({ 'zh-CN': '表4“性能”一行全文', en: 'Table 4’s Performance row in full (our translation)' })),
        ],
        [
          { platform: 'FISCO BCOS', tps: fiscoTps.value, text: stated(fiscoTps), cell: en ? platformCellEn(performance, 'fisco') : performance.fisco_bcos },
          { platform: 'Hyperledger Fabric', tps: fabricTps.value, text: stated(fabricTps), cell: en ? platformCellEn(performance, 'fabric') : performance.fabric },
        ],
      ),
    },
    {
      id: 'b-patent-applicants',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 11',
      title: tr({
        'zh-CN': `中国公司占全球区块链专利申请人的${pct(applicants.share.value, locale)}、申请量的${pct(applications.share.value, locale)}`,
        en: `Chinese companies account for ${pct(applicants.share.value, locale)} of the world’s blockchain patent applicants and ${pct(applications.share.value, locale)} of the applications`,
      }),
      subtitle: tr({
        'zh-CN': `${applicants.global.period}，中国公司在全球${qualified(applicants.global, locale)}家申请公司与${qualified(applications.global, locale)}件专利申请中所占的比例`,
        en: `Chinese companies’ share of the ${qualified(applicants.global, locale)} companies worldwide that have applied for blockchain patents and of their ${qualified(applications.global, locale)} applications${applicants.global.period ? `, ${periodWords(applicants.global.period, locale)}` : ''}`,
      }),
      source: sourceLine(
        report,
        '贰.04 专利成果对比（图 11）',
        tr({ 'zh-CN': '零壹智库《全球区块链专利排行榜TOP100》（2020年版）', en: '01 Think Tank, global top 100 ranking of blockchain patents (2020 edition)' }),
      ),
      notes: [
        tr({
          'zh-CN': '图中比例照录报告；数据表中“其他国家和地区”一列由全球总数减去中国得出，属计算值。',
          en: 'The shares are as the report gives them; the “other countries and regions” column of the data table is the global total minus China and is a derived figure.',
        }),
        tr({
          'zh-CN': `申请覆盖${qualified(patentCountries, locale)}个国家和地区，报告未按国家细分其余部分。`,
          en: `The applications span ${qualified(patentCountries, locale)} countries and regions; the report does not break down the rest by country.`,
        }),
        tr({
          'zh-CN': '图11只留下图注，数值以正文所述为准。',
          en: 'Only the caption of Figure 11 survives, so the values are those the report’s text gives.',
        }),
      ],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'grouped-bars',
        data: {
          categories: [tr({ 'zh-CN': '申请区块链专利的公司', en: 'Companies applying for blockchain patents' }), tr({ 'zh-CN': '区块链专利申请', en: 'Blockchain patent applications' })],
          series: [tr({ 'zh-CN': '中国占全球', en: 'China’s share of the world total' })],
          values: [[applicants.share.value], [applications.share.value]],
        },
        options: { valueLabel: tr({ 'zh-CN': '中国占全球的比例', en: 'China’s share of the world total' }), format: { style: 'percent', decimals: 1 } },
      },
      table: table(
        [
          text('measure', tr({ 'zh-CN': '指标', en: 'Measure' })),
          num('cn', tr({ 'zh-CN': '中国', en: 'China' })),
          num('rest', tr({ 'zh-CN': '其他国家和地区（计算值）', en: 'Other countries and regions (derived)' })),
          num('global', tr({ 'zh-CN': '全球', en: 'World' })),
          num('share', tr({ 'zh-CN': '中国占比（%）', en: 'China’s share (%)' })),
        ],
        [
          { measure: tr({ 'zh-CN': '申请区块链专利的公司（家）', en: 'Companies applying for blockchain patents' }), cn: applicants.cn.value, rest: applicants.global.value - applicants.cn.value, global: applicants.global.value, share: applicants.share.value },
          { measure: tr({ 'zh-CN': '区块链专利申请（件）', en: 'Blockchain patent applications' }), cn: applications.cn.value, rest: applications.global.value - applications.cn.value, global: applications.global.value, share: applications.share.value },
        ],
      ),
    },
    {
      id: 'b-granted-by-country',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 12',
      title: tr({
        'zh-CN': `区块链授权专利中，美国占${pct(required(grantedShares[0], 'US share').figure.value, locale)}，中国以${pct(grantedCn.value, locale)}居第${grantedRankCn.value}`,
        en: `The US holds ${pct(required(grantedShares[0], 'US share').figure.value, locale)} of the world’s granted blockchain patents; China ranks ${ordinalEn(grantedRankCn.value)} with ${pct(grantedCn.value, locale)}`,
      }),
      subtitle: tr({
        'zh-CN': `${grantedGlobal.period ? `${datesIn(grantedGlobal.period)}，` : ''}各国所获区块链授权专利占全球总数（${qualified(grantedGlobal, locale)}件）的比例（报告只给出前${grantedShares.length}名）`,
        en: `Each country’s share of all ${qualified(grantedGlobal, locale)} blockchain patents granted worldwide${grantedGlobal.period ? `, ${periodWords(grantedGlobal.period, locale)}` : ''} (the report gives only the top ${grantedShares.length})`,
      }),
      source: sourceLine(
        report,
        '贰.04 专利成果对比（图 12）',
        tr({ 'zh-CN': '中国专利保护协会《区块链领域全球授权专利报告》（2020年版）', en: 'Patent Protection Association of China, report on blockchain patents granted worldwide (2020 edition)' }),
      ),
      notes: [
        tr({
          'zh-CN': `${grantedShares.length}国合计${pct(grantedListedSum, locale)}；其余${pct(100 - grantedListedSum, locale)}（计算值）属其他国家和地区，报告未细分。`,
          en: `The ${grantedShares.length} countries together hold ${pct(grantedListedSum, locale)}; the remaining ${pct(100 - grantedListedSum, locale)} (derived) belongs to other countries and regions, which the report does not break down.`,
        }),
        tr({
          'zh-CN': `统计口径不区分虚拟货币、公有链与联盟链专利；报告认为授权周期较长（${qualified(statedFigure('patent_grant_time_min'), locale)}—${formatNumber(statedFigure('patent_grant_time_max').value)}年）是中国授权数落后的原因之一。`,
          en: `The count does not distinguish patents on virtual currencies, public chains and consortium chains. The report sees the long wait for a grant (${qualified(statedFigure('patent_grant_time_min'), locale)}–${formatNumber(statedFigure('patent_grant_time_max').value, 0, locale)} years) as one reason China trails in granted patents.`,
        }),
        tr({
          'zh-CN': '申请数（图11）与授权数出自不同机构、不同时点，不宜相除求授权率。',
          en: 'The application counts (Figure 11) and the grant counts come from different organisations and different dates, so dividing one by the other does not give a grant rate.',
        }),
        tr({
          'zh-CN': '图12只留下图注，数值以正文所述为准。',
          en: 'Only the caption of Figure 12 survives, so the values are those the report’s text gives.',
        }),
      ],
      datasets: ['trends-2020/stated-figures'],
      chart: {
        type: 'ranked-bars',
        rows: grantedShares.map((g) => ({ label: g.label, value: g.figure.value, highlight: g.cn })),
        options: { valueLabel: tr({ 'zh-CN': '占全球授权专利的比例', en: 'Share of blockchain patents granted worldwide' }), format: { style: 'percent', decimals: 0 } },
      },
      table: table(
        [
          text('country', tr({ 'zh-CN': '国家', en: 'Country' })),
          num('share', tr({ 'zh-CN': '占全球授权专利（%）', en: 'Share of patents granted worldwide (%)' })),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        grantedShares.map((g) => ({ country: g.label, share: g.figure.value, text: stated(g.figure) })),
      ),
    },
    {
      id: 'b-backend-salaries',
      report: REPORT,
      chapter: 'comparison',
      ref: '图 14',
      title: tr({
        'zh-CN': `区块链后端工程师平均年薪：美国${formatWan(salaryUs)}美元，欧洲${formatWan(salaryEu)}美元`,
        en: `Blockchain back-end engineers average ${withUnitWord(formatWan(salaryUs, 2, locale), 'usd', locale)} a year in the US and ${withUnitWord(formatWan(salaryEu, 2, locale), 'usd', locale)} in Europe`,
      }),
      subtitle: tr({
        'zh-CN': `图14比较的${salaries.length}个就业市场的平均年薪（美元），数据截至${yearMonth(required(salaries[0], 'salary row').as_of)}`,
        en: `Average annual pay in US dollars in the ${salaries.length} job markets Figure 14 compares; data to ${yearMonth(required(salaries[0], 'salary row').as_of, locale)}`,
      }),
      source: sourceLine(report, '贰.04 人才培养对比（图 14）', 'Cryptocurrency Jobs (cryptocurrencyjobs.co)'),
      notes: salaryMissing.length
        ? [
            tr({
              'zh-CN': `${salaryMissing.join('、')}一栏的数值报告正文未写出，图14的柱值也未公布，不从图上估读。`,
              en: `The report’s text gives no figure for the ${formatList(salaryMissingEn, 'en')} market${salaryMissingEn.length > 1 ? 's' : ''}, and Figure 14’s bar values are not published; no value is estimated from the chart.`,
            }),
          ]
        : [],
      datasets: ['trends-2020/engineer-salaries'],
      chart: {
        type: 'ranked-bars',
        rows: salaryRanked.map((r) => ({ label: marketName(r), value: r.salary_usd ?? null })),
        options: { valueLabel: tr({ 'zh-CN': '平均年薪', en: 'Average annual pay' }), unit: usd, format: { style: 'wan', unit: usd }, showMissing: true },
      },
      table: table(
        [
          // The English table's cells are the English names, which need no "(English)" in the header.
          en ? text('market', 'Market') : columnOf(engineerSalariesDef, 'market_zh', { key: 'market', locale }),
          num('salary', tr({ 'zh-CN': '平均年薪（美元）', en: 'Average annual pay (US dollars)' })),
          text('text', tr({ 'zh-CN': '原文', en: 'As the report states it' })),
        ],
        salaries.map((r) => ({
          market: marketName(r),
          salary: r.salary_usd ?? null,
          text:
            r.salary_text === null || r.salary_text === undefined
              ? tr({ 'zh-CN': '未公布', en: 'Not published' })
              : en && r.salary_usd !== null && r.salary_usd !== undefined
                ? say({ value: r.salary_usd, unit: 'usd', qualifier: 'exact', value_text: r.salary_text }, locale)
                : r.salary_text,
        })),
      ),
    },
  ];
}
