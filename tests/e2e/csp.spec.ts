/**
 * The Content-Security-Policy (svelte.config.js): every prerendered page
 * carries it in a <meta>, the server sends it as a header with
 * frame-ancestors, and the pages run under it without a single violation:
 * SvelteKit's start script, the theme script of app.html and the embed's
 * theme script, all allowed by their hashes, not by 'unsafe-inline'.
 */
import { expect, test, type Page } from '@playwright/test';
import { stateAtBody, violationsIn, watchCsp } from './cspWatch';
import { detailsTitle, eventById, openTimeline, plot, t } from './support';

const PAGES = ['/en', '/en/embed', '/en/events/visit-2023-05'];

/** A policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values])
  );
}

const metaPolicy = (page: Page) =>
  page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content').then((value) => value ?? '');

for (const path of PAGES) {
  test(`${path} runs under its policy with no violation`, async ({ page }) => {
    const { consoleErrors } = await watchCsp(page);
    const response = await page.goto(path);
    await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();

    const header = directives(response!.headers()['content-security-policy'] ?? '');
    const meta = directives(await metaPolicy(page));
    for (const policy of [header, meta]) {
      const scripts = policy.get('script-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((value) => value.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(2);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
    }
    // The header is the page's own policy plus what a <meta> cannot carry.
    expect(header.get('frame-ancestors')).toEqual(['*']);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('script-src')).toEqual(meta.get('script-src'));

    // The page hydrated: a click opens details.
    await plot(page).locator('button[data-event-id]').first().click();
    await expect(page.locator('article.details')).toBeVisible();
    expect(await violationsIn(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('the policy is enforced: a script injected into the page does not run, and is reported', async ({ page }) => {
  await watchCsp(page);
  await openTimeline(page, '/en');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
  // Reported once per policy that blocks it (the header's and the <meta>'s).
  await expect.poll(() => violationsIn(page).then((found) => found.length)).toBeGreaterThan(0);
  for (const violation of await violationsIn(page)) expect(violation).toMatch(/^script-src-elem blocked inline/);
});

test('the <meta> alone is enough: served without the header, /en runs with no violation', async ({ page }) => {
  const { consoleErrors } = await watchCsp(page);
  // A static host that sends no policy header: the pages' own <meta> applies.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const event = eventById('visit-2023-05');
  await openTimeline(page, `/en?event=${event.id}`);
  await expect(detailsTitle(page)).toHaveText(event.title.en);
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test.describe('the theme scripts run before the first paint', () => {
  test.use({ colorScheme: 'light' });

  for (const path of ['/en', '/en/events/visit-2023-05']) {
    test(`${path}: a stored dark theme is on <html> before <body> begins`, async ({ page }) => {
      await watchCsp(page);
      await page.addInitScript(() => localStorage.setItem('timeline-theme', 'dark'));
      await openTimeline(page, path);
      expect(await stateAtBody(page)).toEqual({ theme: 'dark', js: true });
      expect(await violationsIn(page)).toEqual([]);
    });
  }

  test('/en/embed?theme=dark is dark before <body> begins, whatever was stored', async ({ page }) => {
    await watchCsp(page);
    await page.addInitScript(() => localStorage.setItem('timeline-theme', 'light'));
    await openTimeline(page, '/en/embed?theme=dark');
    expect(await stateAtBody(page)).toEqual({ theme: 'dark', js: true });
    expect(await violationsIn(page)).toEqual([]);
  });
});

test('what loads later runs under the policy too: the embed dialog and its preview, the list, another language', async ({
  page
}) => {
  const { consoleErrors } = await watchCsp(page);
  await openTimeline(page, '/fr');
  // The dialog is a lazily loaded module with its own stylesheet; its preview is a framed embed.
  await page.getByRole('button', { name: t('fr', 'embed.button'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('fr', 'embed.title') });
  const preview = dialog.getByTitle(t('fr', 'embed.previewTitle')).contentFrame();
  await expect(preview.locator('.plot button[data-event-id]').first()).toBeVisible();
  expect(await violationsIn(page.frames().find((frame) => frame.url().includes('/embed'))!)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // A client-side navigation fetches the other language's __data.json.
  await page.goto('/fr?view=list');
  await page.getByRole('link', { name: 'English', exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\?view=list$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('/ sends the reader to their language under the policy, with no violation', async ({ page }) => {
  const { consoleErrors } = await watchCsp(page);
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
  await expect(page).toHaveURL(/\/en$/);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
