import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { col } from './columns.ts';
import type { ColumnText, datasetsOf, RowOf } from './dataset.ts';
import { QUALIFIERS } from './qualifiers.ts';

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
const STATED_COLUMNS = {
  /** Stable identifier used by queries and consistency checks, e.g. `cn_granted`. */
  id: col.text(),
  /** Group the figure belongs to, e.g. country comparison, talent, BSN. */
  topic: col.text(),
  /** What is measured, Chinese. */
  metric_zh: col.text(),
  /** What is measured, English. */
  metric_en: col.text(),
  /** Who or what it is measured for (country, company, city…), Chinese; blank when general. */
  subject_zh: col.text({ optional: true }),
  /** The same subject in English. */
  subject_en: col.text({ optional: true }),
  /** Period or date the figure refers to, as the report states it (e.g. 2015-01/2021-06, 2020, 截至 2020-11). */
  period: col.text({ optional: true }),
  /** The figure as a plain number: 万 and 亿 multiplied out, percentages in percent. */
  value: col.number({ unit: 'item' }),
  /** Unit of `value`. */
  unit: col.unit(),
  /** Whether the report gives the figure as exact, approximate or a bound. */
  qualifier: col.oneOf(QUALIFIERS),
  /** The figure as printed, e.g. 5.49 万件. */
  value_text: col.text(),
};

/** The columns are the same in every report's stated-figures.csv, so their words are the site's. */
function statedColumnText(locale: Locale): Record<keyof typeof STATED_COLUMNS, ColumnText> {
  const t = useTranslations(locale);
  return {
    id: { title: t('data.stated.id') },
    topic: { title: t('data.stated.topic') },
    metric_zh: { title: t('data.stated.metric') },
    metric_en: { title: t('data.stated.metricEn') },
    subject_zh: { title: t('data.stated.subject') },
    subject_en: { title: t('data.stated.subjectEn') },
    period: { title: t('data.stated.period') },
    value: { title: t('data.stated.value'), description: t('data.stated.valueMeans') },
    unit: { title: t('data.stated.unit') },
    qualifier: { title: t('data.stated.qualifier'), description: t('data.stated.qualifierValues') },
    value_text: { title: t('data.stated.valueText') },
  };
}

/** A report's stated-figures dataset, built with its dataset builder (its title and notes are the report's text). */
export function statedFiguresDataset(dataset: ReturnType<typeof datasetsOf>, rows: number) {
  return dataset('stated-figures', { key: ['id'], rows, schemaText: statedColumnText }, STATED_COLUMNS);
}

export type StatedFigure = RowOf<ReturnType<typeof statedFiguresDataset>>;
