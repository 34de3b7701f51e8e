import { describe, expect, it } from 'vitest';
import { oembedHtml } from '../../../src/embed/snippet.ts';
import { wordpressFilter } from '../../e2e/hosts/wordpress.ts';

const input = { src: 'https://atlas.example/embed/x/', title: '图 "一"', height: 412.2, link: 'https://atlas.example/patents-2021/quality/#x' };

describe('the oEmbed html', () => {
  it('is a blockquote with a link, then a frame with a 100 % width attribute and the fixed height', () => {
    expect(oembedHtml(input)).toBe(
      '<blockquote class="wp-embedded-content"><a href="https://atlas.example/patents-2021/quality/#x">图 "一"</a></blockquote>' +
        '<iframe class="wp-embedded-content" src="https://atlas.example/embed/x/" width="100%" height="413" title="图 &quot;一&quot;" frameborder="0" marginwidth="0" marginheight="0"></iframe>',
    );
    expect(oembedHtml({ ...input, title: '<b>&' })).toContain('<a href="https://atlas.example/patents-2021/quality/#x">&lt;b&gt;&amp;</a>');
  });

  it('comes through WordPress’s sanitiser whole, in the shape wp-embed.js sizes', () => {
    expect(wordpressFilter(oembedHtml(input), 'AbC123xyz0')).toBe(
      '<blockquote class="wp-embedded-content" data-secret="AbC123xyz0"><a href="https://atlas.example/patents-2021/quality/#x">图 "一"</a></blockquote>' +
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" src="https://atlas.example/embed/x/#?secret=AbC123xyz0" data-secret="AbC123xyz0" width="100%" height="413" title="图 &quot;一&quot;" frameborder="0" marginwidth="0" marginheight="0"></iframe>',
    );
  });

  it('(the sanitiser double drops what WordPress drops: scripts, styles, other attributes)', () => {
    expect(wordpressFilter('<p>x</p><iframe src="https://a.example/" style="width:100%" loading="lazy" height="5"></iframe>\n<script src="https://a.example/embed.js" async></script>', 'S')).toBe(
      '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="https://a.example/#?secret=S" data-secret="S" height="5"></iframe>',
    );
    expect(wordpressFilter('<p>no frame</p>', 'S')).toBeNull();
  });
});
