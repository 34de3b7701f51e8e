import type { Top50Row } from '../schemas/patents-2021/top50.ts';
import { dataset, failAt, type Check } from './support.ts';

/** 表 2 is a ranking: ranks 1..50 each once, scores never rising down the table. */
const top50IsARanking: Check = (catalog) => {
  const loaded = dataset(catalog, 'patents-2021/top50');
  const rows = loaded.rows as Top50Row[];
  if (rows.length !== 50) failAt(loaded, rows.length - 1, 'rank', `TOP50 must have 50 rows, found ${rows.length}`);
  rows.forEach((row, i) => {
    if (row.rank !== i + 1) failAt(loaded, i, 'rank', `ranks must run 1..50 in order; expected ${i + 1} here`);
    const above = rows[i - 1];
    if (above && row.score > above.score) {
      failAt(loaded, i, 'score', `score rises above rank ${above.rank}'s ${above.score}; a ranking's scores never rise`);
    }
  });
};

export const PATENTS_2021_CHECKS: readonly Check[] = [top50IsARanking];
