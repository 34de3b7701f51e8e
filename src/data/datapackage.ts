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

/** Titles and descriptions in another language, beside the default ones (Table Schema lets descriptors carry extra properties). */
type Translations = Record<string, { title: string; description?: string }>;

function translated(entries: [Locale, { title: string; description?: string | undefined }][]): { i18n: Translations } | Record<string, never> {
  if (entries.length === 0) return {};
  return { i18n: Object.fromEntries(entries.map(([locale, words]) => [locale, { title: words.title, ...(words.description ? { description: words.description } : {}) }])) };
}

/**
 * The Frictionless data package of `catalog`, citing the reports as its
 * sources: titles and descriptions in `locale`, and every other edition's
 * under `i18n` on the package, each resource and each field, so one file
 * describes every column in both languages.
 */
export function buildDataPackage(catalog: Catalog, reportsOf: (locale: Locale) => readonly Report[], locale: Locale, others: readonly Locale[] = []) {
  const t = useTranslations(locale);
  const reports = reportsOf(locale);
  const summaryIn = (loaded: Parameters<typeof describeDataset>[0], inLocale: Locale) => {
    const report = reportsOf(inLocale).find((r) => r.id === loaded.def.report);
    if (!report) throw new Error(`dataset ${loaded.def.id}: no report ${loaded.def.report} among the sources`);
    return describeDataset(loaded, report, inLocale);
  };
  return {
    profile: 'tabular-data-package',
    name: 'ledger-atlas',
    title: t('data.package.title'),
    description: t('data.package.description'),
    ...translated(others.map((other) => [other, { title: useTranslations(other)('data.package.title'), description: useTranslations(other)('data.package.description') }])),
    sources: reports.map((r) => ({ title: r.subtitle ? t('report.titleWithSubtitle', { title: r.title, subtitle: r.subtitle }) : r.title, publisher: r.publisher, published: r.published })),
    resources: [...catalog.values()].map((loaded) => {
      const summary = summaryIn(loaded, locale);
      const elsewhere = others.map((other) => [other, summaryIn(loaded, other)] as const);
      return {
        name: loaded.def.id.replace('/', '-'),
        path: loaded.file,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: summary.title,
        description: summary.description,
        ...translated(elsewhere.map(([other, s]) => [other, { title: s.title, description: s.description }])),
        sources: summary.sources.map((title) => ({ title: `${summary.reportTitle} ${title}` })),
        schema: {
          fields: summary.columns.map((column, i) => ({
            ...field(column),
            ...translated(elsewhere.map(([other, s]) => [other, { title: s.columns[i]!.title, description: s.columns[i]!.description }])),
          })),
          primaryKey: [...loaded.def.key],
          missingValues: [''],
        },
      };
    }),
  };
}
