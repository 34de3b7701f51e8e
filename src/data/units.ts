/**
 * Units used by the extracts. A column's unit lives in its schema (or, for the
 * long "stated figures" tables, in a `unit` column), never in a header name.
 */
export const UNITS = {
  patent: { zh: '件', en: 'patents' },
  company: { zh: '家', en: 'companies' },
  family: { zh: '组', en: 'patent families' },
  country: { zh: '个', en: 'countries or regions' },
  institution: { zh: '家', en: 'institutions' },
  project: { zh: '个', en: 'projects' },
  item: { zh: '项', en: 'items' },
  person: { zh: '人', en: 'people' },
  person_trip: { zh: '人次', en: 'person-trips' },
  transaction: { zh: '笔', en: 'transactions' },
  node: { zh: '个', en: 'nodes' },
  merchant: { zh: '家', en: 'merchants' },
  university: { zh: '所', en: 'universities' },
  percent: { zh: '%', en: 'percent' },
  percentage_point: { zh: '个百分点', en: 'percentage points' },
  score: { zh: '分', en: 'points (0–100)' },
  cny: { zh: '元', en: 'yuan (CNY)' },
  usd: { zh: '美元', en: 'US dollars' },
  cny_per_year: { zh: '元/年', en: 'yuan per year' },
  usd_per_year: { zh: '美元/年', en: 'US dollars per year' },
  tps: { zh: 'TPS', en: 'transactions per second' },
  second: { zh: '秒', en: 'seconds' },
  day: { zh: '天', en: 'days' },
  month: { zh: '个月', en: 'months' },
  year: { zh: '年', en: 'years' },
  multiple: { zh: '倍', en: 'times' },
  calendar_year: { zh: '年', en: 'calendar year (a date, not a duration)' },
  count: { zh: '个', en: 'count' },
  rank: { zh: '位', en: 'rank' },
} as const;

export type Unit = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [Unit, ...Unit[]];
