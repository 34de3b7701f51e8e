/** Report B, the 2020 global blockchain development trends report: everything the site shows of it. */
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
    preface: { component: () => import('./chapters/preface.astro'), description: '2020 年全球区块链发展趋势报告的序言：疫情之下信任的价值与报告的问题意识。' },
    landscape: { component: () => import('./chapters/landscape.astro'), description: '全球与中国区块链产业 2020 年的政策、市场规模预测、投融资与备案情况。' },
    comparison: { component: () => import('./chapters/comparison.astro'), description: '中外区块链比较：开源平台、BaaS、BSN、专利、标准、人才，以及央行数字货币、跨境贸易与智慧城市应用。' },
    outlook: { component: () => import('./chapters/outlook.astro'), description: '2021 年区块链的新趋势与四大机遇：数据要素、产业互联网、资产数字化与分布式商业。' },
  },
});
