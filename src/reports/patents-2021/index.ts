/** Report A, the 2021 blockchain patent quality report: everything the site shows of it. */
import { defineReport } from '../types.ts';
import { chartsIn, figureCoverage } from './charts/index.ts';
import { DATA } from './data.ts';
import { headlines } from './headlines.ts';
import { META } from './meta.ts';

/** Each chapter's text in each language, loaded when its page is built. */
const chapters = {
  'zh-CN': {
    summary: () => import('./chapters/zh-CN/summary.astro'),
    'global-quality': () => import('./chapters/zh-CN/global-quality.astro'),
    'quality-index': () => import('./chapters/zh-CN/quality-index.astro'),
    industries: () => import('./chapters/zh-CN/industries.astro'),
    conclusion: () => import('./chapters/zh-CN/conclusion.astro'),
  },
  en: {
    summary: () => import('./chapters/en/summary.astro'),
    'global-quality': () => import('./chapters/en/global-quality.astro'),
    'quality-index': () => import('./chapters/en/quality-index.astro'),
    industries: () => import('./chapters/en/industries.astro'),
    conclusion: () => import('./chapters/en/conclusion.astro'),
  },
};

export default defineReport({ meta: META, data: DATA, charts: chartsIn, coverage: figureCoverage, chapters, headlines });
