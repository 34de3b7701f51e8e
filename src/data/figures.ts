import { z } from 'zod';
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
  kind: col.oneOf(['table', 'figure'], { title: '类型', description: 'table 表；figure 图' }),
  /** Its number in the report. */
  number: col.integer({ title: '编号', unit: 'item' }, { min: 1 }),
  /** Caption as printed; blank where the report's text lost it. */
  caption: col.text({ title: '图表标题', description: '报告原文的图表标题；文本缺失处留空' }, { optional: true }),
  /** How the site shows it. */
  treatment: col.oneOf(FIGURE_TREATMENTS, {
    title: '处理方式',
    description: 'charted 已绘制；text 数值写在正文；unpublished 数值未公布；diagram 示意图；lost 报告文本缺失',
  }),
  /** Why, in a sentence (Chinese). */
  note: col.text({ title: '说明' }),
  ...sourceColumns(report),
});

export function figuresDataset(report: ReportId) {
  return defineDataset({
    id: `${report}/figures`,
    report,
    title: '报告图表清单',
    description: '报告中每一张表和每一幅图，以及本站如何呈现它：已绘制、数值写在正文、数值未公布、示意图或文本缺失。构建时与图表登记表核对。',
    key: ['kind', 'number'],
    schema: figuresSchema(report),
  });
}

export type FigureRow = RowOf<ReturnType<typeof figuresDataset>>;
