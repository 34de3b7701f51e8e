import { z } from 'zod';
import { localized } from '../i18n/localized.ts';
import { col } from './columns.ts';
import { defineDataset, sourceColumns, type RowOf } from './dataset.ts';
import type { ReportId } from './report.ts';

/**
 * What the site does with each of a report's tables and figures: charted
 * (see the chart registry), stated in the chapter text, unpublished, a
 * diagram without values, or lost from the report's text.
 */
export const FIGURE_TREATMENTS = ['charted', 'text', 'unpublished', 'diagram', 'lost'] as const;
export type FigureTreatment = (typeof FIGURE_TREATMENTS)[number];

export const figuresSchema = (report: ReportId) => z.object({
  /** A table (表) or a figure (图). */
  kind: col.oneOf(['table', 'figure'], { title: localized('data.figures.kind'), description: localized('data.figures.kindValues') }),
  /** Its number in the report. */
  number: col.integer({ title: localized('data.figures.number'), unit: 'item' }, { min: 1 }),
  /** Caption as printed; blank where the report's text lost it. */
  caption: col.text({ title: localized('data.figures.caption'), description: localized('data.figures.captionMeans') }, { optional: true }),
  /** How the site shows it. */
  treatment: col.oneOf(FIGURE_TREATMENTS, {
    title: localized('data.figures.treatment'),
    description: localized('data.figures.treatmentValues'),
  }),
  /** Why, in a sentence (Chinese). */
  note: col.text({ title: localized('data.figures.note') }),
  ...sourceColumns(report),
});

export function figuresDataset(report: ReportId) {
  return defineDataset({
    id: `${report}/figures`,
    report,
    title: localized('data.figures.title'),
    description: localized('data.figures.description'),
    key: ['kind', 'number'],
    schema: figuresSchema(report),
  });
}

export type FigureRow = RowOf<ReturnType<typeof figuresDataset>>;
