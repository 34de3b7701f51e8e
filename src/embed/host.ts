/**
 * /embed.js, the optional host-page script of the embed snippet: it resizes
 * our iframes to the height their pages report. It trusts a message only if it
 * comes from the contentWindow of one of our embed frames and from the site's
 * origin (see trustedFrame). The site's origin is this script's own origin, so
 * the same file works from any deployment; __SITE_ORIGIN__ (set at build time)
 * is the fallback should document.currentScript be unavailable. Loading it
 * twice (two snippets on one page) installs one listener per site origin.
 */
import { HEIGHT_REQUEST, isEmbedFrame, parseHeight, trustedFrame } from './messages.ts';

declare const __SITE_ORIGIN__: string;

const script = document.currentScript as HTMLScriptElement | null;
const origin = new URL(script?.src || __SITE_ORIGIN__).origin;
const host = window as unknown as { __ledgerAtlasEmbed?: Record<string, boolean> };
const installed = (host.__ledgerAtlasEmbed ??= {});

if (!installed[origin]) {
  installed[origin] = true;
  const frames = () => document.querySelectorAll('iframe');

  addEventListener('message', (event) => {
    const height = parseHeight(event.data);
    if (height === null) return;
    const frame = trustedFrame(event, frames(), origin);
    if (frame && frame.style.height !== `${height}px`) frame.style.height = `${height}px`;
  });

  // Frames that loaded before this (async) script sent their height to no one: ask again.
  for (const frame of frames()) {
    if (isEmbedFrame(frame, origin)) frame.contentWindow?.postMessage(HEIGHT_REQUEST, '*');
  }
}
