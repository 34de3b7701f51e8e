/*
 * A stand-in for WordPress's host script wp-includes/js/wp-embed.js, written
 * for these tests from the rules it follows (WordPress 6.x), so that the
 * WordPress host tests run on machines without WordPress. The tests run the
 * same checks with the real script where it is installed, which keeps this
 * one honest.
 *
 * - A message counts if its data is an object whose `secret` has only ASCII
 *   letters and digits. Every <blockquote data-secret=S> is then hidden, even
 *   if the message came from elsewhere.
 * - Of the <iframe data-secret=S>, only the one whose contentWindow sent the
 *   message acts on it: its style attribute goes (the clip that hid it), then
 *   "height" sets its height attribute to parseInt(value), at least 200 and
 *   at most 1000 (not a number: 200); "link" sends the top window to value if
 *   it is http(s) on the iframe src's host and the iframe has focus.
 * - On DOMContentLoaded (and load), each iframe.wp-embedded-content without
 *   data-secret gets a random one, added to its src as `#?secret=S`; each is
 *   sent {message: "ready", secret: S}.
 */
(function () {
  'use strict';
  if (window.wp && window.wp.receiveEmbedMessage) return;
  window.wp = window.wp || {};

  window.wp.receiveEmbedMessage = function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !/^[a-zA-Z0-9]+$/.test(String(data.secret))) return;
    var selector = '[data-secret="' + data.secret + '"]';
    document.querySelectorAll('blockquote' + selector).forEach(function (quote) {
      quote.style.display = 'none';
    });
    document.querySelectorAll('iframe' + selector).forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        var height = parseInt(data.value, 10);
        frame.height = String(height > 1000 ? 1000 : height >= 200 ? height : 200);
      } else if (data.message === 'link') {
        var target = new URL(String(data.value), location.href);
        var own = new URL(frame.getAttribute('src'), location.href);
        if (/^https?:$/.test(target.protocol) && target.host === own.host && document.activeElement === frame) window.top.location.href = target.href;
      }
    });
  };

  var started = false;
  function start() {
    if (started) return;
    started = true;
    document.querySelectorAll('iframe.wp-embedded-content').forEach(function (frame) {
      var secret = frame.getAttribute('data-secret');
      if (!secret) {
        secret = Math.random().toString(36).slice(2, 12);
        frame.src += '#?secret=' + secret;
        frame.setAttribute('data-secret', secret);
      }
      frame.contentWindow.postMessage({ message: 'ready', secret: secret }, '*');
    });
  }

  window.addEventListener('message', window.wp.receiveEmbedMessage);
  document.addEventListener('DOMContentLoaded', start);
  window.addEventListener('load', start);
})();
