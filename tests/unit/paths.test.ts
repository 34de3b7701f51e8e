import { chartRegistry, EDITIONS, reportsIn } from '../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import { pageLocale } from '../../src/i18n/page-locale.ts';
import { chapterCardPath, chapterPath, chartCardPath, chartPagePath, chartPath, datasetPath, datasetSectionPath, downloadPath, embedPath, homePath, localePrefix, oembedPath, pagePath, pathInLocale, reportPrintPath } from '../../src/paths.ts';
import { chapterRoutes, chartRoutes, datasetFileRoutes, editionRoutes, reportRoutes } from '../../src/routes.ts';

const entry = { id: 'a-top50-scores', report: 'patents-2021', chapter: 'quality-index' } as const;

describe('paths', () => {
  it('puts the default locale at the root', () => {
    expect(localePrefix()).toBe('');
    expect(homePath()).toBe('/');
    expect(chapterPath('patents-2021', 'summary')).toBe('/patents-2021/summary/');
    expect(chartPath(entry)).toBe('/patents-2021/quality-index/#a-top50-scores');
    expect(embedPath(entry)).toBe('/embed/a-top50-scores/');
    expect(downloadPath(entry, 'png')).toBe('/downloads/a-top50-scores.png');
    expect(oembedPath(entry)).toBe('/oembed/a-top50-scores.json');
    expect(reportPrintPath('trends-2020')).toBe('/trends-2020/print/');
  });
  it('puts English under /en/ with the same slugs', () => {
    expect(homePath('en')).toBe('/en/');
    expect(chapterPath('patents-2021', 'summary', 'en')).toBe('/en/patents-2021/summary/');
    expect(embedPath(entry, 'en')).toBe('/en/embed/a-top50-scores/');
    expect(downloadPath(entry, 'csv', 'en')).toBe('/en/downloads/a-top50-scores.csv');
    expect(pagePath('/charts/', 'en')).toBe('/en/charts/');
  });
  it("gives each chart, card and dataset an address of its own, beside the dataset's CSV", () => {
    expect(chartPagePath(entry)).toBe('/charts/a-top50-scores/');
    expect(chartPagePath(entry, 'en')).toBe('/en/charts/a-top50-scores/');
    expect(chartCardPath(entry, 'en')).toBe('/en/cards/a-top50-scores.png');
    expect(chartCardPath(entry, 'zh-CN', 'thumb')).toBe('/cards/a-top50-scores.thumb.png');
    expect(chapterCardPath('patents-2021', 'summary', 'en')).toBe('/en/cards/patents-2021/summary.png');
    expect(datasetPath('patents-2021/top50')).toBe('/data/patents-2021/top50/');
    expect(datasetPath('patents-2021/top50', 'en')).toBe('/en/data/patents-2021/top50/');
    expect(datasetSectionPath('patents-2021/top50', 'en')).toBe('/en/data/#patents-2021--top50');
  });
  it('finds the same page in the other edition, and a page its edition', () => {
    expect(pathInLocale('/patents-2021/summary/', 'zh-CN', 'en')).toBe('/en/patents-2021/summary/');
    expect(pathInLocale('/en/patents-2021/summary/', 'en', 'zh-CN')).toBe('/patents-2021/summary/');
    expect(pathInLocale('/en/', 'en', 'zh-CN')).toBe('/');
    expect(pathInLocale('/', 'zh-CN', 'en')).toBe('/en/');
    // A Chinese path that merely starts with the letters "en" is not English.
    expect(pathInLocale('/entries/', 'en', 'zh-CN')).toBe('/entries/');
    expect(pageLocale(new URL('http://x/en/charts/'))).toBe('en');
    expect(pageLocale(new URL('http://x/en'))).toBe('en');
    expect(pageLocale(new URL('http://x/entries/'))).toBe('zh-CN');
    expect(pageLocale(new URL('http://x/charts/'))).toBe('zh-CN');
  });
});

describe('routes', () => {
  it('prepare one path per chart, chapter, report and dataset file in each edition, with what the page needs', () => {
    const charts = chartRoutes();
    expect(charts.filter((r) => r.params.locale === undefined).map((r) => r.params.id)).toEqual(chartRegistry().map((e) => e.id));
    expect(charts.filter((r) => r.params.locale === 'en').map((r) => r.params.id)).toEqual(chartRegistry('en').map((e) => e.id));
    expect(charts[0]!.props.entry).toBe(chartRegistry()[0]);
    expect(charts.find((r) => r.params.locale === 'en')!.props.entry.locale).toBe('en');
    expect(chapterRoutes().every((r) => chapterPath(r.props.page.report.id, r.params.chapter, r.props.page.locale) === `${r.params.locale ? `/${r.params.locale}` : ''}/${r.params.report}/${r.params.chapter}/`)).toBe(true);
    expect(chapterRoutes().length).toBe(EDITIONS.length * reportsIn().reduce((n, r) => n + r.chapters.length, 0));
    expect(reportRoutes().map((r) => `${r.params.locale ?? ''}/${r.params.report}`).sort()).toEqual(
      EDITIONS.flatMap((l) => reportsIn(l).map((r) => `${l === 'en' ? 'en' : ''}/${r.id}`)).sort(),
    );
    expect(editionRoutes().map((r) => r.params.locale)).toEqual([undefined, 'en']);
    const files = datasetFileRoutes();
    expect(files.filter((f) => f.params.file.endsWith('.utf8-bom.csv')).every((f) => f.props.body.startsWith('\uFEFF'))).toBe(true);
    expect(files.length % 2).toBe(0);
  });
});
