/** The two source reports. Every row of every extract names one of these ids. */
export const REPORT_IDS = ['patents-2021', 'trends-2020'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export interface Chapter {
  /** URL slug of the chapter page. */
  slug: string;
  /** Chapter number as the report prints it (一, 二…, 壹, 贰…), or '' for front matter. */
  number: string;
  title: string;
}

export interface Report {
  id: ReportId;
  /** Short letter used in the developers' guide and notes. */
  letter: 'A' | 'B';
  title: string;
  subtitle?: string;
  publisher: string;
  published: string;
  /** Where the figures in the report come from, as the report credits them. */
  credits: string;
  chapters: Chapter[];
}

export const REPORTS: Record<ReportId, Report> = {
  'patents-2021': {
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
  },
  'trends-2020': {
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
  },
};
