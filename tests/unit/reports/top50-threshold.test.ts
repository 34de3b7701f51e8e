/**
 * The TOP50's entry threshold (the applications a company needed to be assessed) is written one
 * way in each edition, the way the stated figure says it: its value, its qualifier (the report's
 * 100 件以上 is "at least", not "over") and its unit. The chapters write it with say(); the
 * dataset's description must print the same words, and no text may call it "more than".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { say } from '../../../src/data/say.ts';
import { inLocale } from '../../../src/i18n/localized.ts';
import { statedFigure } from '../../../src/reports/patents-2021/queries.ts';
import { top50 } from '../../../src/reports/patents-2021/schemas/top50.ts';

const threshold = statedFigure('top50_min_applications');
const REPORT_DIR = 'src/reports/patents-2021';

/** Other ways of writing the threshold, each with the threshold's own number. */
function otherForms(value: number): RegExp[] {
  return [
    new RegExp(`(?:超过|多于|大于|不少于)\\s*${value}\\s*件`, 'u'),
    new RegExp(`${value}\\s*件(?:以上|及以上)`, 'u'),
    new RegExp(`(?:more than|over|${value} or more)\\s*${value}?\\s*(?:patent|application)`, 'iu'),
  ];
}

describe('the TOP50 entry threshold', () => {
  test('is a stated "at least" figure in the data', () => {
    expect(threshold.qualifier).toBe('at_least');
    expect(threshold.unit).toBe('patent');
  });

  test.each(['zh-CN', 'en'] as const)('%s: the dataset description prints it as the chapters do', (locale) => {
    const description = inLocale(top50.text, locale).description ?? '';
    expect(description).toContain(say(threshold, locale));
    for (const form of otherForms(threshold.value)) expect(description).not.toMatch(form);
  });

  test('no text or chapter of the report writes it another way', () => {
    const files = [
      ...readdirSync(join(REPORT_DIR, 'text')).map((f) => join(REPORT_DIR, 'text', f)),
      ...['zh-CN', 'en'].flatMap((locale) => readdirSync(join(REPORT_DIR, 'chapters', locale)).map((f) => join(REPORT_DIR, 'chapters', locale, f))),
    ];
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return otherForms(threshold.value).flatMap((form) => (form.test(text) ? [`${file}: ${text.match(form)?.[0]}`] : []));
    });
    expect(found).toEqual([]);
  });

  test('the check can fail', () => {
    const [over, above, english] = otherForms(100);
    expect(over?.test('专利申请量超过100件的公司')).toBe(true);
    expect(above?.test('100件以上')).toBe(true);
    expect(english?.test('companies with more than 100 patent applications')).toBe(true);
    expect(otherForms(100).some((form) => form.test('累计申请量至少100件'))).toBe(false);
  });
});
