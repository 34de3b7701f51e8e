/** Report B, the 2020 global blockchain development trends report: everything the site shows of it. */
import { defineReport } from '../types.ts';
import { chartsIn, figureCoverage } from './charts/index.ts';
import { DATA } from './data.ts';
import { headlines } from './headlines.ts';
import { META } from './meta.ts';

/** Each chapter's text in each language, loaded when its page is built. */
const chapters = {
  'zh-CN': {
    preface: () => import('./chapters/zh-CN/preface.astro'),
    landscape: () => import('./chapters/zh-CN/landscape.astro'),
    comparison: () => import('./chapters/zh-CN/comparison.astro'),
    outlook: () => import('./chapters/zh-CN/outlook.astro'),
  },
  en: {
    preface: () => import('./chapters/en/preface.astro'),
    landscape: () => import('./chapters/en/landscape.astro'),
    comparison: () => import('./chapters/en/comparison.astro'),
    outlook: () => import('./chapters/en/outlook.astro'),
  },
};

export default defineReport({ meta: META, data: DATA, charts: chartsIn, coverage: figureCoverage, chapters, headlines });
