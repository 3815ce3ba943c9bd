/**
 * The Content-Security-Policy on the site built from 10,000 events (the
 * `large` project): its language page starts fetching the data file from an
 * inline script in its head, allowed by that script's hash.
 */
import { expect, test } from '@playwright/test';
import { startHostServer } from '../fixtures/host/server';
import { stateAtBody, violationsIn, watchCsp } from './cspWatch';
import { plot } from './support';

test('/en of 10,000 events: the early data fetch runs under the policy, and the whole timeline loads', async ({
  page
}) => {
  const { consoleErrors } = await watchCsp(page);
  await page.addInitScript(() => localStorage.setItem('timeline-theme', 'dark'));
  // The head's script hands its request over in window.__timelineData, which the page lets go once the
  // timeline is unpacked: the address it held is noted as it is set.
  await page.addInitScript(() => {
    let request: { url: string } | undefined;
    Object.defineProperty(window, '__timelineData', {
      configurable: true,
      get: () => request,
      set: (value: { url: string }) => {
        request = value;
        (window as { earlyUrl?: string }).earlyUrl = value.url;
      }
    });
  });
  const dataRequest = page.waitForRequest(/\/data\/timeline-[0-9a-f]+\.json$/);
  await page.goto('/en');
  // The request comes from the head's script, before the app's modules run.
  const started = await page.evaluate(() => (window as { earlyUrl?: string }).earlyUrl);
  expect(started).toMatch(/^\/data\/timeline-[0-9a-f]+\.json$/);
  expect(new URL((await dataRequest).url()).pathname).toBe(started);

  await expect(page.getByText(/Loading all/)).toHaveCount(0);
  await expect(page.locator('#timeline-description')).toContainText('10000 events');
  // Once the whole timeline is in, the parsed file is let go (it was as much heap again as the timeline).
  await expect.poll(() => page.evaluate(() => '__timelineData' in window)).toBe(false);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
  expect(await stateAtBody(page)).toEqual({ theme: 'dark', js: true });
  expect(await violationsIn(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the embed of 10,000 events in a strict sandbox fetches the data file across origins (CORS)', async ({
  page
}, testInfo) => {
  const site = new URL(testInfo.project.use.baseURL!).origin;
  const host = await startHostServer({ EMBED_ORIGIN: site });
  try {
    host.setPage(
      '/strict.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>' +
        '<iframe id="embed" src="%EMBED_ORIGIN%/en/embed" title="Timeline" width="100%" height="640" ' +
        'sandbox="allow-scripts allow-popups"></iframe></body></html>'
    );
    const dataResponse = page.waitForResponse(/\/data\/timeline-[0-9a-f]+\.json$/);
    await page.goto(`${host.origin}/strict.html`);
    const frame = page.frameLocator('#embed');
    expect((await dataResponse).headers()['access-control-allow-origin']).toBe('*');
    await expect(frame.locator('#timeline-description')).toContainText('10000 events');
    await expect(frame.locator('.plot button[data-event-id]').first()).toBeVisible();
  } finally {
    await host.close();
  }
});
