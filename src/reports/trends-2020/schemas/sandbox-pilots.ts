import { col } from '../../../data/columns.ts';
import type { RowOf } from '../../../data/dataset.ts';
import { dataset } from './dataset.ts';

/** 表 2: fintech innovation regulatory pilots (China's "sandbox") by city, with the blockchain share. */
export const sandboxPilots = dataset('sandbox-pilots', { key: ['city_en'], rows: 9 }, {
  /** Position of the row in 表 2, from 1. */
  table_order: col.integer({ unit: 'item' }, { min: 1 }),
  /** City as printed in 表 2. */
  city_zh: col.text(),
  /** Full name of the city or district as the prose gives it. */
  city_full_zh: col.text(),
  /** English name of the city. */
  city_en: col.text(),
  /** All pilot projects in the city (个). */
  total_projects: col.integer({ unit: 'project' }),
  /** Pilot projects involving blockchain (个). */
  blockchain_projects: col.integer({ unit: 'project' }),
});

export type SandboxPilotRow = RowOf<typeof sandboxPilots>;
