/** The report's datasets (data/patents-2021/*.csv), checked against each other when first read. */
import { defineReportData } from '../../data/catalog.ts';
import { PATENTS_2021_CHECKS } from './checks/index.ts';
import { META } from './meta.ts';
import { PATENTS_2021_DATASETS } from './schemas/index.ts';

/** The parts of the report's contents a row's section may begin with. */
const SECTIONS = ['引言', '一、', '二、', '三、', '四、'];

export const DATA = defineReportData({ report: META.id, dataRoot: 'data', datasets: PATENTS_2021_DATASETS, checks: PATENTS_2021_CHECKS, sections: SECTIONS, published: META.published });

/** Typed rows of one of the report's datasets (a test may pass its own catalog). */
export const rowsOf = DATA.rows;
