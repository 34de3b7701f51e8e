import { chapterPages, chartRegistry, EDITIONS, loadCatalog, reportsIn } from './reports/site.ts';
import type { Locale } from './i18n/locales.ts';
import { localePrefix } from './paths.ts';
/**
 * The prepared paths of the dynamic routes: each route file's getStaticPaths
 * is one of these, so a page only picks its layout (Starlight's
 * routes/static pattern). Every page is built once per edition: the route
 * files live under src/pages/[...locale]/, whose parameter is empty for the
 * default language (served at the root) and the prefix for the others (en).
 * A new report or locale changes this file, not the routes.
 */

/** The `[...locale]` parameter of an edition: undefined at the root, "en" for /en/. */
export function localeParam(locale: Locale): string | undefined {
  return localePrefix(locale).slice(1) || undefined;
}

/** One route per edition, for the pages that exist once in each language (home, charts, data, about, search). */
export function editionRoutes() {
  return EDITIONS.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** One route per chart and edition: embed pages, downloads, oEmbed answers. */
export function chartRoutes() {
  return EDITIONS.flatMap((locale) => chartRegistry(locale).map((entry) => ({ params: { locale: localeParam(locale), id: entry.id }, props: { entry, locale } })));
}

/** One route per chapter of every report, in each edition. */
export function chapterRoutes() {
  return EDITIONS.flatMap((locale) =>
    chapterPages(locale).map((page) => ({ params: { locale: localeParam(locale), report: page.report.id, chapter: page.chapter.slug }, props: { page } })),
  );
}

/** One route per report and edition (its whole-report print view). */
export function reportRoutes() {
  return EDITIONS.flatMap((locale) => reportsIn(locale).map((report) => ({ params: { locale: localeParam(locale), report: report.id }, props: { report, locale } })));
}

/**
 * Each dataset's CSV twice: byte for byte as in data/, and with a UTF-8
 * byte-order mark so Excel opens the Chinese text correctly. The files are
 * the same for every edition, so they exist once, at the root.
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
