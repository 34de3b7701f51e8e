import { expect, test } from 'vitest';
import { numeralIn, referenceIn } from '../../../src/i18n/references.ts';

test("the reports' own references stay as printed in Chinese", () => {
  expect(referenceIn('一、1. 1)', 'zh-CN')).toBe('一、1. 1)');
  expect(numeralIn('贰', 'zh-CN')).toBe('贰');
});

test('in English: Arabic numerals, Table and Figure, section titles from the glossary', () => {
  expect(referenceIn('一、1. 1)', 'en')).toBe('1.1 (1)');
  expect(referenceIn('一、2.（表 1）', 'en')).toBe('1.2 (Table 1)');
  expect(referenceIn('二、（表 2 逐行计数）', 'en')).toBe('2 (Table 2, counted row by row)');
  expect(referenceIn('三、', 'en')).toBe('3');
  expect(referenceIn('图 11', 'en')).toBe('Figure 11');
  expect(referenceIn('贰.05 法定数字货币（表 5）', 'en', { 法定数字货币: 'Digital fiat currency' })).toBe('2.05 Digital fiat currency (Table 5)');
  expect(referenceIn('壹.02–壹.03', 'en')).toBe('1.02–1.03');
  expect(numeralIn('叁', 'en')).toBe('3');
  expect(numeralIn('', 'en')).toBe('');
});

test('a section title missing from the glossary stays visible rather than vanishing', () => {
  expect(referenceIn('贰.04 专利成果对比', 'en')).toBe('2.04 专利成果对比');
});
