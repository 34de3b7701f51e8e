/** Report A, the 2021 blockchain patent quality report: everything the site shows of it. */
import { defineReport } from '../types.ts';
import { CHARTS } from './charts/index.ts';
import { DATA } from './data.ts';
import { headlines } from './headlines.ts';
import { META } from './meta.ts';

export default defineReport({
  meta: META,
  data: DATA,
  charts: CHARTS,
  headlines,
  chapters: {
    summary: { component: () => import('./chapters/summary.astro'), description: '2021 年区块链专利质量报告的要点：全球申请规模、中国的数量优势与质量差距，以及 TOP50 榜单的头部公司。' },
    'global-quality': { component: () => import('./chapters/global-quality.astro'), description: '中、美、韩与全球的区块链专利授权、家族规模、被引用与国际申请对比，以及中国专利质量的细部数字。' },
    'quality-index': { component: () => import('./chapters/quality-index.astro'), description: '2021 年全球区块链专利质量 TOP50：五个维度的得分、排名与各国上榜公司数，可按任一维度排序。' },
    industries: { component: () => import('./chapters/industries.astro'), description: '中国区块链专利的行业分布：智慧金融、医疗健康、能源等 19 个应用场景的申请与授权数量。' },
    conclusion: { component: () => import('./chapters/conclusion.astro'), description: '报告结语：从追求专利数量转向重视质量，以及提升中国区块链专利质量的建议。' },
  },
});
