import { chapterPages, chartRegistry, loadCatalog, REPORTS } from './reports/site.ts';
/**
 * The prepared paths of the dynamic routes: each route file's getStaticPaths
 * is one of these, so a page only picks its layout (Starlight's
 * routes/static pattern). A new report or locale changes this file, not the
 * routes.
 */

/** One route per chart: embed pages, downloads, oEmbed answers. */
export function chartRoutes() {
  return chartRegistry().map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** One route per chapter of every report. */
export function chapterRoutes() {
  return chapterPages().map((page) => ({ params: { report: page.report.id, chapter: page.chapter.slug }, props: { page } }));
}

/** One route per report (its whole-report print view). */
export function reportRoutes() {
  return REPORTS.map((report) => ({ params: { report: report.id }, props: { report } }));
}

/**
 * Each dataset's CSV twice: byte for byte as in data/, and with a UTF-8
 * byte-order mark so Excel opens the Chinese text correctly.
 */
export function datasetFileRoutes() {
  return [...loadCatalog().values()].flatMap((loaded) => {
    const [report, name] = loaded.def.id.split('/') as [string, string];
    const plain = loaded.text.replace(/^\uFEFF/, '');
    return [
      { params: { report, file: `${name}.csv` }, props: { body: loaded.text } },
      { params: { report, file: `${name}.utf8-bom.csv` }, props: { body: `\uFEFF${plain}` } },
    ];
  });
}
