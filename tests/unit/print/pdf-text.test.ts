import { describe, expect, it } from 'vitest';
import { findFolded, fold, includesFolded } from '../../pdf-text.ts';

describe('comparing typeset text with text read back from a PDF', () => {
  it('ignores whitespace and folds Kangxi radicals and full-width forms', () => {
    // ⼀ U+2F00 and ⽂ U+2F42 are what CJK fonts often give back for 一 and 文.
    expect(fold('⼀级 标题\n正⽂：Ａ')).toBe('一级标题正文:A');
  });
  it('lets a CJK radical-supplement character stand for a Han character', () => {
    // ⻚ U+2EDA comes back for 页.
    expect(includesFolded('第3 ⻚ / 共12 ⻚', '第3页 / 共12页')).toBe(true);
    expect(includesFolded('第3 ⻚ / 共12 ⻚', '第4页')).toBe(false);
  });
  it('finds text from a position, and escapes regular-expression characters', () => {
    const page = fold('图 (1) 来源：甲 图 (2) 来源：乙');
    expect(findFolded(page, '来源：', findFolded(page, '图 (2)'))).toBeGreaterThan(findFolded(page, '图 (2)'));
    expect(findFolded(page, 'a.b')).toBe(-1);
  });
});
