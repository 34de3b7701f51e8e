import { z } from 'zod';
import { localized, type Localized } from '../i18n/localized.ts';
import { col } from './columns.ts';
import { defineDataset, sourceColumns, type RowOf } from './dataset.ts';
import { QUALIFIERS } from './qualifiers.ts';
import type { ReportId } from './report.ts';

/**
 * How a stated figure is qualified in the text ("近 7800" is `nearly`, "超过
 * 4000" is `over`, "约 5000" is `about`) is defined with its tolerance in
 * src/data/qualifiers.ts; re-exported here for the pages that read figures.
 */
export { QUALIFIERS, QUALIFIER_PREFIX, type Qualifier } from './qualifiers.ts';

/**
 * The long table of single figures a report states in its prose (and the
 * totals and shares it prints beside tables), one figure per row.
 */
export const statedFiguresSchema = (report: ReportId) => z.object({
  /** Stable identifier used by queries and consistency checks, e.g. `cn_granted`. */
  id: col.text({ title: localized('data.stated.id') }),
  /** Group the figure belongs to, e.g. country comparison, talent, BSN. */
  topic: col.text({ title: localized('data.stated.topic') }),
  /** What is measured, Chinese. */
  metric_zh: col.text({ title: localized('data.stated.metric') }),
  /** What is measured, English. */
  metric_en: col.text({ title: localized('data.stated.metricEn') }),
  /** Who or what it is measured for (country, company, city…), Chinese; blank when general. */
  subject_zh: col.text({ title: localized('data.stated.subject') }, { optional: true }),
  /** The same subject in English. */
  subject_en: col.text({ title: localized('data.stated.subjectEn') }, { optional: true }),
  /** Period or date the figure refers to, as the report states it (e.g. 2015-01/2021-06, 2020, 截至 2020-11). */
  period: col.text({ title: localized('data.stated.period') }, { optional: true }),
  /** The figure as a plain number: 万 and 亿 multiplied out, percentages in percent. */
  value: col.number({ title: localized('data.stated.value'), description: localized('data.stated.valueMeans'), unit: 'item' }),
  /** Unit of `value`. */
  unit: col.unit({ title: localized('data.stated.unit') }),
  /** Whether the report gives the figure as exact, approximate or a bound. */
  qualifier: col.oneOf(QUALIFIERS, { title: localized('data.stated.qualifier'), description: localized('data.stated.qualifierValues') }),
  /** The figure as printed, e.g. 5.49 万件. */
  value_text: col.text({ title: localized('data.stated.valueText') }),
  ...sourceColumns(report),
});

export function statedFiguresDataset(report: ReportId, title: Localized, notes?: Localized<readonly string[]>) {
  return defineDataset({
    id: `${report}/stated-figures`,
    report,
    title,
    description: localized('data.stated.description'),
    key: ['id'],
    ...(notes ? { notes } : {}),
    schema: statedFiguresSchema(report),
  });
}

export type StatedFigure = RowOf<ReturnType<typeof statedFiguresDataset>>;
