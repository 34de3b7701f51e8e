import type { DatasetDef } from '../../dataset.ts';

/** Report B's extracts, in the order of the report. */
export const TRENDS_2020_DATASETS: readonly DatasetDef[] = [];
