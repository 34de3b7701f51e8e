/**
 * What the data page shows beside each dataset's description: the charts
 * drawn from it, when its file last changed, and its schema.org Dataset
 * record (src/data/dataset-jsonld.ts), composed here so the page only lays
 * them out.
 */
import { datasetJsonLd } from '../data/dataset-jsonld.ts';
import { describeDataset, type DatasetSummary } from '../data/describe.ts';
import { lastUpdatedOnce, type LastUpdated } from '../data/updated.ts';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/translate.ts';
import { chartPagePath, datasetPath, pagePath } from '../paths.ts';
import { chartRegistry, loadCatalog, reportMeta } from './site.ts';

export interface DatasetPageEntry {
  summary: DatasetSummary;
  /** The charts drawn from the dataset: title and page. */
  charts: { id: string; title: string; path: string }[];
  updated: LastUpdated;
  jsonLd: object;
}

export function datasetPageEntries(locale: Locale, site: URL): DatasetPageEntry[] {
  const t = useTranslations(locale);
  const charts = chartRegistry(locale);
  const absolute = (path: string) => new URL(path, site).href;
  return [...loadCatalog().values()].map((loaded) => {
    const report = reportMeta(loaded.def.report, locale);
    const summary = describeDataset(loaded, report, locale);
    const updated = lastUpdatedOnce([loaded.file]);
    return {
      summary,
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
}
