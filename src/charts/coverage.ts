/**
 * Every table and figure of a report, matched with the charts that draw
 * it. Generated from data/<report>/figures.csv and the chart registry, and
 * checked both ways: a figure marked charted must have a chart, and every
 * chart that names a report table or figure must find it in the list.
 */
import type { ReportId } from '../data/report.ts';
import { figureRef, type FigureRow } from '../data/figures.ts';
import type { ChartEntry } from './entry.ts';
import { chartPath } from '../paths.ts';
import { DEFAULT_LOCALE, SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';

export interface CoverageRow {
  report: ReportId;
  /** 表 2, 图 7 */
  ref: string;
  kind: FigureRow['kind'];
  number: number;
  caption: string | null;
  section: string;
  treatment: FigureRow['treatment'];
  note: string;
  charts: { id: string; title: string; path: string }[];
}

/** How the site treats each table or figure, in `locale`'s words. */
export function treatmentLabels(locale: Locale = DEFAULT_LOCALE): Record<FigureRow['treatment'], string> {
  const t = useTranslations(locale);
  return {
    charted: t('coverage.treatment.charted'),
    text: t('coverage.treatment.text'),
    unpublished: t('coverage.treatment.unpublished'),
    diagram: t('coverage.treatment.diagram'),
    lost: t('coverage.treatment.lost'),
  };
}



/** One report's tables and figures (its figures.csv rows) matched with its charts. */
export function figureCoverageOf(report: ReportId, figures: readonly FigureRow[], entries: readonly ChartEntry[], locale: Locale = DEFAULT_LOCALE): CoverageRow[] {
  // The captions and notes are written in the reports' language and, in their *_en columns, in English.
  const inSource = locale === SOURCE_LOCALE;
  const rows: CoverageRow[] = [];
  for (const figure of figures) {
    const ref = figureRef(figure);
    const charts = entries.filter((e) => e.report === report && e.ref === ref);
    if (figure.treatment === 'charted' && charts.length === 0) {
      throw new Error(`data/${report}/figures.csv: ${ref} is marked charted, but no chart in the registry has ref "${ref}"`);
    }
    if (figure.treatment !== 'charted' && charts.length > 0) {
      throw new Error(`data/${report}/figures.csv: ${ref} is marked ${figure.treatment}, but ${charts.map((c) => c.id).join(', ')} draw it`);
    }
    rows.push({
      report,
      ref,
      kind: figure.kind,
      number: figure.number,
      caption: inSource ? figure.caption : figure.caption_en,
      section: figure.section,
      treatment: figure.treatment,
      note: inSource ? figure.note : figure.note_en,
      charts: charts.map((c) => ({ id: c.id, title: c.title, path: chartPath(c, c.locale) })),
    });
  }
  for (const entry of entries.filter((e) => e.report === report)) {
    if (entry.ref && !rows.some((r) => r.report === entry.report && r.ref === entry.ref)) {
      throw new Error(`chart ${entry.id} names ${entry.ref}, which data/${entry.report}/figures.csv does not list`);
    }
  }
  return rows;
}
