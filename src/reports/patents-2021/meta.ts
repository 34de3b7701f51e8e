import { defineReportMeta } from '../../data/report.ts';
import en from './text/en.json' with { type: 'json' };
import zhCN from './text/zh-CN.json' with { type: 'json' };

/** Report A: how the site cites it, and its chapters in the report's order; their words are in text/<locale>.json. */
export const META = defineReportMeta({
  id: 'patents-2021',
  letter: 'A',
  published: '2021',
  chapters: [
    { slug: 'summary', number: '' },
    { slug: 'global-quality', number: '一' },
    { slug: 'quality-index', number: '二' },
    { slug: 'industries', number: '三' },
    { slug: 'conclusion', number: '四' },
  ],
  text: { 'zh-CN': zhCN, en },
});
