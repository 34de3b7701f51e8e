import { describe, expect, it } from 'vitest';
import { contentsPageNumbers, sameNumbers } from '../../../src/print/contents-pages.ts';

const same = (heading: string, title: string) => heading.replace(/\s+/g, '') === title;

describe('contentsPageNumbers', () => {
  const bookmarks = [
    { title: '目录', page: 1 },
    { title: '一总览', page: 2 },
    { title: '图1', page: 3 },
    { title: '二细节', page: 5 },
    { title: '图1', page: 6 },
  ];

  it('gives each entry the page (from 1) of the bookmark of its heading', () => {
    const numbers = contentsPageNumbers([{ href: '#a', heading: '一 总览' }, { href: '#b', heading: '二 细节' }], bookmarks, same);
    expect([...numbers]).toEqual([['#a', 3], ['#b', 6]]);
  });

  it('reads entries in order, so a heading that occurs twice takes the next bookmark, not the first', () => {
    const numbers = contentsPageNumbers(
      [{ href: '#one', heading: '一总览' }, { href: '#one-fig', heading: '图 1' }, { href: '#two', heading: '二细节' }, { href: '#two-fig', heading: '图1' }],
      bookmarks,
      same,
    );
    expect(numbers.get('#one-fig')).toBe(4);
    expect(numbers.get('#two-fig')).toBe(7);
  });

  it('leaves an entry without a bookmark unnumbered instead of guessing', () => {
    const numbers = contentsPageNumbers([{ href: '#x', heading: '三 不在书签里' }, { href: '#b', heading: '二细节' }], bookmarks, same);
    expect(numbers.has('#x')).toBe(false);
    expect(numbers.get('#b')).toBe(6);
  });
});

describe('sameNumbers', () => {
  it('is true only when every entry has the same page', () => {
    expect(sameNumbers(new Map([['#a', 3]]), new Map([['#a', 3]]))).toBe(true);
    expect(sameNumbers(new Map([['#a', 3]]), new Map([['#a', 4]]))).toBe(false);
    expect(sameNumbers(new Map([['#a', 3]]), new Map([['#a', 3], ['#b', 5]]))).toBe(false);
  });
});
