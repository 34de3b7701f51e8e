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
    { slug: 'summary', number: '', title: '摘要与要点', description: '2021 年区块链专利质量报告的要点：全球申请规模、中国的数量优势与质量差距，以及 TOP50 榜单的头部公司。' },
    { slug: 'global-quality', number: '一', title: '全球区块链专利质量', description: '中、美、韩与全球的区块链专利授权、家族规模、被引用与国际申请对比，以及中国专利质量的细部数字。' },
    { slug: 'quality-index', number: '二', title: '专利质量指数与 TOP50 榜单', description: '2021 年全球区块链专利质量 TOP50：五个维度的得分、排名与各国上榜公司数，可按任一维度排序。' },
    { slug: 'industries', number: '三', title: '中国区块链专利的行业分布', description: '中国区块链专利的行业分布：智慧金融、医疗健康、能源等 19 个应用场景的申请与授权数量。' },
    { slug: 'conclusion', number: '四', title: '结语', description: '报告结语：从追求专利数量转向重视质量，以及提升中国区块链专利质量的建议。' },
  ],
});
