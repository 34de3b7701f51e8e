import { z } from 'zod';
import { everyLocale } from '../i18n/localized.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { col } from './columns.ts';
import { defineDataset, sourceColumns, sourceColumnText, type DatasetText, type RowOf } from './dataset.ts';
import type { ReportId } from './report.ts';

/**
 * What the site does with each of a report's tables and figures: charted
 * (see the chart registry), stated in the chapter text, unpublished, a
 * diagram without values, or lost from the report's text.
 */
export const FIGURE_TREATMENTS = ['charted', 'text', 'unpublished', 'diagram', 'lost'] as const;
export type FigureTreatment = (typeof FIGURE_TREATMENTS)[number];

/** What a figures.csv holds, cell by cell. */
const FIGURE_COLUMNS = {
  /** A table (表) or a figure (图). */
  kind: col.oneOf(['table', 'figure']),
  /** Its number in the report. */
  number: col.integer({ unit: 'item' }, { min: 1 }),
  /** Caption as printed; blank where the report's text lost it. */
  caption: col.text({ optional: true }),
  /** How the site shows it. */
  treatment: col.oneOf(FIGURE_TREATMENTS),
  /** Why, in a sentence. */
  note: col.text(),
  /** The caption in English, for the English edition; blank where the report's text lost it. */
  caption_en: col.text({ optional: true }),
  /** Why, in English. */
  note_en: col.text(),
};

/** Every report's figures.csv is the same table, so its words are the site's, not the report's. */
function figuresText(report: ReportId, locale: Locale): DatasetText {
  const t = useTranslations(locale);
  return {
    title: t('data.figures.title'),
    description: t('data.figures.description'),
    columns: {
      kind: { title: t('data.figures.kind'), description: t('data.figures.kindValues') },
      number: { title: t('data.figures.number') },
      caption: { title: t('data.figures.caption'), description: t('data.figures.captionMeans') },
      treatment: { title: t('data.figures.treatment'), description: t('data.figures.treatmentValues') },
      note: { title: t('data.figures.note') },
      caption_en: { title: t('data.figures.captionEn') },
      note_en: { title: t('data.figures.noteEn') },
      ...sourceColumnText(report, locale),
    },
  };
}

/** A report's figures.csv; `rows` (its tables plus figures) pins the list when the report registers it. */
export function figuresDataset(report: ReportId, rows?: number) {
  return defineDataset({
    id: `${report}/figures`,
    report,
    ...(rows === undefined ? {} : { rows }),
    key: ['kind', 'number'],
    schema: z.object({ ...FIGURE_COLUMNS, ...sourceColumns(report) }),
    text: everyLocale((locale) => figuresText(report, locale)),
  });
}

export type FigureRow = RowOf<ReturnType<typeof figuresDataset>>;

/**
 * How rows cite a table or figure ("表 2", "图 7"): the source reports' own
 * words, so written in their language whatever locale a page is in. It is
 * the key that ties a figure to its charts and a row to its source.
 */
export function figureRef(figure: Pick<FigureRow, 'kind' | 'number'>): string {
  const t = useTranslations(SOURCE_LOCALE);
  return t(figure.kind === 'table' ? 'coverage.ref.table' : 'coverage.ref.figure', { number: figure.number });
}
