/**
 * Units used by the extracts. A column's unit lives in its schema (or, for the
 * long "stated figures" tables, in a `unit` column), never in a header name.
 * The measure words (件, 家 …) are locale data in src/i18n/formats/; `en` describes the unit for the data package.
 */
import { unitWord } from '../i18n/format.ts';

export const UNITS = {
  patent: { zh: unitWord('patent'), en: 'patents' },
  company: { zh: unitWord('company'), en: 'companies' },
  family: { zh: unitWord('family'), en: 'patent families' },
  country: { zh: unitWord('country'), en: 'countries or regions' },
  institution: { zh: unitWord('institution'), en: 'institutions' },
  project: { zh: unitWord('project'), en: 'projects' },
  item: { zh: unitWord('item'), en: 'items' },
  person: { zh: unitWord('person'), en: 'people' },
  person_trip: { zh: unitWord('person_trip'), en: 'person-trips' },
  transaction: { zh: unitWord('transaction'), en: 'transactions' },
  node: { zh: unitWord('node'), en: 'nodes' },
  merchant: { zh: unitWord('merchant'), en: 'merchants' },
  university: { zh: unitWord('university'), en: 'universities' },
  percent: { zh: unitWord('percent'), en: 'percent' },
  percentage_point: { zh: unitWord('percentage_point'), en: 'percentage points' },
  score: { zh: unitWord('score'), en: 'points (0–100)' },
  cny: { zh: unitWord('cny'), en: 'yuan (CNY)' },
  usd: { zh: unitWord('usd'), en: 'US dollars' },
  cny_per_year: { zh: unitWord('cny_per_year'), en: 'yuan per year' },
  usd_per_year: { zh: unitWord('usd_per_year'), en: 'US dollars per year' },
  tps: { zh: unitWord('tps'), en: 'transactions per second' },
  second: { zh: unitWord('second'), en: 'seconds' },
  day: { zh: unitWord('day'), en: 'days' },
  month: { zh: unitWord('month'), en: 'months' },
  year: { zh: unitWord('year'), en: 'years' },
  multiple: { zh: unitWord('multiple'), en: 'times' },
  calendar_year: { zh: unitWord('calendar_year'), en: 'calendar year (a date, not a duration)' },
  count: { zh: unitWord('count'), en: 'count' },
  rank: { zh: unitWord('rank'), en: 'rank' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type Unit = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]];
