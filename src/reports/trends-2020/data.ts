/** The report's datasets (data/trends-2020/*.csv), checked against each other when first read. */
import { defineReportData } from '../../data/catalog.ts';
import { TRENDS_2020_CHECKS } from './checks.ts';
import { META } from './meta.ts';
import { TRENDS_2020_DATASETS } from './schemas/index.ts';

/** The parts of the report's contents a row's section may begin with. */
const SECTIONS = ['目录', '壹.', '贰.', '叁.', '封底'];

/** Figures the report states that the site records for completeness but does not print. */
const UNSHOWN = {
  fisco_app_cases: '表 4 prints it inside the community cell that the comparison table shows whole, from platform-comparison.csv',
  webank_visions: "the back cover's profile of the publisher WeBank, left out of the chapters as marketing",
  webank_tech_areas: "the back cover's profile of the publisher WeBank, left out of the chapters as marketing",
  webank_patent_applications: "the back cover's profile of the publisher WeBank, left out of the chapters as marketing",
};

export const DATA = defineReportData({ report: META.id, dataRoot: 'data', datasets: TRENDS_2020_DATASETS, checks: TRENDS_2020_CHECKS, sections: SECTIONS, published: META.published, unshown: UNSHOWN });

/** Typed rows of one of the report's datasets (a test may pass its own catalog). */
export const rowsOf = DATA.rows;
