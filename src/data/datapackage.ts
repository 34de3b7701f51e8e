/**
 * A Frictionless Data Package (tabular-data-package, Table Schema v1)
 * describing every CSV, generated from the same schemas the build validates
 * with, so the two can never drift apart.
 */
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { Catalog } from './catalog.ts';
import { describeDataset, type ColumnSummary } from './describe.ts';
import type { Report } from './report.ts';

function field(column: ColumnSummary) {
  const constraints: Record<string, unknown> = { required: column.required };
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.maximum !== undefined) constraints.maximum = column.maximum;
  if (column.enum) constraints.enum = [...column.enum];
  return {
    name: column.name,
    title: column.title,
    type: column.type,
    ...(column.type === 'date' || column.type === 'yearmonth' ? { format: 'default' } : {}),
    ...(column.description ? { description: column.description } : {}),
    ...(column.unit ? { unit: column.unit } : {}),
    constraints,
  };
}

/** The Frictionless data package of `catalog`, citing `reports` as its sources, with titles in `locale`. */
export function buildDataPackage(catalog: Catalog, reports: readonly Report[], locale: Locale) {
  const t = useTranslations(locale);
  return {
    profile: 'tabular-data-package',
    name: 'ledger-atlas',
    title: t('data.package.title'),
    description: t('data.package.description'),
    sources: reports.map((r) => ({ title: r.subtitle ? t('report.titleWithSubtitle', { title: r.title, subtitle: r.subtitle }) : r.title, publisher: r.publisher, published: r.published })),
    resources: [...catalog.values()].map((loaded) => {
      const report = reports.find((r) => r.id === loaded.def.report);
      if (!report) throw new Error(`dataset ${loaded.def.id}: no report ${loaded.def.report} among the sources`);
      const summary = describeDataset(loaded, report, locale);
      return {
        name: loaded.def.id.replace('/', '-'),
        path: loaded.file,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: summary.title,
        description: summary.description,
        sources: summary.sources.map((title) => ({ title: `${summary.reportTitle} ${title}` })),
        schema: {
          fields: summary.columns.map(field),
          primaryKey: [...loaded.def.key],
          missingValues: [''],
        },
      };
    }),
  };
}
