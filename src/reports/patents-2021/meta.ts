import { defineReportMeta } from '../../data/report.ts';

/** Report A: how the site cites it, and its chapters in the report's order. */
export const META = defineReportMeta({
  id: 'patents-2021',
  letter: 'A',
  title: '2021 年区块链专利质量发展报告',
  publisher: '零壹财经·零壹智库',
  published: '2021',
  credits: '零壹智库，智慧芽（专利数据截至 2021 年 6 月）',
  chapters: [
    { slug: 'summary', number: '', title: '摘要与要点' },
    { slug: 'global-quality', number: '一', title: '全球区块链专利质量' },
    { slug: 'quality-index', number: '二', title: '专利质量指数与 TOP50 榜单' },
    { slug: 'industries', number: '三', title: '中国区块链专利的行业分布' },
    { slug: 'conclusion', number: '四', title: '结语' },
  ],
});
