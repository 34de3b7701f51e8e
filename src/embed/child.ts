/**
 * The embed page's side of self-sizing: it measures the page with a
 * ResizeObserver and tells the host page its height, on load, on every
 * change (one message set per frame at most), before and after printing, and
 * whenever the host asks (/embed.js on start, or a pym.Parent width message).
 * The chart id comes from <html data-chart-id>; pym's child id from the
 * `childId` query parameter pym adds, else <html data-pym-id>, else the chart id.
 */
import { heightMessages, HEIGHT_REQUEST, isPymWidthMessage } from './messages.ts';

const root = document.documentElement;
const chartId = root.dataset['chartId'] ?? '';
const ids = {
  chartId,
  childId: new URLSearchParams(location.search).get('childId') || root.dataset['pymId'] || chartId,
  href: location.href,
};
let last = -1;
let pending = false;
let force = false;

function send(): void {
  pending = false;
  // The root's own box: unlike scrollHeight it shrinks when the frame is taller than the content.
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last && !force) return;
  force = false;
  last = height;
  if (window.parent === window) return;
  for (const message of heightMessages(height, ids)) window.parent.postMessage(message, '*');
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
addEventListener('load', () => schedule(true));
addEventListener('beforeprint', () => schedule(true));
addEventListener('afterprint', () => schedule(true));
addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data === HEIGHT_REQUEST || isPymWidthMessage(event.data))) schedule(true);
});
schedule(true);
