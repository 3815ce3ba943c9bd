/**
 * Watching a page for Content-Security-Policy violations: the
 * securitypolicyviolation events of every frame (recorded from before the
 * first script runs) and the console errors the browser prints for them.
 */
import type { Frame, Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
    __atBody?: { theme: string | undefined; js: boolean };
  }
}

/** Starts recording; call before the first navigation. */
export async function watchCsp(page: Page): Promise<{ consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    addEventListener(
      'securitypolicyviolation',
      (event) => window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`),
      true
    );
    // The theme and the "js" class as they are when the parser reaches <body>:
    // after every script of the head, before anything is painted.
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      const root = document.documentElement;
      window.__atBody = { theme: root.dataset.theme, js: root.classList.contains('js') };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return { consoleErrors };
}

/** The violations recorded in a page or frame. */
export const violationsIn = (target: Page | Frame) => target.evaluate(() => window.__cspViolations ?? []);

/** The theme and "js" class when <body> began. */
export const stateAtBody = (target: Page | Frame) => target.evaluate(() => window.__atBody);
