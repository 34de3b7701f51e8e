/** Report B, the 2020 global blockchain development trends report: everything the site shows of it. */
import { defineReport } from '../types.ts';
import { CHARTS, figureCoverage } from './charts/index.ts';
import { DATA } from './data.ts';
import { headlines } from './headlines.ts';
import { META } from './meta.ts';

/** Each chapter's text, loaded when its page is built. */
const chapters = {
  preface: () => import('./chapters/preface.astro'),
  landscape: () => import('./chapters/landscape.astro'),
  comparison: () => import('./chapters/comparison.astro'),
  outlook: () => import('./chapters/outlook.astro'),
};

export default defineReport({ meta: META, data: DATA, charts: CHARTS, coverage: figureCoverage, chapters, headlines });
