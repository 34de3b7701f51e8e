/**
 * What a WordPress site does with our oEmbed answer, for the host-page tests.
 *
 * On the server, for a provider it does not know, WordPress runs the answer's
 * html through wp_filter_oembed_result (wp-includes/embed.php); `wordpressFilter`
 * follows its steps, written from that function: wp_kses with a short list of
 * elements and attributes, keep the first <blockquote> and the <iframe>,
 * put `#?secret=S` on the src and data-secret="S" on both, hide the iframe
 * until it speaks (when there is a blockquote to show meanwhile), and give it
 * class="wp-embedded-content" sandbox="allow-scripts" security="restricted".
 * The block editor then wraps it in a <figure class="wp-block-embed">.
 *
 * In the page, wp-embed.js (wp-includes/js/wp-embed.js) sizes the frames. The
 * tests load the real script — WP_EMBED_JS names a copy, or Debian's
 * `wordpress` package has it in /usr/share/wordpress, or `npm test`'s
 * prerequisites took it out of that package (WP_EMBED_CACHE) — and always
 * also `wp-embed-double.js`, this folder's stand-in written from its rules, so
 * that a machine without apt-get still runs the WordPress tests.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/**
 * wp_kses for that list, on html whose attributes are double-quoted (ours):
 * other elements lose their tags (their text stays), allowed ones keep only
 * the listed attributes (and data-secret on the second pass).
 */
function kses(html: string, dataSecret: boolean): string {
  return html.replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_tag, close: string, tagName: string, attributes: string) => {
    const name = tagName.toLowerCase();
    const allowed = ALLOWED[name];
    if (!allowed) return '';
    if (close) return `</${name}>`;
    const kept = [...attributes.matchAll(/([a-zA-Z][\w:-]*)\s*=\s*"([^"]*)"/g)]
      .filter(([, attribute]) => allowed.includes(attribute!.toLowerCase()) || (dataSecret && attribute!.toLowerCase() === 'data-secret' && name !== 'a'))
      .map(([, attribute, value]) => ` ${attribute!.toLowerCase()}="${value}"`);
    return `<${name}${kept.join('')}>`;
  });
}

/** What WordPress stores and shows for an oEmbed answer's html, with `secret` (10 letters and digits) in place of a random one. */
export function wordpressFilter(html: string, secret: string): string | null {
  const kept = kses(html, false);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  if (!content?.[2]) return null;
  let out = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  if (src) {
    const q = src[1]!;
    const url = `${src[2]}#?secret=${secret}`.replace(/&/g, '&#038;');
    out = out.replace(src[0], ` src=${q}${url}${q} data-secret=${q}${secret}${q}`);
    out = out.replaceAll('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  out = kses(out, true);
  if (content[1]) {
    out = out.replaceAll('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replaceAll('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** The block editor's markup around an embed. */
export function embedBlock(html: string): string {
  return `<figure class="wp-block-embed is-type-rich is-provider-ledger-atlas wp-block-embed-ledger-atlas"><div class="wp-block-embed__wrapper">\n${html}\n</div></figure>`;
}

/** A secret as WordPress makes them (wp_generate_password(10, false)). */
export function wordpressSecret(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from({ length: 10 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
}

export const DEBIAN_WP_EMBED = '/usr/share/wordpress/wp-includes/js/wp-embed.js';

/** Where scripts/prerequisites.ts puts the wp-embed.js it takes out of Debian's package. */
export const WP_EMBED_CACHE = fileURLToPath(new URL('../../../node_modules/.cache/wordpress/wp-embed.js', import.meta.url));

/** The real wp-embed.js on this machine, or null. */
export function realWpEmbed(): string | null {
  const named = process.env['WP_EMBED_JS'];
  if (named) return existsSync(named) ? named : null;
  return [DEBIAN_WP_EMBED, WP_EMBED_CACHE].find((path) => existsSync(path)) ?? null;
}

export const WP_EMBED_DOUBLE = fileURLToPath(new URL('wp-embed-double.js', import.meta.url));
