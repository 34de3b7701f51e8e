import { expect, test } from 'vitest';
import { languageRuns } from '../../../src/i18n/mixed.ts';

test('a Chinese page is one run', () => {
  expect(languageRuns('零壹智库 01 Think Tank', true)).toEqual([{ text: '零壹智库 01 Think Tank', chinese: false }]);
});

test('Chinese originals inside English are runs of their own', () => {
  expect(languageRuns('01 Think Tank (零壹财经·零壹智库), 2021', false)).toEqual([
    { text: '01 Think Tank (', chinese: false },
    { text: '零壹财经·零壹智库', chinese: true },
    { text: '), 2021', chinese: false },
  ]);
  expect(languageRuns('as printed, e.g. “表 2” or “一、1. 3)”', false).filter((r) => r.chinese).map((r) => r.text)).toEqual(['表', '一、']);
  expect(languageRuns('no Chinese here', false)).toEqual([{ text: 'no Chinese here', chinese: false }]);
});
