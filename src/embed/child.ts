/**
 * The embed page's side of self-sizing: it measures the page with a
 * ResizeObserver and tells the host page its height, on load, on every
 * change (one message set per frame at most), a few times more in the
 * seconds after load, before and after printing, and whenever the host asks (/embed.js on start, a pym.Parent width message,
 * wp-embed.js's "ready", an iframe-resizer init, resize or reset).
 * The chart id comes from <html data-chart-id>; pym's child id from the
 * `childId` query parameter pym adds, else <html data-pym-id>, else the chart id.
 * WordPress's secret is read from the URL hash each time (wp-embed.js may add
 * it after the page has loaded), iframe-resizer's id from its init message.
 */
import {
  heightMessages,
  HEIGHT_REQUEST,
  iframeResizerInit,
  iframeResizerMessage,
  isIframeResizerRequest,
  isPymWidthMessage,
  isWordPressReady,
  RESEND_AFTER_LOAD_MS,
  wordpressMessage,
  wordpressSecret,
} from './messages.ts';

const root = document.documentElement;
const chartId = root.dataset['chartId'] ?? '';
const childId = new URLSearchParams(location.search).get('childId') || root.dataset['pymId'] || chartId;
const framed = window.parent !== window;
const secret = () => wordpressSecret(location.hash);
let last = -1;
let pending = false;
let force = false;
/** iframe-resizer's id for this frame, and whether its init is still to be answered. */
let resizer = '';
let resizerInit = false;

function post(message: unknown): void {
  window.parent.postMessage(message, '*');
}

function send(): void {
  pending = false;
  // The root's own box: unlike scrollHeight it shrinks when the frame is taller than the content.
  const height = Math.ceil(root.getBoundingClientRect().height);
  // No layout: a frame the host hides (the ResizeObserver speaks when it is
  // shown). A 0 would collapse the frame, or make WordPress's 200 px of it.
  if (height < 1 || (height === last && !force)) return;
  force = false;
  last = height;
  if (!framed) return;
  heightMessages(height, { chartId, childId, href: location.href, secret: secret() }).forEach(post);
  if (resizer) post(iframeResizerMessage(resizer, height, root.scrollWidth, resizerInit ? 'init' : 'resizeObserver'));
  resizerInit = false;
}

/**
 * At most one message set per frame. The timeout is a fallback for frames the
 * browser does not render (offscreen cross-origin iframes get no animation frames).
 */
function schedule(always = false): void {
  force ||= always;
  if (pending) return;
  pending = true;
  const run = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    if (pending) send();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, 100);
}

new ResizeObserver(() => schedule()).observe(root);
for (const type of ['beforeprint', 'afterprint', 'hashchange']) addEventListener(type, () => schedule(true));
// A host script that only listens (Datawrapper's, an AMP page, a CMS's own)
// misses a height sent before it started, and a frame that loads first,
// as the first on a page often does, never changes size again to send
// another. So the height goes out again a few times after load.
addEventListener('load', () => {
  schedule(true);
  for (const delay of RESEND_AFTER_LOAD_MS) setTimeout(() => schedule(true), delay);
});
addEventListener('message', ({ source, data }) => {
  if (source !== window.parent) return;
  const id = iframeResizerInit(data);
  if (id) {
    resizer = id;
    resizerInit = true;
  }
  if (id || data === HEIGHT_REQUEST || isPymWidthMessage(data) || isWordPressReady(data, secret()) || isIframeResizerRequest(data)) schedule(true);
});
// In a WordPress frame (sandboxed: links cannot open a window or leave the
// frame), links to this site go through wp-embed.js, which sends the top
// window there; it follows no other host.
addEventListener('click', (event) => {
  const s = secret();
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!s || !framed || !link || event.defaultPrevented || event.button || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const url = new URL(link.getAttribute('href')!, location.href);
  if (url.host !== location.host) return;
  event.preventDefault();
  post(wordpressMessage('link', url.href, s));
});
schedule(true);
