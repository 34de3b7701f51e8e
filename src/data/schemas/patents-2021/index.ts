import type { DatasetDef } from '../../dataset.ts';
import { top50 } from './top50.ts';

/** Report A's extracts, in the order of the report. */
export const PATENTS_2021_DATASETS: readonly DatasetDef[] = [top50];
