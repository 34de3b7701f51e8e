/**
 * The height messages an embed page sends to the page that iframes it, and
 * the rules the host script (/embed.js) uses to accept them. Pure functions,
 * shared by both client scripts and the unit tests.
 *
 * One height goes out in the forms host pages already understand:
 * - pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<h>`; pym.Parent adds
 *   `childId` to the iframe URL and only reads messages carrying its own id;
 * - Datawrapper: `{"datawrapper-height": {"<chart id>": h}}`; its embed script
 *   resizes the iframe whose contentWindow sent it;
 * - Embedly / Iframely: the JSON string `{"src": location.href, "context": "iframe.resize", "height": h}`;
 * - AMP (amp-iframe with the `resizable` attribute): `{sentinel: "amp", type: "embed-size", height: h}`;
 * - WordPress (wp-embed.js, on every WordPress page that shows an oEmbed), only
 *   when the frame's URL carries WordPress's secret: `{message: "height", value: h, secret}`.
 * iframe-resizer v4 (`iframeResizer.js` on the host) gets its own reply,
 * `[iFrameSizer]<id>:<h>:<w>:<type>`, once its parent has sent the frame an id.
 */

import { LOCALE_IDS } from '../i18n/locales.ts';
import { pagePath } from '../paths.ts';

export const PYM_DELIMITER = 'xPYMx';

/** What /embed.js sends to an embed frame to ask for its height again (it may have loaded before the script). */
export const HEIGHT_REQUEST = 'ledger-atlas:height?';

/**
 * When an embed page sends its height again after load, in ms, for host
 * scripts that start listening after the frame has loaded.
 */
export const RESEND_AFTER_LOAD_MS = [500, 1500, 4000];

/** Heights outside 1 … MAX_HEIGHT px are ignored: no chart is that tall, and a forged 0 would hide the frame. */
export const MAX_HEIGHT = 30_000;

export interface MessageIds {
  /** pym's childId (query parameter) or, failing that, the chart id. */
  childId: string;
  chartId: string;
  /** The embed page's own URL (Embedly's `src`). */
  href: string;
  /** WordPress's secret (wordpressSecret), when the frame's URL has one. */
  secret?: string | null;
}

/** The messages carrying one height, in every supported form. */
export function heightMessages(height: number, ids: MessageIds): (string | object)[] {
  const h = Math.ceil(height);
  return [
    ['pym', ids.childId, 'height', String(h)].join(PYM_DELIMITER),
    { 'datawrapper-height': { [ids.chartId]: h } },
    JSON.stringify({ src: ids.href, context: 'iframe.resize', height: h }),
    { sentinel: 'amp', type: 'embed-size', height: h },
    ...(ids.secret ? [wordpressMessage('height', h, ids.secret)] : []),
  ];
}

/**
 * WordPress. Its sanitiser gives every oEmbed iframe a src ending in
 * `#?secret=S` (S: 10 letters and digits) and data-secret="S"; wp-embed.js
 * adds both itself to `iframe.wp-embedded-content` frames that lack them.
 * wp-embed.js then takes `{message, value, secret}` from the contentWindow of
 * an iframe with that data-secret (any origin: the frame is sandboxed, its
 * origin opaque): "height" sets the iframe's height attribute, clamped to
 * 200–1000 px; "link" sends the top window to `value` when it is http(s) on the
 * iframe's own host and the iframe has focus. It tells each frame
 * `{message: "ready", secret}` on load, to have the height sent again.
 */
export function wordpressSecret(hash: string): string | null {
  // The host refuses secrets with anything but ASCII letters and digits.
  return /secret=([a-zA-Z0-9]+)/.exec(hash)?.[1] ?? null;
}

export function wordpressMessage(message: 'height' | 'link', value: number | string, secret: string) {
  return { message, value, secret };
}

/** wp-embed.js's "ready" for this frame's secret. */
export function isWordPressReady(data: unknown, secret: string | null): boolean {
  const d = data as { message?: unknown; secret?: unknown } | null;
  return !!secret && !!d && typeof d === 'object' && d.message === 'ready' && d.secret === secret;
}

