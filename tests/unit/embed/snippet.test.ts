import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '../../../src/charts/entry.ts';
import { chartSnippet, chartUrls, escapeAttribute, snippetHtml } from '../../../src/embed/snippet.ts';
import { downloadPath, oembedPath } from '../../../src/paths.ts';

describe('snippetHtml', () => {
  it('is an iframe with a fixed height and, optionally, the host script', () => {
    const input = { src: 'https://atlas.example/embed/x/', title: '图', height: 412.2, script: 'https://atlas.example/embed.js' };
    expect(snippetHtml(input)).toBe(
      '<iframe src="https://atlas.example/embed/x/" title="图" loading="lazy" style="width:100%;border:0" height="413"></iframe>\n' +
        '<script src="https://atlas.example/embed.js" async></script>',
    );
    expect(snippetHtml({ ...input, script: null })).toBe(
      '<iframe src="https://atlas.example/embed/x/" title="图" loading="lazy" style="width:100%;border:0" height="413"></iframe>',
    );
  });

  it('escapes the title for its attribute', () => {
    expect(escapeAttribute('A "quoted" <b> & more')).toBe('A &quot;quoted&quot; &lt;b&gt; &amp; more');
    expect(snippetHtml({ src: 'https://a.example/embed/x/', title: '"><script>', height: 10, script: null })).toContain('title="&quot;&gt;&lt;script&gt;"');
  });
});

describe('chart addresses', () => {
  const entry = { id: 'b-cbdc-map', report: 'trends-2020', chapter: 'comparison', title: '央行数字货币' } as ChartEntry;

  it('are absolute, from the site address', () => {
    expect(chartUrls(entry, 'https://atlas.example/')).toEqual({
      chapter: 'https://atlas.example/trends-2020/comparison/#b-cbdc-map',
      page: 'https://atlas.example/charts/b-cbdc-map/',
      embed: 'https://atlas.example/embed/b-cbdc-map/',
      oembed: 'https://atlas.example/oembed/b-cbdc-map.json',
      script: 'https://atlas.example/embed.js',
      svg: 'https://atlas.example/downloads/b-cbdc-map.svg',
      png: 'https://atlas.example/downloads/b-cbdc-map.png',
      csv: 'https://atlas.example/downloads/b-cbdc-map.csv',
    });
    expect(downloadPath(entry, 'png')).toBe('/downloads/b-cbdc-map.png');
    expect(oembedPath(entry)).toBe('/oembed/b-cbdc-map.json');
  });

  it('make the snippet of a chart', () => {
    expect(chartSnippet(entry, 500, new URL('https://atlas.example'), false)).toBe(
      '<iframe src="https://atlas.example/embed/b-cbdc-map/" title="央行数字货币" loading="lazy" style="width:100%;border:0" height="500"></iframe>',
    );
  });
});
