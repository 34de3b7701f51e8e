/** Fails early, with the install command, when no Chromium is available for the browser tests. */
import { findChromium, HOW_TO_GET_CHROMIUM } from '../tests/chromium.ts';

const path = findChromium();
if (!path) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
console.log(`browser tests use ${path}`);
