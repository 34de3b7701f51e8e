import { describe, expect, test } from 'vitest';
import { charWidthEm, lineBaselines, textBox, textWidth, truncateText, wrapText } from '../../../src/charts/text.ts';

describe('textWidth', () => {
  test('CJK and full-width punctuation are one em', () => {
    expect(textWidth('区块链', 10)).toBe(30);
    expect(textWidth('，。、（）', 10)).toBe(50);
  });
  test('Latin letters and digits are about 0.55–0.8 em, space 0.3 em', () => {
    for (const char of 'abcdeghknopqsuvxyz0123456789') {
      expect(charWidthEm(char)).toBeGreaterThanOrEqual(0.55);
      expect(charWidthEm(char)).toBeLessThanOrEqual(0.8);
    }
    expect(charWidthEm(' ')).toBe(0.3);
  });
  test('does not underestimate Noto Sans CJK SC Bold advance widths', () => {
    // Advance widths in em measured from NotoSansCJK-Bold.ttc (SC) with fontTools.
    const measured: Record<string, number> = { '0': 0.59, a: 0.59, m: 0.96, w: 0.86, M: 0.85, W: 0.92, O: 0.77, i: 0.3, '%': 0.96, '.': 0.33, ' ': 0.23 };
    for (const [char, em] of Object.entries(measured)) expect(charWidthEm(char)).toBeGreaterThanOrEqual(em);
  });
  test('unknown characters count as a full em', () => {
    expect(charWidthEm('😀')).toBe(1);
  });
});

describe('truncateText', () => {
  test('leaves short text alone', () => {
    expect(truncateText('蚂蚁集团', 100, 12)).toEqual({ shown: '蚂蚁集团', full: '蚂蚁集团', truncated: false });
  });
  test('cuts to fit with an ellipsis and keeps the full text', () => {
    const result = truncateText('中国工商银行股份有限公司', 60, 12);
    expect(result.truncated).toBe(true);
    expect(result.shown).toBe('中国工商…');
    expect(result.full).toBe('中国工商银行股份有限公司');
    expect(textWidth(result.shown, 12)).toBeLessThanOrEqual(60);
  });
});

describe('wrapText', () => {
  test('CJK breaks between any characters', () => {
    const result = wrapText('中国工商银行股份有限公司', 72, 12, 3);
    expect(result.lines).toEqual(['中国工商银行', '股份有限公司']);
    expect(result.truncated).toBe(false);
  });
  test('Latin words stay whole', () => {
    const result = wrapText('International Business Machines', 100, 12, 3);
    expect(result.lines).toEqual(['International', 'Business', 'Machines']);
  });
  test('a word wider than a line is broken by characters', () => {
    const result = wrapText('Supercalifragilistic', 60, 12, 4);
    expect(result.lines.length).toBeGreaterThan(1);
    for (const line of result.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
  test('no line starts with closing punctuation', () => {
    // Without the rule the break would fall right before "，" or "）".
    for (let width = 24; width <= 120; width += 12) {
      const result = wrapText('专利（发明），授权率、引用率。申请量（件）', width, 12, 10);
      for (const line of result.lines) expect(line).not.toMatch(/^[，。、）]/u);
    }
  });
  test('no line ends with an opening bracket', () => {
    for (let width = 24; width <= 120; width += 12) {
      const result = wrapText('区块链专利（发明）申请《报告》', width, 12, 10);
      for (const line of result.lines.slice(0, -1)) expect(line).not.toMatch(/[（《]$/u);
    }
  });
  test('mixed CJK and Latin', () => {
    const result = wrapText('nChain控股有限公司', 50, 12, 3);
    expect(result.lines).toEqual(['nChain', '控股有限', '公司']);
    for (const line of result.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(50);
  });
  test('too many lines: last line ends in an ellipsis and the full text is kept', () => {
    const text = '中国工商银行股份有限公司区块链技术与金融科技创新实验室';
    const result = wrapText(text, 60, 12, 2);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toMatch(/…$/u);
    expect(result.truncated).toBe(true);
    expect(result.full).toBe(text);
    for (const line of result.lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
  test('empty text gives no lines', () => {
    expect(wrapText('', 60, 12).lines).toEqual([]);
  });
});

describe('boxes', () => {
  test('textBox follows the anchor and centres the block on y', () => {
    const label = { x: 100, y: 50, lines: ['区块链', '专利'], full: '区块链专利', anchor: 'end' as const, fontSize: 10, role: 'category' as const };
    expect(textBox(label)).toEqual({ x: 70, y: 35.5, width: 30, height: 29 });
    expect(textBox({ ...label, anchor: 'middle' }).x).toBe(85);
    expect(lineBaselines(label)).toEqual([46.25, 60.75]);
  });
});
