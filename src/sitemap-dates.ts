/**
 * The sitemap's lastmod for each page: when the data it shows last changed
 * (src/data/updated.ts: git where the history is whole, else the files' own
 * dates). A chart page shows its chart's datasets; a chapter or report page,
 * its report's; the pages across reports (home, gallery, data, about), all of them.
 */
import { lastUpdatedOnce } from './data/updated.ts';
import { EDITIONS, chartRegistry, loadCatalog } from './reports/site.ts';
import { localePrefix } from './paths.ts';

export function sitemapLastmod(root = process.cwd()): (pathname: string) => string {
  const catalog = loadCatalog(root);
  const files = [...catalog.values()].map((d) => d.file);
  const chartFiles = new Map(chartRegistry().map((e) => [e.id, e.datasets.map((id) => catalog.get(id)!.file)]));
  const reportFiles = new Map<string, string[]>();
  for (const loaded of catalog.values()) reportFiles.set(loaded.def.report, [...(reportFiles.get(loaded.def.report) ?? []), loaded.file]);
  const prefixes = EDITIONS.map(localePrefix).filter(Boolean);
  return (pathname) => {
    const prefix = prefixes.find((p) => pathname === p || pathname.startsWith(`${p}/`)) ?? '';
    const [first, second] = pathname.slice(prefix.length).split('/').filter(Boolean);
    const own = (first === 'charts' && second ? chartFiles.get(second) : undefined) ?? (first ? reportFiles.get(first) : undefined) ?? files;
    return lastUpdatedOnce(own, root).date;
  };
}
