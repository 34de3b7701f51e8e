import { describe, expect, it } from 'vitest';
import { undoubleOutlineTitles } from '../../../scripts/pdf-print.ts';

const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
const pdfWith = (titles: string[]) =>
  new Uint8Array(Buffer.from(`%PDF-1.7\n${titles.map((t, i) => `${i + 1} 0 obj\n<</Title <FEFF${hex(t)}>\n/Dest [2 0 R /XYZ 0 0 0]>>\nendobj\n`).join('')}xref\n`, 'latin1'));

describe('undoubleOutlineTitles', () => {
  it('restores a bookmark title that repeats a heading twice over, keeping every byte offset', () => {
    const before = pdfWith(['政策：鼓励技术本身政策：鼓励技术本身', '报告想回答的问题']);
    const { pdf, fixed } = undoubleOutlineTitles(before, ['政策：鼓励技术本身#', '报告想回答的问题']);
    expect(fixed).toEqual(['政策：鼓励技术本身']);
    expect(pdf.byteLength).toBe(before.byteLength);
    const text = Buffer.from(pdf).toString('latin1');
    expect(text).toContain(`/Title <FEFF${hex('政策：鼓励技术本身')}>${' '.repeat(hex('政策：鼓励技术本身').length)}\n/Dest`);
    expect(text.indexOf('xref')).toBe(Buffer.from(before).toString('latin1').indexOf('xref'));
  });
  it('does the same for an English heading, which Chromium writes as a literal string', () => {
    const title = 'Patent families: most (Chinese) inventions';
    const literal = title.replace(/[()\\]/g, '\\$&');
    const before = new Uint8Array(Buffer.from(`%PDF-1.7\n1 0 obj\n<</Title (${literal}${literal})\n/Dest [2 0 R]>>\nendobj\nxref\n`, 'latin1'));
    const { pdf, fixed } = undoubleOutlineTitles(before, [`${title}#`]);
    expect(fixed).toEqual([title]);
    expect(pdf.byteLength).toBe(before.byteLength);
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/Title (${literal})${' '.repeat(literal.length)}\n/Dest`);
  });
  it('leaves titles alone that are not a heading twice over', () => {
    const before = pdfWith(['哈哈', '报告想回答的问题']);
    const { pdf, fixed } = undoubleOutlineTitles(before, ['报告想回答的问题']);
    expect(fixed).toEqual([]);
    expect(pdf).toBe(before);
  });
});
