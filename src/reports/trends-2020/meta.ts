import { defineReportMeta } from '../../data/report.ts';

/** Report B: how the site cites it, and its chapters in the report's order. */
export const META = defineReportMeta({
  id: 'trends-2020',
  letter: 'B',
  title: '数据要素视角下的产业区块链新机遇',
  subtitle: '2020 年全球区块链发展趋势报告',
  publisher: '金链盟（深圳市金融区块链发展促进会）、微众银行“金融科技·微洞察”',
  published: '2020-12',
  credits: '各表、图注明的来源（IDC、烯牛数据、零壹智库等）',
  chapters: [
    { slug: 'preface', number: '', title: '序言', description: '2020 年全球区块链发展趋势报告的序言：疫情之下信任的价值与报告的问题意识。' },
    { slug: 'landscape', number: '壹', title: '发展格局', description: '全球与中国区块链产业 2020 年的政策、市场规模预测、投融资与备案情况。' },
    { slug: 'comparison', number: '贰', title: '比较优势', description: '中外区块链比较：开源平台、BaaS、BSN、专利、标准、人才，以及央行数字货币、跨境贸易与智慧城市应用。' },
    { slug: 'outlook', number: '叁', title: '趋势与机遇', description: '2021 年区块链的新趋势与四大机遇：数据要素、产业互联网、资产数字化与分布式商业。' },
  ],
});
