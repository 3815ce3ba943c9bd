import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };

/** Headless Chromium with the flags the project's browser tests use. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}

/**
 * A fresh context (empty cache) with the benchmark's viewport. tsx compiles
 * the functions we send to the page with esbuild's keepNames, which wraps them
 * in a `__name` helper the page lacks: a no-op one is defined first.
 */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}
