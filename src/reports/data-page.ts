/**
 * What the data page shows beside each dataset's description: the charts
 * drawn from it, when its file last changed, and its schema.org Dataset
 * record (src/data/dataset-jsonld.ts), composed here so the page only lays
 * them out.
 */
import { datasetJsonLd } from '../data/dataset-jsonld.ts';
import { describeDataset, describeRows, type DatasetSummary, type RowView } from '../data/describe.ts';
import { lastUpdatedOnce, type LastUpdated } from '../data/updated.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { chartPagePath, datasetPath, pagePath } from '../paths.ts';
import type { Catalog } from '../data/catalog.ts';
import { chartRegistry, loadCatalog, reportMeta } from './site.ts';

export interface DatasetPageEntry {
  summary: DatasetSummary;
  /** The charts drawn from the dataset: title and page. */
  charts: { id: string; title: string; path: string }[];
  updated: LastUpdated;
  jsonLd: object;
  /** Every row, each with the anchor that chapter prose links its figures to. */
  rows: RowView[];
}

const entriesMemo = new Map<string, DatasetPageEntry[]>();

export function datasetPageEntries(locale: Locale, site: URL): DatasetPageEntry[] {
  const key = `${locale}|${site}`;
  const found = entriesMemo.get(key);
  if (found) return found;
  const t = useTranslations(locale);
  const charts = chartRegistry(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const catalog: Catalog = loadCatalog();
  const entries = [...catalog.values()].map((loaded) => {
    const report = reportMeta(loaded.def.report, locale);
    const summary = describeDataset(loaded, report, locale);
    const updated = lastUpdatedOnce([loaded.file]);
    return {
      summary,
      rows: describeRows(loaded),
      charts: charts.filter((e) => e.datasets.includes(summary.id)).map((e) => ({ id: e.id, title: e.title, path: chartPagePath(e, locale) })),
      updated,
      jsonLd: datasetJsonLd({
        summary,
        loaded,
        report,
        pageUrl: absolute(datasetPath(summary.id, locale)),
        csvUrl: absolute(summary.csvPath),
        licenceUrl: absolute(`${pagePath('/about/', locale)}#licence`),
        siteUrl: absolute(pagePath('/', locale)),
        siteName: t('site.name'),
        catalogName: t('data.package.title'),
        dateModified: updated.date,
        sourceSentence: t('dataset.jsonLdSource', {
          letter: summary.reportLetter,
          title: summary.reportTitle,
          publisher: report.publisher,
          rows: summary.rowCount,
          sources: summary.sources.join(t('dataset.sourceSeparator')),
        }),
      }),
    };
  });
  entriesMemo.set(key, entries);
  return entries;
}

/**
 * The data page as a schema.org DataCatalog: its datasets by the address of
 * their own pages, where each one's full Dataset record is.
 */
export function catalogJsonLd(entries: readonly DatasetPageEntry[], locale: Locale, site: URL): object {
  const t = useTranslations(locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    name: t('data.package.title'),
    description: t('data.package.description'),
    url: new URL(pagePath('/data/', locale), site).href,
    inLanguage: locale,
    creator: { '@type': 'Organization', name: t('site.name'), url: new URL(pagePath('/', locale), site).href },
    dataset: entries.map((e) => ({ '@type': 'Dataset', '@id': (e.jsonLd as { '@id': string })['@id'], name: e.summary.title, url: (e.jsonLd as { url: string }).url })),
  };
}
