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
    { slug: 'preface', number: '', title: '序言' },
    { slug: 'landscape', number: '壹', title: '发展格局' },
    { slug: 'comparison', number: '贰', title: '比较优势' },
    { slug: 'outlook', number: '叁', title: '趋势与机遇' },
  ],
});
