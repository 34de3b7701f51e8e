/**
 * Writes tests/fixtures/report-figures/<report>.tsv from the report texts
 * (LEDGER_SOURCES or ../shared/seeds): the list of tables and figures the
 * coverage test checks against when the texts are not on the machine.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { captionsInReport, FIGURE_LIST_DIR, formatFigureList, SOURCE_FILES, sourcesDir } from '../tests/report-sources.ts';
import { readFileSync } from 'node:fs';

const dir = sourcesDir();
if (!dir) {
  console.error('No report texts here: set LEDGER_SOURCES to the folder that holds them.');
  process.exit(1);
}
for (const [report, file] of Object.entries(SOURCE_FILES)) {
  const figures = captionsInReport(readFileSync(join(dir, file), 'utf8'));
  writeFileSync(join(FIGURE_LIST_DIR, `${report}.tsv`), formatFigureList(report, figures));
  console.log(`${report}: ${figures.length} tables and figures`);
}
