import { chartRegistry, REPORTS } from '../../src/reports/site.ts';
import { describe, expect, it } from 'vitest';
import { chapterPath, chartPath, downloadPath, embedPath, homePath, localePrefix, oembedPath, reportPrintPath } from '../../src/paths.ts';
import { chapterRoutes, chartRoutes, datasetFileRoutes, reportRoutes } from '../../src/routes.ts';

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
});

describe('routes', () => {
  it('prepare one path per chart, chapter, report and dataset file, with what the page needs', () => {
    const charts = chartRoutes();
    expect(charts.map((r) => r.params.id)).toEqual(chartRegistry().map((e) => e.id));
    expect(charts[0]!.props.entry).toBe(chartRegistry()[0]);
    expect(chapterRoutes().every((r) => chapterPath(r.props.page.report.id, r.params.chapter) === `/${r.params.report}/${r.params.chapter}/`)).toBe(true);
    expect(reportRoutes().map((r) => r.params.report).sort()).toEqual(REPORTS.map((r) => r.id).sort());
    const files = datasetFileRoutes();
    expect(files.filter((f) => f.params.file.endsWith('.utf8-bom.csv')).every((f) => f.props.body.startsWith('\uFEFF'))).toBe(true);
    expect(files.length % 2).toBe(0);
  });
});
