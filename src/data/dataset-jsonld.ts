/**
 * A dataset as a schema.org `Dataset`, the record Google Dataset Search and
 * other catalogues read (JSON-LD on the data page): name, a description of
 * 50 to 5,000 characters, who compiled it, its licence, the CSV download,
 * the columns it measures, the time it covers and the report it is based on.
 * Everything comes from the dataset's schema, texts and rows, as the data
 * page and datapackage.json do.
 */
import type { DatasetSummary } from './describe.ts';
import type { LoadedDataset } from './load.ts';
import type { Report } from './report.ts';

/** Google's bounds for a Dataset description. */
export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 5000;

const ISO_TIME = /\b\d{4}(?:-\d{2}(?:-\d{2})?)?\b/g;
const TIME_COLUMN_TYPES = new Set(['year', 'yearmonth', 'date']);
/** Columns that hold a time as text: a period ("2015-01/2021-06") or a date something held ("as of"). */
const TIME_COLUMN_NAMES = /^(period|as_of|date|month|year|pilot_month|published)$/;

/**
 * The time the rows cover, as ISO 8601 (`2015-01/2021-06`, or one point):
 * the earliest and latest dates in the dataset's time columns. A dataset with
 * none (a ranking as of the report) covers the time up to the report's
 * publication: `../<year>`, an open start, since its rows do not say when it begins.
 */
export function temporalCoverage(loaded: Pick<LoadedDataset, 'rows'>, columns: readonly { name: string; type: string }[], published: string): string {
  const timeColumns = columns.filter((c) => TIME_COLUMN_TYPES.has(c.type) || TIME_COLUMN_NAMES.test(c.name)).map((c) => c.name);
  const points: string[] = [];
  for (const row of loaded.rows as Record<string, unknown>[]) {
    for (const name of timeColumns) {
      const value = row[name];
      if (value === null || value === undefined) continue;
      points.push(...(String(value).match(ISO_TIME) ?? []));
    }
  }
  const year = published.match(/\d{4}/)?.[0] ?? published;
  if (points.length === 0) return `../${year}`;
  // Sorting ISO strings sorts the times; a year sorts before its months, which is what a start wants.
  points.sort();
  const [first, last] = [points[0]!, points[points.length - 1]!];
  return first === last ? first : `${first}/${last}`;
}

export interface DatasetJsonLdInput {
  summary: DatasetSummary;
  loaded: Pick<LoadedDataset, 'rows'>;
  report: Report;
  /** Absolute URLs. */
  pageUrl: string;
  csvUrl: string;
  licenceUrl: string;
  siteUrl: string;
  siteName: string;
  catalogName: string;
  dateModified: string;
  /** The sentence on where the rows come from, in the page's language. */
  sourceSentence: string;
}

/** The description: the dataset's own, then where its rows come from, cut to Google's maximum. */
export function datasetDescription(description: string, sourceSentence: string): string {
  const text = `${description.trim()} ${sourceSentence.trim()}`.trim();
  if (text.length < DESCRIPTION_MIN) throw new Error(`dataset description too short for Dataset Search (${text.length} < ${DESCRIPTION_MIN} characters): ${text}`);
  return text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text;
}

export function datasetJsonLd(input: DatasetJsonLdInput): object {
  const { summary, report } = input;
  const site = { '@type': 'Organization', name: input.siteName, url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': input.pageUrl,
    name: summary.title,
    description: datasetDescription(summary.description, input.sourceSentence),
    url: input.pageUrl,
    identifier: summary.id,
    inLanguage: report.locale,
    isAccessibleForFree: true,
    creator: site,
    publisher: site,
    license: input.licenceUrl,
    dateModified: input.dateModified,
    distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: input.csvUrl }],
    variableMeasured: summary.columns.map((c) => ({
      '@type': 'PropertyValue',
      name: c.name,
      description: c.description ? `${c.title}: ${c.description}` : c.title,
      ...(c.unitLabel ? { unitText: c.unitLabel } : {}),
    })),
    temporalCoverage: temporalCoverage(input.loaded, summary.columns, report.published),
    isBasedOn: {
      '@type': 'Report',
      name: report.subtitle ? `${report.title}: ${report.subtitle}` : report.title,
      author: { '@type': 'Organization', name: report.publisher },
      datePublished: report.published.match(/\d{4}(?:-\d{2})?/)?.[0] ?? report.published,
    },
    includedInDataCatalog: { '@type': 'DataCatalog', name: input.catalogName, url: input.siteUrl },
  };
}
