import { describe, expect, it } from 'vitest';
import { spacingViolations, withChineseSpacing } from '../../../src/i18n/spacing.ts';

describe('the Chinese spacing rule', () => {
  it('finds a space between Han and a digit or a Latin letter, either way round', () => {
    expect(spacingViolations('2021 年').map((v) => v.index)).toEqual([4]);
    expect(spacingViolations('报告 A')).toHaveLength(1);
    expect(spacingViolations('下载 SVG 矢量图')).toHaveLength(2);
    expect(spacingViolations('美国占 39%，中国以 19% 居第')).toHaveLength(3);
  });

  it('finds a space beside full-width punctuation', () => {
    expect(spacingViolations('二、 表2')).toHaveLength(1);
    expect(spacingViolations('Fabric （联盟链）')).toHaveLength(1);
  });

  it('finds a line break that a browser shows as a space', () => {
    expect(spacingViolations('共有\n    29家')).toHaveLength(1);
  });

  it('leaves spaces between Latin words, digit groups and Latin punctuation alone', () => {
    expect(spacingViolations('Hyperledger Fabric与FISCO BCOS')).toEqual([]);
    expect(spacingViolations('38\u202F064件')).toEqual([]);
    expect(spacingViolations('第二章 · 表2')).toEqual([]);
    expect(spacingViolations('专利质量（2021年） · Ledger Atlas')).toEqual([]);
    expect(spacingViolations('2021年6月，全球近7800家公司')).toEqual([]);
  });

  it('shows where the space is', () => {
    expect(spacingViolations('近日，全球区块链支出 2023年升至144亿美元')[0]?.excerpt).toBe('，全球区块链支出 2023年升至1');
  });

  it('removes exactly the forbidden spaces', () => {
    expect(withChineseSpacing('报告 A《2021 年区块链专利质量》： Ledger Atlas 区块链数据图集')).toBe('报告A《2021年区块链专利质量》：Ledger Atlas区块链数据图集');
    expect(withChineseSpacing('Hyperledger Fabric 与 FISCO BCOS')).toBe('Hyperledger Fabric与FISCO BCOS');
  });
});
