/**
 * What a chart's own page says beyond the figure: which datasets and rows it
 * reads, when they last changed, the citation, and the schema.org record of
 * its images. Composed here, from the chart's declaration and the loaded
 * data, so the page only lays it out.
 */
import type { ChartEntry } from '../charts/entry.ts';
import { describeDataset } from '../data/describe.ts';
import { lastUpdatedOnce, type LastUpdated } from '../data/updated.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../embed/card.ts';
import { chartPngSize } from '../embed/downloads.ts';
import { citationBibtex, citationText } from '../figure/citation.ts';
import { captionOf } from '../figure/caption.ts';
import { referenceIn } from '../i18n/references.ts';
import { useTranslations } from '../i18n/translate.ts';
import { chartCardPath, chartPagePath, datasetPath, downloadPath, pagePath } from '../paths.ts';
import { loadCatalog, reportMeta } from './site.ts';

export interface DatasetUse {
  id: string;
  title: string;
  /** The dataset's section on the data page. */
  path: string;
  csvPath: string;
  rowCount: number;
  /** The rows of the chart's own table or figure (their `source_ref`), with their lines in the CSV; null when the chart picks rows otherwise. */
  rowsOfRef: { ref: string; count: number; lines: string } | null;
}

export interface ChartPageFacts {
  datasets: DatasetUse[];
  updated: LastUpdated;
  citation: string;
  bibtex: string;
  jsonLd: object[];
}

/** "2–51" for consecutive lines, else "2, 5, 9–12". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

export async function chartPageFacts(entry: ChartEntry, site: URL): Promise<ChartPageFacts> {
  const { locale } = entry;
  const t = useTranslations(locale);
  const catalog = loadCatalog();
  const report = reportMeta(entry.report, locale);
  const datasets = entry.datasets.map((id): DatasetUse => {
    const loaded = catalog.get(id);
    if (!loaded) throw new Error(`chart ${entry.id} names dataset ${id}, which no report declares`);
    const summary = describeDataset(loaded, report, locale);
    const lines = (loaded.rows as { source_ref?: string | null }[]).flatMap((row, i) => (entry.ref && row.source_ref === entry.ref ? [loaded.lines[i]!] : []));
    return {
      id,
      title: summary.title,
      path: datasetPath(id, locale),
      csvPath: summary.csvPath,
      rowCount: summary.rowCount,
      rowsOfRef: entry.ref && lines.length > 0 ? { ref: referenceIn(entry.ref, locale), count: lines.length, lines: lineRanges(lines) } : null,
    };
  });
  // The files as the catalog read them (a report may keep its data outside data/).
  const files = entry.datasets.map((id) => catalog.get(id)!.file);
  const updated = lastUpdatedOnce(files);
  const url = new URL(chartPagePath(entry, locale), site).href;
  const licence = new URL(`${pagePath('/about/', locale)}#licence`, site).href;
  const png = await chartPngSize(entry, site);
  const caption = captionOf(entry);
  const creator = { '@type': 'Organization', name: t('site.name'), url: new URL(pagePath('/', locale), site).href };
  const image = (contentUrl: string, width: number, height: number) => ({
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    contentUrl,
    url,
    name: entry.title,
    caption: caption.subtitle ?? caption.source,
    encodingFormat: 'image/png',
    width,
    height,
    inLanguage: locale,
    license: licence,
    acquireLicensePage: licence,
    creditText: t('chartPage.creditText', { publisher: report.publisher }),
    copyrightNotice: t('chartPage.copyrightNotice', { publisher: report.publisher }),
    creator,
    dateModified: updated.date,
  });
  return {
    datasets,
    updated,
    citation: citationText({ entry, url, updated: updated.date }),
    bibtex: citationBibtex({ entry, url, updated: updated.date }),
    jsonLd: [
      image(new URL(downloadPath(entry, 'png', locale), site).href, png.width, png.height),
      image(new URL(chartCardPath(entry, locale), site).href, CARD_WIDTH, CARD_HEIGHT),
    ],
  };
}
