import { chapterContext, chapterPages, chartRegistry, EDITIONS, loadCatalog, reportsIn } from './reports/site.ts';
import type { CardSpec } from './embed/cards.ts';
import { localeInfo, type Locale } from './i18n/locales.ts';
import { useTranslations } from './i18n/translate.ts';
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

const latinEdition = (locale: Locale) => !localeInfo(locale).htmlLang.startsWith('zh');

/** The share card of every chart in an edition, in the registry's order. */
export function chartCards(locale: Locale): CardSpec[] {
  const siteName = useTranslations(locale)('site.name');
  return chartRegistry(locale).map((entry) => ({
    key: `${locale}|chart|${entry.id}`,
    siteName,
    context: chapterContext(entry.report, entry.chapter, locale),
    title: entry.title,
    chart: entry,
    latin: latinEdition(locale),
  }));
}

/** The share card of every chapter in an edition: its title over its first chart. */
export function chapterCards(locale: Locale): CardSpec[] {
  const siteName = useTranslations(locale)('site.name');
  return chapterPages(locale).map((page) => {
    const chart = chartRegistry(locale).find((e) => e.report === page.report.id && e.chapter === page.chapter.slug);
    return {
      key: `${locale}|chapter|${page.report.id}/${page.chapter.slug}`,
      siteName,
      context: `${useTranslations(locale)('report.label', { letter: page.report.letter })} · ${page.report.title}`,
      title: page.chapter.number ? useTranslations(locale)('chapter.numbered', { number: page.chapter.number, title: page.chapter.title }) : page.chapter.title,
      ...(chart ? { chart } : {}),
      latin: latinEdition(locale),
    };
  });
}

/** Every card of the build, both editions: what one font subset must cover. */
let cards: CardSpec[] | undefined;
export function allCards(): CardSpec[] {
  return (cards ??= EDITIONS.flatMap((locale) => [...chartCards(locale), ...chapterCards(locale)]));
}

/** /cards/<id>.png and /cards/<id>.thumb.png, per edition. */
export function chartCardRoutes() {
  return EDITIONS.flatMap((locale) =>
    chartCards(locale).flatMap((card) =>
      (['card', 'thumb'] as const).map((size) => ({ params: { locale: localeParam(locale), id: size === 'thumb' ? `${card.chart!.id}.thumb` : card.chart!.id }, props: { card, size } })),
    ),
  );
}

/** /cards/<report>/<chapter>.png, per edition. */
export function chapterCardRoutes() {
  return EDITIONS.flatMap((locale) => {
    const cards = chapterCards(locale);
    return chapterPages(locale).map((page, i) => ({ params: { locale: localeParam(locale), report: page.report.id, chapter: page.chapter.slug }, props: { card: cards[i]! } }));
  });
}

/** One page per dataset and edition: /data/<report>/<name>/. */
export function datasetRoutes() {
  return EDITIONS.flatMap((locale) =>
    [...loadCatalog().values()].map((loaded) => {
      const [report, name] = loaded.def.id.split('/') as [string, string];
      return { params: { locale: localeParam(locale), report, name }, props: { id: loaded.def.id, locale } };
    }),
  );
}
