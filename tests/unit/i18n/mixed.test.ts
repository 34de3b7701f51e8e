import { expect, test } from 'vitest';
import { languageRuns } from '../../../src/i18n/mixed.ts';

test('a Chinese page is one run', () => {
  expect(languageRuns('零壹智库01 Think Tank', true)).toEqual([{ text: '零壹智库01 Think Tank', chinese: false }]);
});

test('Chinese originals inside English are runs of their own', () => {
  expect(languageRuns('01 Think Tank (零壹财经·零壹智库), 2021', false)).toEqual([
    { text: '01 Think Tank (', chinese: false },
    { text: '零壹财经·零壹智库', chinese: true },
    { text: '), 2021', chinese: false },
  ]);
  expect(languageRuns('as printed, e.g. “表2” or “一、1. 3)”', false).filter((r) => r.chinese).map((r) => r.text)).toEqual(['表', '一、']);
  expect(languageRuns('no Chinese here', false)).toEqual([{ text: 'no Chinese here', chinese: false }]);
});

test('a quotation opened and closed inside a Chinese run stays in it; English quotes around Chinese stay English', () => {
  expect(languageRuns('WeBank’s Fintech Insights (微众银行“金融科技·微洞察”), 2020', false).filter((r) => r.chinese).map((r) => r.text)).toEqual(['微众银行“金融科技·微洞察”']);
  expect(languageRuns('the cell “金融科技” as printed', false).filter((r) => r.chinese).map((r) => r.text)).toEqual(['金融科技']);
  expect(languageRuns('云象’s platform', false).filter((r) => r.chinese).map((r) => r.text)).toEqual(['云象']);
});
