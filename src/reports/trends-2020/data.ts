/** The report's datasets (data/trends-2020/*.csv), checked against each other when first read. */
import { defineReportData } from '../../data/catalog.ts';
import { TRENDS_2020_CHECKS } from './checks.ts';
import { META } from './meta.ts';
import { TRENDS_2020_DATASETS } from './schemas/index.ts';

/** The parts of the report's contents a row's section may begin with. */
const SECTIONS = ['目录', '壹.', '贰.', '叁.', '封底'];

export const DATA = defineReportData({ report: META.id, dataRoot: 'data', datasets: TRENDS_2020_DATASETS, checks: TRENDS_2020_CHECKS, sections: SECTIONS, published: META.published });

/** Typed rows of one of the report's datasets (a test may pass its own catalog). */
export const rowsOf = DATA.rows;
