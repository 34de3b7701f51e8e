/** Charts of report B (2020 global blockchain development trends), in the report's order. */
import { cbdcAttitudes, marketForecasts, sandboxPilots } from '../../data/trends-2020.ts';
import { num, sourceLine, table, text } from './support.ts';
import type { ChartEntry } from './types.ts';

const REPORT = 'trends-2020' as const;

export function trends2020Charts(): ChartEntry[] {
  const sandbox = sandboxPilots();
  const globalForecast = marketForecasts().filter((r) => r.region === 'global');
  const attitudes = cbdcAttitudes();
  return [
    {
      id: 'b-market-global',
      report: REPORT,
      chapter: 'landscape',
      ref: '图 2',
      title: 'IDC 预测全球区块链支出 2023 年达 144 亿美元',
      subtitle: '全球区块链市场支出预测（仅联盟链与分布式账本，不含虚拟货币），2018—2023 年',
      source: sourceLine(REPORT, '壹.02 市场规模（图 2）', 'IDC《全球区块链支出指南 2020》'),
      notes: ['图 2 覆盖 2018—2023 年，但报告正文只给出 2020 年和 2023 年两个数值；其余年份未公布，不作插值。'],
      datasets: ['trends-2020/market-forecasts'],
      chart: {
        type: 'columns',
        points: [2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({
          label: String(year),
          value: globalForecast.find((r) => r.year === year)?.value_usd ?? null,
          forecast: true,
        })),
        options: { valueLabel: '支出', unit: '美元', format: { style: 'yi', unit: '美元' } },
      },
      table: table(
        [text('year', '年份'), num('value', '支出（美元）'), text('text', '原文')],
        globalForecast.map((r) => ({ year: String(r.year), value: r.value_usd, text: r.value_text })),
      ),
    },
    {
      id: 'b-sandbox-pilots',
      report: REPORT,
      chapter: 'landscape',
      ref: '表 2',
      title: '金融科技监管试点中，三分之一的项目用到区块链',
      subtitle: '九个试点城市的项目总数与其中的区块链项目数（截至 2020 年 7 月）',
      source: sourceLine(REPORT, '壹.03 政策趋向（表 2）'),
      notes: [`合计行不作为数据保存：各城市相加为 ${sandbox.reduce((s, r) => s + r.total_projects, 0)} 个项目、${sandbox.reduce((s, r) => s + r.blockchain_projects, 0)} 个区块链项目，与表 2 合计行一致（构建时核对）。`],
      datasets: ['trends-2020/sandbox-pilots'],
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
      id: 'b-cbdc-map',
      report: REPORT,
      chapter: 'comparison',
      ref: '表 5',
      title: '各国对央行数字货币的态度',
      subtitle: '已发行、试点、研究或暂无计划（截至 2020 年 11 月）',
      source: sourceLine(REPORT, '贰.05 法定数字货币（表 5）'),
      notes: ['表 5 只列出部分国家和地区；灰色表示表中未列，并不代表没有计划。'],
      datasets: ['trends-2020/cbdc-attitudes'],
      chart: {
        type: 'choropleth',
        countries: attitudes.map((r) => ({ code: r.country_code, category: r.attitude, label: r.country_zh })),
        options: {
          categories: [
            { id: 'issued', label: '已发行' },
            { id: 'pilot', label: '试点' },
            { id: 'research', label: '研究' },
            { id: 'no_plan', label: '暂无计划' },
          ],
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
  ];
}
