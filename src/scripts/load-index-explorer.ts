/**
 * Loads the TOP50 index explorer on the pages that show one. Its own module so
 * that an embed page without the explorer bundles nothing of it, not even the
 * lazy-import wrapper (src/embed/bundle.ts leaves this file out).
 */
if (document.querySelector('[data-index-explorer]')) void import('./index-explorer.ts');
