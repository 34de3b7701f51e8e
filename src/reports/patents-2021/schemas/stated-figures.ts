import { statedFiguresDataset, type StatedFigure } from '../../../data/stated-figures.ts';

/** Report A's single figures from the prose, one per row (ids such as `cn_granted_cnipa`, `top50_count_cn`). */
export const patentsStatedFigures = statedFiguresDataset('patents-2021', { 'zh-CN': '2021 区块链专利质量报告：正文中的单项数字' }, { 'zh-CN': [
  '报告自身的数字有几处对不上，原样照录，构建时用检查把出入“钉住”，数据一变即会提示修改这里的说明：',
  '蚂蚁集团授权 2057 件，被说成占全球授权的 17.2%；但按全球授权 1.16 万件计算是 17.7%（即使取 1.16 万的舍入区间也在 17.7% 上下），与 17.2% 不符（ant_granted_share_global）。',
  '正文称 TOP50 中有 30 家中国公司、占 60%；表 2 国家一栏写“中国”的只有 29 行，即 58%（top50_count_cn、top50_share_cn）。',
  '第一章第 3) 节的小标题说中国被引用率比美国低 7 个百分点，正文给出的却是 23% 对 31%，相差 8 个百分点（cn_us_citation_rate_gap）。',
  '经 CNIPA 获得的授权 4751 件被说成约占申请总量的 18%；以中国申请总量 3.28 万件计只有 14.5%。若分母扣除 7568 件海外申请（余 25232 件）则为 18.8%，报告可能用的是这一口径，但未说明（cn_granted_cnipa_share）。',
  '智慧金融授权占比写作 13%，但 714 件授权除以表 3 的 4998 件申请（或正文的约 5000 件）都是 14.3%（cn_finance_grant_rate）。',
  '正文说申请区块链+金融专利的公司有 1400 家，没有“约”“近”等字样，而表 3 为 1426 家；这里按原文记为 exact，构建时视作取整到百位的写法核对。',
  '全球参与申请的公司在第一章写作“近 7800 家”，第二章写作“7800 家”；两行分别照录（global_applicant_companies、global_applicant_companies_ch2）。',
  '其他说明：凡报告写“截止目前”“过去 6 年”等的累计数，时间一律记为 2015-01/2021-06（报告图 1 注明的统计区间）。',
  '“3~5 家骨干企业”拆为上下限两行。表示年份本身的数字（如复杂美 2013 年启动研发）单位记为 calendar_year。',
  '各国对比的数字（含全球申请 5.49 万件、授权 1.16 万件、被引用 1.25 万件、家族 3.57 万组等合计）放在 country-comparison.csv，三家头部公司的申请、授权、被引数放在 leading-companies.csv，这里不重复。',
] });
export type PatentsStatedFigure = StatedFigure;
