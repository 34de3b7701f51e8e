import { defineReportMeta } from '../../data/report.ts';
import en from './text/en.json' with { type: 'json' };
import zhCN from './text/zh-CN.json' with { type: 'json' };

/** Report B: how the site cites it, and its chapters in the report's order; their words are in text/<locale>.json. */
export const META = defineReportMeta({
  id: 'trends-2020',
  letter: 'B',
  published: '2020-12',
  chapters: [
    { slug: 'preface', number: '' },
    { slug: 'landscape', number: '壹' },
    { slug: 'comparison', number: '贰' },
    { slug: 'outlook', number: '叁' },
  ],
  text: { 'zh-CN': zhCN, en },
});
