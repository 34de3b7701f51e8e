import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { compactMarkup } from '../../../src/embed/markup.ts';

/** The tree a browser builds, without positions: what must not change. */
const tree = (html: string) => JSON.stringify(fromHtml(html, { fragment: true }), (key, value) => (key === 'position' ? undefined : value));

describe('compactMarkup', () => {
  const figure =
    '<figure class="chart-figure" data-chart="ranked-bars"><svg class="chart-svg" role="img" width="100%" height="40" viewBox="0 0 10 40"><rect class="mark s1" x="-1.5" y="8" width="99%" height="18"></rect><text x="0" y="1">甲 &amp; 乙</text></svg>' +
    '<p class="figure-source">来源</p><ul><li>一</li><li>二</li></ul>' +
    '<table><thead><tr><th scope="col">排名</th></tr></thead><tbody><tr><td class="num">1</td></tr><tr><td>a "b"</td></tr></tbody></table></figure>';

  it('writes the same tree in fewer bytes', () => {
    const compact = compactMarkup(figure);
    expect(tree(compact)).toBe(tree(figure));
    expect(compact.length).toBeLessThan(figure.length * 0.9);
  });

  it('leaves out inferred end tags and needless quotes, closes empty SVG elements, keeps SVG names', () => {
    const compact = compactMarkup(figure);
    expect(compact).toContain('<td class=num>1<tr>');
    expect(compact).not.toContain('</li>');
    expect(compact).toContain('<rect class="mark s1" x=-1.5 y=8 width=99% height=18 />');
    expect(compact).toContain('viewBox="0 0 10 40"');
    expect(compact).toContain('甲 &#x26; 乙');
  });

  it('drops xmlns on inline SVG (the parser puts <svg> in its namespace), and what the page says it cannot use', () => {
    const svg = '<div data-pagefind-ignore><svg xmlns="http://www.w3.org/2000/svg" style="--print-zoom:0.5;--print-fill:url(#p2)"><rect style="--print-zoom:1"></rect></svg></div>';
    const compact = compactMarkup(svg, { dropAttributes: ['dataPagefindIgnore'], readsCustomProperty: (name) => name === '--print-fill' });
    expect(compact).toBe('<div><svg style=--print-fill:url(#p2)><rect/></svg></div>');
    expect(tree(compactMarkup('<svg xmlns="http://www.w3.org/2000/svg"><rect></rect></svg>'))).toBe(tree('<svg><rect></rect></svg>'));
  });
});
