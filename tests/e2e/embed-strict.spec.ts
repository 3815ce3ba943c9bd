/**
 * Embeds where the frame's scripts are held back: in a strict sandbox
 * (`sandbox="allow-scripts allow-popups"`, no allow-same-origin, as some
 * CMSs and forums frame third-party content) the frame's origin is opaque,
 * so every module, font and data request is cross-origin and works only
 * through the server's CORS headers; with JavaScript off, the prerendered
 * embed lists the events itself. Both from a page of another origin.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { violationsIn, watchCsp } from './cspWatch';
import { eventById, events, LANGS, ROOT, t } from './support';

const STRICT = 'allow-scripts allow-popups';
const SHOTS = join(ROOT, 'test-results/screenshots');

let site: string;
let host: HostServer;

test.beforeAll(async ({}, testInfo) => {
  site = new URL(testInfo.project.use.baseURL!).origin;
  host = await startHostServer({ EMBED_ORIGIN: site });
  // So the host page's own icon request is no 404 in the console.
  host.setPage('/favicon.ico', '');
});

test.afterAll(async () => {
  await host?.close();
});

/** A host page of another origin framing `path` of the site with the given sandbox. */
function framePage(name: string, path: string, sandbox: string): string {
  host.setPage(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body>` +
      `<h1>A forum post</h1><iframe id="embed" src="%EMBED_ORIGIN%${path}" title="Vietnam–Cuba timeline" ` +
      `width="100%" height="640" style="border:0;display:block" sandbox="${sandbox}"></iframe></body></html>`
  );
  return `${host.origin}/${name}.html`;
}

/** Every request of the site that failed or was refused, with why. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.url().startsWith(site) && response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
  });
  return failed;
}

test.describe('in a strict sandbox (opaque origin)', () => {
  test('the timeline renders its marks, a click opens the details, the language switch works', async ({ page }) => {
    const { consoleErrors } = await watchCsp(page);
    const failed = failedRequests(page);
    await page.goto(framePage('strict', '/en/embed?height=640', STRICT));
    const frame = page.frameLocator('#embed');
    const inner = page.frames().find((f) => f.url().startsWith(site))!;
    // The frame really is an opaque origin: every request it makes is cross-origin.
    expect(await inner.evaluate(() => window.origin)).toBe('null');

    const marks = frame.locator('.plot button[data-event-id]');
    await expect(marks.first()).toBeVisible();
    // The self-hosted font came through CORS too.
    await expect.poll(() => inner.evaluate(() => document.fonts.check('1rem "Be Vietnam Pro"'))).toBe(true);

    const mark = marks.last();
    const other = eventById((await mark.getAttribute('data-event-id'))!);
    await mark.click();
    await expect(frame.locator('#details-title')).toHaveText(other.title.en);

    // A client-side navigation: the French page's data (__data.json), also cross-origin.
    await frame.getByRole('navigation', { name: t('en', 'site.languages') }).getByRole('link', { name: /^FR/ }).click();
    await expect(frame.locator('#details-title')).toHaveText(other.title.fr);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'embed-strict-sandbox.png'), fullPage: true });
    expect(failed).toEqual([]);
    expect(await violationsIn(inner)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`the embed (${lang}) lists every event, with its date and summary`, async ({ page }) => {
      await page.goto(framePage(`nojs-${lang}`, `/${lang}/embed`, 'allow-scripts allow-same-origin allow-popups'));
      const frame = page.frameLocator('#embed');
      const list = frame.getByRole('region', { name: t(lang, 'site.listHeading') });
      await expect(list).toBeVisible();
      // The timeline, which cannot be drawn without scripts, is not shown with dead buttons.
      await expect(frame.locator('.plot')).toBeHidden();
      await expect(frame.getByRole('button', { name: t(lang, 'timeline.zoomIn') })).toBeHidden();
      const titles = list.getByRole('heading', { level: 4 });
      await expect(titles).toHaveCount(events.length);
      for (const event of events) {
        const item = list.getByRole('listitem').filter({ has: frame.getByRole('heading', { name: event.title[lang], exact: true }) });
        await expect(item).toBeVisible();
        await expect(item).toContainText(event.summary[lang]);
      }
      if (lang === 'en') {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, 'embed-no-js.png') });
      }
    });
  }
});

test('with JavaScript, the embed shows the timeline, not the list meant for readers without it', async ({ page }) => {
  await page.goto(framePage('with-js', '/en/embed', STRICT));
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('.plot button[data-event-id]').first()).toBeVisible();
  await expect(frame.getByRole('region', { name: t('en', 'site.listHeading') })).toHaveCount(0);
});
