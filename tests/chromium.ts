/**
 * Where the tests find Chromium. Playwright cannot download its own browser
 * on these machines, so the system's Chromium (Debian package `chromium`) is used.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found (looked at $CHROMIUM_PATH and ' +
  CANDIDATES.join(', ') +
  '). Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome binary).';

/** Flags for a headless, offline Chromium that starts no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
