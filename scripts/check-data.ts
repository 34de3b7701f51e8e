/**
 * `npm run check:data`: loads and checks every CSV before the site is built,
 * so a broken cell is reported in one line, without a stack trace.
 */

import { loadCatalog } from '../src/reports/site.ts';
import { DataError } from '../src/data/errors.ts';

try {
  const catalog = loadCatalog();
  let rows = 0;
  for (const loaded of catalog.values()) rows += loaded.rows.length;
  console.log(`data ok: ${catalog.size} datasets, ${rows} rows`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
