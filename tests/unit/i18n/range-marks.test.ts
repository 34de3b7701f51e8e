/**
 * One range mark per locale between years: zh-CN 一字线 "—" (2018—2023年, GB/T 15834; "至"
 * between dates with months, formatPeriod), en an en dash (2018–2023). The mark comes from
 * formats/<locale>.json (dates.yearSpan, formatYearSpan); this scans every chart's words, the
 * reports' texts and the UI strings for a year range written with another mark. A quotation of
 * the report (“2020-2022年”) keeps the report's own mark, and so do the cells of data tables,
 * which hold names as printed (a policy document's title).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatYearSpan } from '../../../src/i18n/dates.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { chartRegistry } from '../../../src/reports/site.ts';

const OTHER_MARKS: Record<Locale, RegExp> = {
  'zh-CN': /(?<!\d)(?:19|20)\d{2}\s*[-–～~]\s*(?:19|20)\d{2}(?!\d)/gu,
  en: /(?<!\d)(?:19|20)\d{2}\s*[-—～~]\s*(?:19|20)\d{2}(?!\d)/gu,
};

/** Year ranges written with a mark other than the locale's, outside quotations. */
export function strayRanges(text: string, locale: Locale): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"|《[^》]*》/gu, '');
  return [...unquoted.matchAll(OTHER_MARKS[locale])].map((m) => m[0]);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('strayRanges', () => {
  test('finds the other marks and passes the locale’s own', () => {
    expect(strayRanges('图2画的是2018–2023年全球支出', 'zh-CN')).toEqual(['2018–2023']);
    expect(strayRanges('2016-2020年、2016～2020年', 'zh-CN')).toEqual(['2016-2020', '2016～2020']);
    expect(strayRanges('2018—2023年；2020-06月', 'zh-CN')).toEqual([]);
    expect(strayRanges('年份写作“2020-2022年”（连字符）', 'zh-CN')).toEqual([]);
    expect(strayRanges('spans 2018-2023 and 2020—2024', 'en')).toEqual(['2018-2023', '2020—2024']);
    expect(strayRanges('spans 2018–2023', 'en')).toEqual([]);
  });

  test('formatYearSpan writes each locale’s mark', () => {
    expect(formatYearSpan(2018, 2023, 'zh-CN')).toBe('2018—2023年');
    expect(formatYearSpan(2018, 2023, 'en')).toBe('2018–2023');
  });
});

for (const locale of ['zh-CN', 'en'] as const) {
  describe(`${locale}: year ranges use one mark`, () => {
    test('in every chart’s title, subtitle, source and notes', { timeout: 30_000 }, () => {
      const found = chartRegistry(locale).flatMap((e) =>
        [e.title, e.subtitle ?? '', e.source, ...e.notes].flatMap((text) => strayRanges(text, locale).map((r) => `${e.id}: ${r}`)),
      );
      expect(found).toEqual([]);
    });

    test('in the reports’ texts and the UI strings', () => {
      const files = [`src/reports/patents-2021/text/${locale}.json`, `src/reports/trends-2020/text/${locale}.json`, `src/i18n/ui/${locale}.json`];
      const found = files.flatMap((file) => strings(JSON.parse(readFileSync(file, 'utf8'))).flatMap((text) => strayRanges(text, locale).map((r) => `${file}: ${r} in “${text.slice(0, 60)}”`)));
      expect(found).toEqual([]);
    });
  });
}
