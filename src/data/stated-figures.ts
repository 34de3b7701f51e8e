import { z } from 'zod';
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
  id: col.text({ title: '编号' }),
  /** Group the figure belongs to, e.g. country comparison, talent, BSN. */
  topic: col.text({ title: '主题' }),
  /** What is measured, Chinese. */
  metric_zh: col.text({ title: '指标' }),
  /** What is measured, English. */
  metric_en: col.text({ title: '指标（英文）' }),
  /** Who or what it is measured for (country, company, city…), Chinese; blank when general. */
  subject_zh: col.text({ title: '对象' }, { optional: true }),
  /** The same subject in English. */
  subject_en: col.text({ title: '对象（英文）' }, { optional: true }),
  /** Period or date the figure refers to, as the report states it (e.g. 2015-01/2021-06, 2020, 截至 2020-11). */
  period: col.text({ title: '时间' }, { optional: true }),
  /** The figure as a plain number: 万 and 亿 multiplied out, percentages in percent. */
  value: col.number({ title: '数值', description: '已换算为普通数字（万、亿已展开）；单位见 unit 列', unit: 'item' }),
  /** Unit of `value`. */
  unit: col.unit({ title: '单位' }),
  /** Whether the report gives the figure as exact, approximate or a bound. */
  qualifier: col.oneOf(QUALIFIERS, { title: '限定', description: 'exact 精确；about 约；nearly 近；over 超过；at_least 不少于；under 不足' }),
  /** The figure as printed, e.g. 5.49 万件. */
  value_text: col.text({ title: '原文数值' }),
  ...sourceColumns(report),
});

export function statedFiguresDataset(report: ReportId, title: string, notes: readonly string[] = []) {
  return defineDataset({
    id: `${report}/stated-figures`,
    report,
    title,
    description: '报告正文中给出的单个数字，一行一个，附原文写法、单位与出处；合计与占比类数字也在此，供构建时与表格数据互相核对。',
    key: ['id'],
    notes,
    schema: statedFiguresSchema(report),
  });
}

export type StatedFigure = RowOf<ReturnType<typeof statedFiguresDataset>>;
