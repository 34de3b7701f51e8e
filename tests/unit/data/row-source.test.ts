import { describe, expect, test } from 'vitest';
import { datasetOfRow, rowAnchor, sourceOfRow } from '../../../src/data/row-source.ts';
import { describeRows } from '../../../src/data/describe.ts';
import { countryFigure, industryRows, statedFigure, top50Rows } from '../../../src/reports/patents-2021/queries.ts';
import { DATA } from '../../../src/reports/patents-2021/data.ts';
import { sectionIn } from '../../../src/i18n/references.ts';

describe('rows know their source', () => {
  test('a stated figure says its dataset, anchor, section and the value as printed', () => {
    const world = countryFigure(null, 'applications')!;
    expect(sourceOfRow(world)).toEqual({
      dataset: 'patents-2021/country-comparison',
      anchor: 'country-comparison-world-applications',
      report: 'patents-2021',
      section: '一、1.',
      sourceRef: '图 1',
      printed: world.value_text,
    });
    expect(sourceOfRow(statedFigure('policy_backbone_target_low'))?.sourceRef).toBeNull();
  });

  test('a table cell is printed as the cell, and an unknown column is refused', () => {
    const finance = industryRows()[0]!;
    const source = sourceOfRow(finance, 'granted')!;
    expect(source.printed).toBe(String(finance.granted));
    expect(source.anchor).toBe(`industries-${finance.name_zh}`);
    expect(() => sourceOfRow(finance, 'nonexistent')).toThrow(/no column "nonexistent"/u);
  });

  test('an object the loader did not make has no source', () => {
    expect(datasetOfRow({ value: 1 })).toBeUndefined();
    expect(sourceOfRow({ value: 1 })).toBeUndefined();
  });

  test('anchors come from the key columns, not the row position', () => {
    const def = { id: 'r/things', key: ['code', 'metric'] as const };
    expect(rowAnchor(def, { code: 'CN', metric: 'grant_rate' })).toBe('things-cn-grant-rate');
    expect(rowAnchor(def, { code: null, metric: 'grant_rate' })).toBe('things-none-grant-rate');
    const rows = top50Rows();
    const anchors = describeRows(DATA.catalog().get('patents-2021/top50')!).map((r) => r.anchor);
    expect(anchors[2]).toBe(`top50-${rows[2]!.rank}`);
    expect(new Set(anchors).size).toBe(rows.length);
  });

  test('every row of every dataset has an anchor of its own', () => {
    for (const loaded of DATA.catalog().values()) {
      const anchors = describeRows(loaded).map((r) => r.anchor);
      expect(new Set(anchors).size, loaded.def.id).toBe(anchors.length);
    }
  });
});

describe('sections read as a reader names them', () => {
  test.each([
    ['二、', 'zh-CN', '第二章'],
    ['一、1.', 'zh-CN', '第一章1.'],
    ['引言', 'zh-CN', '引言'],
    ['二、', 'en', 'Section 2'],
    ['一、1.', 'en', 'Section 1.1'],
    ['引言', 'en', 'Introduction'],
  ] as const)('%s in %s', (section, locale, expected) => {
    expect(sectionIn(section, locale)).toBe(expected);
  });
});
