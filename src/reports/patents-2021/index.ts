/** Report A, the 2021 blockchain patent quality report: everything the site shows of it. */
import { defineReport } from '../types.ts';
import { CHARTS, figureCoverage } from './charts/index.ts';
import { DATA } from './data.ts';
import { headlines } from './headlines.ts';
import { META } from './meta.ts';

/** Each chapter's text, loaded when its page is built. */
const chapters = {
  summary: () => import('./chapters/summary.astro'),
  'global-quality': () => import('./chapters/global-quality.astro'),
  'quality-index': () => import('./chapters/quality-index.astro'),
  industries: () => import('./chapters/industries.astro'),
  conclusion: () => import('./chapters/conclusion.astro'),
};

export default defineReport({ meta: META, data: DATA, charts: CHARTS, coverage: figureCoverage, chapters, headlines });
