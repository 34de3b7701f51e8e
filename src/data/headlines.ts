/**
 * The figures the home page leads with, read from the data: stated figures
 * keep their printed form and source; counts computed from rows are marked derived.
 */
import { rowsOf } from './catalog.ts';
import { top50 } from './schemas/patents-2021/top50.ts';

export interface Headline {
  value: string;
  unit: string;
  label: string;
  source: string;
  derived: boolean;
}

export function homeHeadlines(): Headline[] {
  const ranking = rowsOf(top50).rows;
  const chinese = ranking.filter((r) => r.country_code === 'CN').length;
  const leader = ranking[0]!;
  return [
    {
      value: String(chinese),
      unit: '家',
      label: `2021 年全球区块链专利质量 TOP50 中的中国公司（共 ${ranking.length} 家）`,
      source: '报告 A 表 2 各行的国家',
      derived: true,
    },
    {
      value: leader.score.toFixed(1),
      unit: '分',
      label: `专利质量得分最高的公司：${leader.company_zh}`,
      source: '报告 A 表 2',
      derived: false,
    },
  ];
}
