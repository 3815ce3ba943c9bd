import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../chromium';

export const VIEWPORT = { width: 1280, height: 800 };

/** Headless Chromium with the flags the project's browser tests use. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ headless: true, ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS });
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
