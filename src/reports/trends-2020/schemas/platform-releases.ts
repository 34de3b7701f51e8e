import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** Versions of Hyperledger Fabric and FISCO BCOS the report dates, one row per release. */
export const platformReleases = dataset('platform-releases', { key: ['platform', 'version'], rows: 4 }, {
  /** Platform name. */
  platform: col.text(),
  /** Version as the report writes it, without a leading v. */
  version: col.text(),
  /** Year of release. */
  year: col.year(),
  /** Month of release, YYYY-MM, when stated. */
  month: col.yearMonth({ optional: true }),
});

export type PlatformReleaseRow = RowOf<typeof platformReleases>;
