import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

export const FORECAST_REGIONS = ['global', 'cn'] as const;
export const FORECAST_KINDS = ['forecast'] as const;

/** IDC blockchain spending forecasts the prose quotes (图 2 global, 图 7 China): only the published points. */
export const marketForecasts = dataset('market-forecasts', { key: ['region', 'year'], rows: 3 }, {
  /** global or cn. */
  region: col.oneOf(FORECAST_REGIONS),
  /** Region, Chinese. */
  region_zh: col.text(),
  /** Region, English. */
  region_en: col.text(),
  /** Year the spending refers to. */
  year: col.year({ future: true }),
  /** Forecast spending in US dollars, 亿 multiplied out. */
  value_usd: col.number({ unit: 'usd' }, { min: 0 }),
  /** The value as printed, e.g. 42.8亿美元. */
  value_text: col.text(),
  /** Whether the point is a forecast (all points here are). */
  kind: col.oneOf(FORECAST_KINDS),
  /** Who made the forecast. */
  publisher: col.text(),
  /** Publication title as the report names it in Chinese. */
  publication_zh: col.text(),
  /** Publication title and version in English, as the report gives it. */
  publication_en: col.text(),
  /** IDC version code, e.g. 2020V1. */
  edition: col.text(),
  /** Month the publication came out, when the report says. */
  published: col.yearMonth({ optional: true }),
});

export type MarketForecastRow = RowOf<typeof marketForecasts>;
