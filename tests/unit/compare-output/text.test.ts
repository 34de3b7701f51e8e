import { describe, expect, it } from 'vitest';
import { pageText } from '../../../scripts/compare-output/html.ts';

const page = (body: string, head = '<title> A  page </title><meta name="description" content="What it  says">') =>
  `<!doctype html><html><head>${head}<style>p{color:red}</style></head><body>${body}</body></html>`;

describe('page text', () => {
  it('reads title and meta description first, as readers of search results meet them', () => {
    expect(pageText(page('<p>Body</p>'))).toEqual(['[title] A page', '[meta description] What it says', 'Body']);
  });

  it('skips script, style and template contents', () => {
    const lines = pageText(page('<p>One</p><script>var secret = 1</script><template><p>inert</p></template><p>Two</p>'));
    expect(lines.slice(2)).toEqual(['One', 'Two']);
  });

  it('keeps inline elements on one line, collapses whitespace and breaks at blocks', () => {
    const lines = pageText(page('<p>Grants  <strong>rose</strong>\n  by <a href="/x/">21%</a></p><ul><li>a</li><li>b<br>c</li></ul>'));
    expect(lines.slice(2)).toEqual(['Grants rose by 21%', 'a', 'b', 'c']);
  });

  it('includes alt, aria-label and title attributes, which assistive tech reads out', () => {
    const lines = pageText(page('<img src="/a.png" alt="Bar chart"><a href="#" aria-label="Permalink">#</a><abbr title="万 = 10,000">万</abbr>'));
    expect(lines.slice(2)).toEqual(['[alt] Bar chart', '[aria-label] Permalink', '#', '[title] 万 = 10,000', '万']);
  });

  it('does not see markup that nobody reads: hashed bundle names, CSP hashes, classes', () => {
    const a = page('<p class="x astro-1">Same</p>', `<title>T</title><meta http-equiv="content-security-policy" content="script-src 'sha256-AAA='"><link rel="stylesheet" href="/_astro/a.111.css">`);
    const b = page('<p class="y astro-2">Same</p>', `<title>T</title><meta http-equiv="content-security-policy" content="script-src 'sha256-BBB='"><link rel="stylesheet" href="/_astro/a.222.css">`);
    expect(pageText(a)).toEqual(pageText(b));
  });

  it('sees one changed word', () => {
    expect(pageText(page('<p>China leads</p>'))).not.toEqual(pageText(page('<p>China trails</p>')));
  });
});
