import { existsSync } from 'node:fs';

/**
 * The Chromium every browser run here uses (tests, benchmark, Lighthouse):
 * Debian's (`apt-get install chromium`) where it is installed, since
 * browsers cannot be downloaded on every machine, and Playwright's own
 * otherwise (undefined).
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const chromiumPath: string | undefined = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** Flags that run headless in containers without a GPU, sandbox or network beyond the site. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
