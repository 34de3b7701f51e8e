/** Small made-up data shaped like the reports' tables, shared by the chart tests. */
import type { RankedBarsRow } from '../../../src/charts/RankedBars/layout.ts';
import { LONG_LABEL } from './helpers.ts';

export const TOP_COMPANIES: RankedBarsRow[] = [
  { label: '蚂蚁集团', value: 99.0, highlight: true },
  { label: '平安集团', value: 91.8 },
  { label: '腾讯', value: 90.7 },
  { label: 'nChain', value: 86.5 },
  { label: '中国工商银行股份有限公司', value: 80.2 },
  { label: 'International Business Machines', value: 78.4 },
  { label: LONG_LABEL, value: 70.1 },
];

export const WIDTHS = [320, 1200] as const;
