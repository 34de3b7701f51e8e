/**
 * The reports of the site, in reading order. A report is one folder beside
 * this file (see types.ts for what it declares); adding one is its folder and
 * one line here. Everything that spans all reports reads this list through
 * site.ts.
 */
import type { ReportModule } from './types.ts';
import patents2021 from './patents-2021/index.ts';
import trends2020 from './trends-2020/index.ts';

export const REPORT_MODULES: readonly ReportModule[] = [patents2021, trends2020];
