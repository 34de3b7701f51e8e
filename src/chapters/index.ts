/**
 * The chapter pages: for each chapter of each report, its content component
 * and the meta description search engines and link previews show.
 */
import { REPORTS, type Chapter, type Report, type ReportId } from '../data/reports.ts';
import A_Summary from './patents-2021/summary.astro';
import A_GlobalQuality from './patents-2021/global-quality.astro';
import A_QualityIndex from './patents-2021/quality-index.astro';
import A_Industries from './patents-2021/industries.astro';
import A_Conclusion from './patents-2021/conclusion.astro';
import B_Preface from './trends-2020/preface.astro';
import B_Landscape from './trends-2020/landscape.astro';
import B_Comparison from './trends-2020/comparison.astro';
import B_Outlook from './trends-2020/outlook.astro';

interface ChapterContent {
  /** Chapter content components take no props: everything they show comes from data/ and the chart registry. */
  component: typeof A_Summary;
  description: string;
}

const CONTENT: Record<ReportId, Record<string, ChapterContent>> = {
  'patents-2021': {
    summary: { component: A_Summary, description: '2021 年区块链专利质量报告的要点：全球申请规模、中国的数量优势与质量差距，以及 TOP50 榜单的头部公司。' },
    'global-quality': { component: A_GlobalQuality, description: '中、美、韩与全球的区块链专利授权、家族规模、被引用与国际申请对比，以及中国专利质量的细部数字。' },
    'quality-index': { component: A_QualityIndex, description: '2021 年全球区块链专利质量 TOP50：五个维度的得分、排名与各国上榜公司数，可按任一维度排序。' },
    industries: { component: A_Industries, description: '中国区块链专利的行业分布：智慧金融、医疗健康、能源等 19 个应用场景的申请与授权数量。' },
    conclusion: { component: A_Conclusion, description: '报告结语：从追求专利数量转向重视质量，以及提升中国区块链专利质量的建议。' },
  },
  'trends-2020': {
    preface: { component: B_Preface, description: '2020 年全球区块链发展趋势报告的序言：疫情之下信任的价值与报告的问题意识。' },
    landscape: { component: B_Landscape, description: '全球与中国区块链产业 2020 年的政策、市场规模预测、投融资与备案情况。' },
    comparison: { component: B_Comparison, description: '中外区块链比较：开源平台、BaaS、BSN、专利、标准、人才，以及央行数字货币、跨境贸易与智慧城市应用。' },
    outlook: { component: B_Outlook, description: '2021 年区块链的新趋势与四大机遇：数据要素、产业互联网、资产数字化与分布式商业。' },
  },
};

export interface ChapterPage {
  report: Report;
  chapter: Chapter;
  content: ChapterContent;
  previous: { report: Report; chapter: Chapter } | null;
  next: { report: Report; chapter: Chapter } | null;
}

/** Every chapter in reading order: report A from start to end, then report B. */
export function chapterPages(): ChapterPage[] {
  const sequence = Object.values(REPORTS).flatMap((report) => report.chapters.map((chapter) => ({ report, chapter })));
  return sequence.map(({ report, chapter }, i) => {
    const content = CONTENT[report.id][chapter.slug];
    if (!content) throw new Error(`chapter ${report.id}/${chapter.slug} has no content component in src/chapters/index.ts`);
    return { report, chapter, content, previous: sequence[i - 1] ?? null, next: sequence[i + 1] ?? null };
  });
}
