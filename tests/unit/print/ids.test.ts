import { describe, expect, it } from 'vitest';
import { idsIn, renameIds, uniteChapters } from '../../../src/print/ids.ts';

const options = {
  reserved: ['contents'],
  chapterPath: (slug: string) => `/r/${slug}/`,
  chapterAnchor: (slug: string) => `chapter-${slug}`,
};

describe('renameIds', () => {
  it('renames ids and every reference to them, and nothing else', () => {
    const html =
      '<section aria-labelledby="method"><h2 id="method">方法<a href="#method">#</a></h2>' +
      '<label for="method">x</label><p data-key="method">method</p>' +
      '<svg><rect style="--print-fill:url(#method)"/></svg><a href="#other">o</a></section>';
    const out = renameIds(html, new Map([['method', 'b--method']]));
    expect(out).toBe(
      '<section aria-labelledby="b--method"><h2 id="b--method">方法<a href="#b--method">#</a></h2>' +
        '<label for="b--method">x</label><p data-key="method">method</p>' +
        '<svg><rect style="--print-fill:url(#b--method)"/></svg><a href="#other">o</a></section>',
    );
  });
  it('reads the HTML as HTML: other quoting, ">" in values and look-alike text are handled, the rest kept byte for byte', () => {
    const html =
      "<h2 id='method' data-note='a > b'>method id=\"method\"</h2><a title=\"x\" href='#method'>#</a>" +
      '<style>.k{fill:url(#method)}</style><code> href="#method"</code>';
    expect(renameIds(html, new Map([['method', 'b--method']]))).toBe(
      "<h2 id=\"b--method\" data-note='a > b'>method id=\"method\"</h2><a title=\"x\" href=\"#b--method\">#</a>" +
        '<style>.k{fill:url(#b--method)}</style><code> href="#method"</code>',
    );
    expect(idsIn(html)).toEqual(['method']);
  });
  it('renames within id lists', () => {
    expect(renameIds('<svg aria-labelledby="t d"><title id="t"></title></svg>', new Map([['d', 'x--d']]))).toBe(
      '<svg aria-labelledby="t x--d"><title id="t"></title></svg>',
    );
  });
});

describe('uniteChapters', () => {
  it('keeps ids of the first chapter and renames the same ids in later chapters', () => {
    const united = uniteChapters(
      [
        { slug: 'a', html: '<h2 id="method">A</h2><h2 id="only-a">A2</h2>' },
        { slug: 'b', html: '<h2 id="method">B</h2><a href="#method">上文</a>' },
        { slug: 'c', html: '<h2 id="method">C</h2><h2 id="contents">C2</h2>' },
      ],
      options,
    );
    expect(united.chapters.map((c) => c.html)).toEqual([
      '<h2 id="method">A</h2><h2 id="only-a">A2</h2>',
      '<h2 id="b--method">B</h2><a href="#b--method">上文</a>',
      '<h2 id="c--method">C</h2><h2 id="c--contents">C2</h2>',
    ]);
    expect(united.renamed).toEqual([
      { slug: 'b', id: 'method', to: 'b--method' },
      { slug: 'c', id: 'method', to: 'c--method' },
      { slug: 'c', id: 'contents', to: 'c--contents' },
    ]);
    expect(idsIn(united.chapters.map((c) => c.html).join('')).length).toBe(new Set(idsIn(united.chapters.map((c) => c.html).join(''))).size);
  });

  it('turns links to the report’s chapters into links within the page, to the renamed id where there is one', () => {
    const united = uniteChapters(
      [
        { slug: 'a', html: '<h2 id="method">A</h2><a href="/r/b/#method">B的方法</a><a href="/r/b/">B</a><a href="/data/">数据</a>' },
        { slug: 'b', html: '<h2 id="method">B</h2><a href="/r/a/#method">A的方法</a><a href="/r/a/#gone">?</a>' },
      ],
      options,
    );
    expect(united.chapters[0]!.html).toBe('<h2 id="method">A</h2><a href="#b--method">B的方法</a><a href="#chapter-b">B</a><a href="/data/">数据</a>');
    expect(united.chapters[1]!.html).toBe('<h2 id="b--method">B</h2><a href="#method">A的方法</a><a href="#chapter-a">?</a>');
  });

  it('reports an id a chapter uses twice, and leaves it', () => {
    const united = uniteChapters([{ slug: 'a', html: '<p id="x"></p><p id="x"></p>' }], options);
    expect(united.repeatedWithin).toEqual([{ slug: 'a', id: 'x' }]);
    expect(united.chapters[0]!.html).toBe('<p id="x"></p><p id="x"></p>');
  });
});
