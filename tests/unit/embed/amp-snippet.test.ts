/**
 * The AMP snippet (an <amp-iframe> for AMP pages) and the themed embed URLs
 * of both snippets: what amp-iframe needs to load and resize our frame
 * (amp.dev, amp-iframe), read back from the markup with an HTML parser.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { embedHeight } from '../../../src/embed/height.ts';
import { ampSnippetHtml, chartAmpSnippet, chartSnippet, chartUrls, themedEmbedUrl } from '../../../src/embed/snippet.ts';
import { LOCALE_IDS } from '../../../src/i18n/locales.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { chartRegistry } from '../../../src/reports/site.ts';

type Element = DefaultTreeAdapterMap['element'];
const SITE = 'https://atlas.example/';

/** The snippet's one top-level element, its attributes and its element children. */
function parse(html: string) {
  const top = parseFragment(html).childNodes.filter((n): n is Element => 'tagName' in n);
  expect(top.map((n) => n.tagName)).toEqual(['amp-iframe']);
  const element = top[0]!;
  const attrs = new Map(element.attrs.map((a) => [a.name, a.value]));
  const children = element.childNodes.filter((n): n is Element => 'tagName' in n);
  const text = (n: Element) => n.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  return { attrs, children: children.map((c) => ({ tag: c.tagName, attrs: new Map(c.attrs.map((a) => [a.name, a.value])), text: text(c) })) };
}

describe('ampSnippetHtml', () => {
  const input = { src: 'https://atlas.example/embed/x/', title: 'A "chart" <b> & more', height: 412.2, overflow: 'Show the whole chart' };

  it('has what amp-iframe needs to show and resize the frame', () => {
    const { attrs, children } = parse(ampSnippetHtml(input));
    expect(attrs.get('src')).toBe(input.src);
    expect(attrs.get('title')).toBe(input.title);
    // As wide as the column, as tall as the snippet height: "responsive" would scale the height with the width.
    expect(attrs.get('layout')).toBe('fixed-height');
    expect(attrs.has('width')).toBe(false);
    expect(attrs.get('height')).toBe('413');
    // AMP resizes only a frame marked resizable (the value must be empty) whose sandbox allows same origin.
    expect(attrs.get('resizable')).toBe('');
    expect(attrs.get('sandbox')!.split(' ')).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin']));
    expect(attrs.get('frameborder')).toBe('0');
    const placeholder = children.find((c) => c.attrs.has('placeholder'));
    expect(placeholder?.text).toBe(input.title);
    const overflow = children.find((c) => c.attrs.has('overflow'));
    expect(overflow).toMatchObject({ tag: 'button', text: input.overflow });
    expect(overflow!.attrs.get('type')).toBe('button');
  });

  it('escapes the title in the attribute and the placeholder', () => {
    const html = ampSnippetHtml({ ...input, title: '"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>');
    expect(parse(html).attrs.get('title')).toBe('"><script>alert(1)</script>');
  });
});

describe('chartAmpSnippet', () => {
  for (const locale of LOCALE_IDS) {
    it(`for every chart (${locale}): an absolute https src, the chart's snippet height, the button in the chart's language`, () => {
      const overflow = useTranslations(locale)('figure.ampOverflow');
      for (const entry of chartRegistry(locale)) {
        const height = embedHeight(entry);
        const { attrs, children } = parse(chartAmpSnippet(entry, height, SITE));
        const src = new URL(attrs.get('src')!);
        expect(src.protocol, entry.id).toBe('https:');
        expect(src.href, entry.id).toBe(attrs.get('src'));
        expect(src.href, entry.id).toBe(chartUrls(entry, SITE).embed);
        expect(attrs.get('height'), entry.id).toBe(String(height));
        // The same number as the HTML snippet's fixed height.
        expect(chartSnippet(entry, height, SITE), entry.id).toContain(`height="${height}"`);
        expect(attrs.get('title'), entry.id).toBe(entry.title);
        expect(children.find((c) => c.attrs.has('overflow'))?.text, entry.id).toBe(overflow);
      }
    });
  }
});

describe('embed themes', () => {
  const entry = chartRegistry()[0]!;
  const height = embedHeight(entry);

  it('light is the default and needs no query; auto and dark ask for it', () => {
    expect(themedEmbedUrl('https://atlas.example/embed/x/', 'light')).toBe('https://atlas.example/embed/x/');
    expect(themedEmbedUrl('https://atlas.example/embed/x/', 'auto')).toBe('https://atlas.example/embed/x/?theme=auto');
    expect(themedEmbedUrl('https://atlas.example/en/embed/x/', 'dark')).toBe('https://atlas.example/en/embed/x/?theme=dark');
  });

  it('reach both snippets', () => {
    expect(chartSnippet(entry, height, SITE)).toBe(chartSnippet(entry, height, SITE, true, 'light'));
    expect(chartSnippet(entry, height, SITE, false, 'dark')).toContain(`src="${chartUrls(entry, SITE).embed}?theme=dark"`);
    expect(chartAmpSnippet(entry, height, SITE)).toContain(`src="${chartUrls(entry, SITE).embed}"`);
    expect(parse(chartAmpSnippet(entry, height, SITE, 'auto')).attrs.get('src')).toBe(`${chartUrls(entry, SITE).embed}?theme=auto`);
  });
});
