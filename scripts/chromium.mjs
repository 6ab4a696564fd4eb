// Headless Chromium for the browser test (tests/browser.test.ts) and scripts/screenshot.mjs.
// playwright-core drives Debian's chromium package (`apt-get install chromium`); it downloads no
// browser of its own. The flags turn off Chromium's own background connections (updates, sync,
// QUIC probes), which a closed network refuses and which have nothing to do with the report.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides it (another system's Chromium or Chrome). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why Chromium cannot be launched here, or null when it can. */
export function chromiumMissing() {
  if (existsSync(CHROMIUM_PATH)) return null;
  return `Chromium not found at ${CHROMIUM_PATH}: the HTML report is tested in a real browser. `
    + 'Install Debian\'s Chromium with `apt-get update && apt-get install -y --no-install-recommends chromium` (as root; '
    + '.ci/run does this on CI), or set CHROMIUM_PATH to a Chromium or Chrome executable.';
}

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
