/** Charts of the quality-index chapter of patents-2021, in the report's order. */
import { derivedTop50CountryCounts, statedFigure, top50Rows } from '../queries.ts';
import { axisOf, columnOf, num, required, sourceLine, table, text } from '../../../charts/declare.ts';
import { top50 as top50Def } from '../schemas/top50.ts';
import { CREDIT, META, REPORT, wafflePartsWithOther } from './shared.ts';
import type { ChartEntry } from '../../../charts/entry.ts';

export function qualityIndexCharts(): ChartEntry[] {
  const top50 = top50Rows();
  const countryCounts = derivedTop50CountryCounts();
  const statedCn = statedFigure('top50_count_cn');
  const chinaCount = required(countryCounts.find((c) => c.country_code === 'CN'), 'Chinese TOP50 count').companies;
  const TOP_N = 10;
  const dimensions = [
    { key: 'granted', label: '授权专利', short: '授权', unit: '件' },
    { key: 'cited', label: '被引用专利', short: '被引用', unit: '件' },
    { key: 'core_tech', label: '底层技术专利', short: '底层技术', unit: '件' },
    { key: 'families', label: '专利家族', short: '专利家族', unit: '组' },
    { key: 'international', label: '国际专利申请', short: '国际申请', unit: '件' },
  ] as const;
  // One row per TOP50 company for the sortable table and its data download alike.
  const top50Cells = top50.map((r) => ({
    rank: r.rank,
    company: r.company_zh,
    country: r.country_zh,
    ...Object.fromEntries(dimensions.map((d) => [d.key, r[d.key]])),
    score: r.score,
  }));

  return [
    {
      id: 'a-top50-scores',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: `2021 年全球区块链专利质量 TOP50：${top50.slice(0, 3).map((r) => r.company_zh).join('、')}居前三`,
      subtitle: '专利质量得分（满分 100），中国公司以深色标出',
      source: sourceLine(META, '二、（表 2）', CREDIT),
      notes: ['得分由授权、被引用、底层技术、专利家族、国际申请五个维度等权（各 20）合成；报告未公布换算方法。'],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'ranked-bars',
        rows: top50.map((r) => ({ label: `${r.rank}. ${r.company_zh}`, value: r.score, highlight: r.country_code === 'CN' })),
        options: { ...axisOf(top50Def, 'score'), format: { decimals: 1 } },
      },
      table: table(
        [columnOf(top50Def, 'rank'), columnOf(top50Def, 'company_zh', { key: 'company' }), columnOf(top50Def, 'country_zh', { key: 'country' }), columnOf(top50Def, 'score')],
        top50.map((r) => ({ rank: r.rank, company: r.company_zh, country: r.country_zh, score: r.score })),
      ),
    },
    {
      id: 'a-top50-table',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: `TOP50 的 ${dimensions.length} 个维度：逐项比较`,
      subtitle: '点击表头可按任一列排序；未启用脚本时按排名排列',
      source: sourceLine(META, '二、（表 2）', CREDIT),
      notes: ['蚂蚁集团的数量含阿里巴巴、创新先进与支付宝；京东科技含京东。'],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'ranking-table',
        rows: top50Cells,
        columns: [
          { key: 'rank', label: '排名', kind: 'number', bar: false },
          { key: 'company', label: '公司', kind: 'text', rowHeader: true },
          { key: 'country', label: '国家', kind: 'text' },
          ...dimensions.map((d) => ({ key: d.key, label: d.short, unit: d.unit, kind: 'number' as const })),
          { key: 'score', label: '得分', unit: '分', kind: 'number', format: { decimals: 1 } },
        ],
        options: { sortKey: 'rank', direction: 'ascending', rowKey: 'rank' },
      },
      table: table(
        [num('rank', '排名'), text('company', '公司'), text('country', '国家'), ...dimensions.map((d) => num(d.key, `${d.label}（${d.unit}）`)), num('score', '得分')],
        top50Cells,
      ),
    },
    {
      id: 'a-top50-dimensions',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: `前 ${TOP_N} 名公司在 ${dimensions.length} 个维度上的差距`,
      subtitle: `TOP50 前 ${TOP_N} 名，每个维度单独标尺`,
      source: sourceLine(META, '二、（表 2）', CREDIT),
      notes: [`只画前 ${TOP_N} 名以便阅读；全部 ${top50.length} 家见上方可排序的表。`],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'small-multiples',
        data: {
          items: top50.slice(0, TOP_N).map((r) => r.company_zh),
          metrics: dimensions.map((d) => ({ label: d.label, unit: d.unit, values: top50.slice(0, TOP_N).map((r) => r[d.key]) })),
        },
        options: { highlight: top50.slice(0, TOP_N).filter((r) => r.country_code === 'CN').map((r) => r.company_zh) },
      },
      table: table(
        [text('company', '公司'), ...dimensions.map((d) => num(d.key, `${d.label}（${d.unit}）`))],
        top50.slice(0, TOP_N).map((r) => ({ company: r.company_zh, ...Object.fromEntries(dimensions.map((d) => [d.key, r[d.key]])) })),
      ),
    },
    {
      id: 'a-top50-granted-cited',
      report: REPORT,
      chapter: 'quality-index',
      ref: '表 2',
      title: '授权多的公司，被引用的专利也多',
      subtitle: 'TOP50 公司的授权专利与被引用专利（对数坐标）',
      source: sourceLine(META, '二、（表 2）', CREDIT),
      notes: [],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'scatter',
        points: top50.map((r) => ({ label: r.company_zh, x: r.granted, y: r.cited })),
        options: {
          x: { label: '授权专利', unit: '件', scale: 'log' },
          y: { label: '被引用专利', unit: '件', scale: 'log' },
          labelTop: 4,
          labelNames: ['蚂蚁集团', '微众银行', '工商银行', 'IBM'],
        },
      },
      table: table(
        [text('company', '公司'), num('granted', '授权（件）'), num('cited', '被引用（件）')],
        top50.map((r) => ({ company: r.company_zh, granted: r.granted, cited: r.cited })),
      ),
    },
    {
      id: 'a-top50-countries',
      report: REPORT,
      chapter: 'quality-index',
      ref: '图 11',
      title: `TOP50 中有 ${chinaCount} 家中国公司`,
      subtitle: 'TOP50 公司按所属国家计数，一格代表一家公司',
      source: sourceLine(META, '二、（表 2 逐行计数）', CREDIT),
      notes: [
        '各国家数由表 2 逐行计数得出，属计算值。',
        ...(statedCn.value === chinaCount ? [] : [`报告正文称中国有 ${statedCn.value} 家公司上榜，但表 2 中国籍公司只有 ${chinaCount} 行，两者不一致；此处按表 2 计数。`]),
      ],
      datasets: ['patents-2021/top50', 'patents-2021/stated-figures'],
      chart: {
        type: 'waffle',
        parts: wafflePartsWithOther(countryCounts),
        options: { valueLabel: 'TOP50 公司', unit: '家' },
      },
      table: table(
        [text('country', '国家'), num('companies', '公司（家，计算值）')],
        countryCounts.map((c) => ({ country: c.country_zh, companies: c.companies })),
      ),
    },
    {
      id: 'a-top50-map',
      report: REPORT,
      chapter: 'quality-index',
      ref: '图 11',
      title: `TOP50 公司来自 ${countryCounts.length} 个国家`,
      subtitle: '各国上榜公司数（由表 2 计数）',
      source: sourceLine(META, '二、（表 2 逐行计数）', CREDIT),
      notes: ['各国家数由表 2 逐行计数得出，属计算值。'],
      datasets: ['patents-2021/top50'],
      chart: {
        type: 'choropleth',
        countries: countryCounts.map((c) => ({
          code: c.country_code,
          category: c.companies >= 20 ? 'many' : c.companies >= 5 ? 'some' : 'few',
          label: c.country_zh,
          detail: `${c.companies} 家`,
        })),
        options: {
          categories: [
            { id: 'many', label: '20 家以上' },
            { id: 'some', label: '5–19 家' },
            { id: 'few', label: '1–4 家' },
          ],
          valueLabel: 'TOP50 公司所在国',
        },
      },
      table: table(
        [text('country', '国家'), num('companies', '公司（家，计算值）')],
        countryCounts.map((c) => ({ country: c.country_zh, companies: c.companies })),
      ),
    },
  ];
}
