import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Background services (updates, sync, field trials, QUIC) would try the network, which is closed on our machines.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A skip reason for node:test when this machine has no Chromium or no Apertium (the demo data needs it), else false. */
export function browserTestsSkip(): string | false {
  if (!existsSync(CHROMIUM_PATH)) return `browser tests drive Debian's Chromium at ${CHROMIUM_PATH}, which is not installed (apt-get install chromium; .ci/run does)`;
  if (!existsSync('/usr/share/apertium/modes/spa-eng.mode')) return 'browser tests run over the offline demo, which translates with Apertium (npm run setup installs it; CI does)';
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