/**
 * iframe-resizer v4. Its parent (iframeResizer.js) sends the frame
 * `[iFrameSizer]<id>:<bodyMargin>:<sizeWidth>:<log>:<interval>:…` (16 fields,
 * the third `true` or `false`) right away and again on the iframe's load
 * event, later `[iFrameSizer]resize` (host window resized) or
 * `[iFrameSizer]reset`. The frame answers `[iFrameSizer]<id>:<h>:<w>:<type>`,
 * type `init` to an init, anything but the parent's own commands otherwise;
 * the parent sets the iframe's style height (and width, if asked to size it).
 * The init's page settings (body margin, padding, background, height method,
 * tolerance, interval) are not applied: the embed page keeps its own styles
 * and reports its measured height, which is what the frame needs.
 */
export const IFRAME_RESIZER = '[iFrameSizer]';

/** The frame's id in an iframe-resizer init message, or null for anything else. */
export function iframeResizerInit(data: unknown): string | null {
  if (typeof data !== 'string' || !data.startsWith(IFRAME_RESIZER)) return null;
  const fields = data.slice(IFRAME_RESIZER.length).split(':');
  return fields[0] && /^(true|false)$/.test(fields[2] ?? '') ? fields[0] : null;
}

/** An iframe-resizer parent asking for the size again (host window resized, or a reset). */
export function isIframeResizerRequest(data: unknown): boolean {
  return data === `${IFRAME_RESIZER}resize` || data === `${IFRAME_RESIZER}reset`;
}

export function iframeResizerMessage(id: string, height: number, width: number, type: 'init' | 'resizeObserver'): string {
  return `${IFRAME_RESIZER}${id}:${Math.ceil(height)}:${Math.ceil(width)}:${type}`;
}

function toHeight(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 1 && n <= MAX_HEIGHT ? Math.ceil(n) : null;
}

/** The height a message carries in any of the supported forms, or null for anything else. */
export function parseHeight(data: unknown, nested = false): number | null {
  if (typeof data === 'string') {
    const parts = data.split(PYM_DELIMITER);
    if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height') return toHeight(parts[3]);
    if (!nested && data.startsWith('{')) {
      try {
        return parseHeight(JSON.parse(data), true);
      } catch {
        return null;
      }
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const dw = d['datawrapper-height'];
  if (dw && typeof dw === 'object') {
    const values = Object.values(dw);
    return values.length === 1 ? toHeight(values[0]) : null;
  }
  if (d['context'] === 'iframe.resize' || (d['sentinel'] === 'amp' && d['type'] === 'embed-size')) return toHeight(d['height']);
  return null;
}

/** A pym.Parent width message (sent on load and on resize): the child answers with its height. */
export function isPymWidthMessage(data: unknown): boolean {
  if (typeof data !== 'string') return false;
  const parts = data.split(PYM_DELIMITER);
  return parts.length === 4 && parts[0] === 'pym' && parts[2] === 'width';
}

/** What the trust check needs of an <iframe> (a plain object in unit tests). */
export interface FrameLike {
  src: string;
  contentWindow: unknown;
  getAttribute(name: string): string | null;
}

/** Where each edition's embed pages start (/embed/, /en/embed/). */
// Pure: a page that only sends messages (the embed page) bundles without it.
const EMBED_ROOTS = /* @__PURE__ */ LOCALE_IDS.map((locale) => pagePath('/embed/', locale));

/** Our embed frames: those whose src starts with the site's origin and an edition's /embed/. */
export function isEmbedFrame(frame: FrameLike, siteOrigin: string): boolean {
  return EMBED_ROOTS.some((root) => frame.src.startsWith(`${siteOrigin}${root}`));
}

/**
 * The embed frame a message comes from, or null when it must be ignored. A
 * message counts only if its source window is the contentWindow of one of our
 * embed frames, and its origin is the site's origin. The one exception: a
 * frame the host page itself sandboxed without allow-same-origin runs with an
 * opaque origin, so its messages arrive with origin "null"; those are accepted
 * from that frame only (the source check still holds).
 */
export function trustedFrame<F extends FrameLike>(
  event: { source: unknown; origin: string },
  frames: Iterable<F>,
  siteOrigin: string,
): F | null {
  if (!event.source) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== event.source) continue;
    if (!isEmbedFrame(frame, siteOrigin)) return null;
    if (event.origin === siteOrigin) return frame;
    const sandbox = frame.getAttribute('sandbox');
    const opaque = sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
    return opaque && event.origin === 'null' ? frame : null;
  }
  return null;
}
