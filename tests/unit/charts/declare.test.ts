import { describe, expect, it } from 'vitest';
import { axisOf, columnOf, columnWords } from '../../../src/charts/declare.ts';
import { top50 } from '../../../src/reports/patents-2021/schemas/top50.ts';
import { industries } from '../../../src/reports/patents-2021/schemas/industries.ts';

describe('chart declarations read a column\'s words from its dataset', () => {
  it('heads a data-table column with the column title and its unit word', () => {
    expect(columnOf(top50, 'granted')).toEqual({ key: 'granted', label: '授权专利数量（件）', numeric: true });
    expect(columnOf(industries, 'name_zh', { key: 'industry' })).toEqual({ key: 'industry', label: '应用场景', numeric: false });
  });

  it('writes no unit for a rank or a share', () => {
    expect(columnWords(top50, 'rank')).toEqual({ title: '排名' });
    expect(columnOf(top50, 'score').label).toBe('专利质量得分（分）');
  });

  it('gives a value axis its title and unit', () => {
    expect(axisOf(industries, 'granted')).toEqual({ valueLabel: '授权专利数量', unit: '件', format: { unit: '件' } });
  });

  it('fails on a column the dataset does not have', () => {
    expect(() => columnOf(top50, 'grants')).toThrow('dataset patents-2021/top50 has no column "grants"');
  });
});
