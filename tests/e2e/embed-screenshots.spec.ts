/**
 * Screenshots of the embed in a host page of another origin, narrow and
 * wide, in every language, and of the embed dialog; each also checks that
 * nothing inside the frame is wider than the frame.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { eventById, LANGS, openMenu, openTimeline, ROOT, t } from './support';

const DIR = join(ROOT, 'test-results/embed-screenshots');
const WIDTHS = [320, 1000] as const;

let host: HostServer;

test.beforeAll(async ({}, testInfo) => {
  host = await startHostServer({ EMBED_ORIGIN: new URL(testInfo.project.use.baseURL!).origin });
  mkdirSync(DIR, { recursive: true });
});

test.afterAll(async () => {
  await host?.close();
});

for (const lang of LANGS) {
  for (const width of WIDTHS) {
    test(`embed screenshot ${lang} at ${width} px: the frame fits its width and its content`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${host.origin}/options.html?lang=${lang}&event=visit-2023-05`);
      const iframe = page.locator('#embed iframe');
      const frame = iframe.contentFrame();
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
      await expect(frame.locator('#details-title')).toHaveText(eventById('visit-2023-05').title[lang]);
      await frame.locator('html').evaluate(() => document.fonts.ready);

      const inner = await frame.locator('html').evaluate((html) => ({
        overflow: html.scrollWidth - html.clientWidth,
        plot: document.querySelector('.plot')!.getBoundingClientRect().width,
        frame: html.clientWidth
      }));
      expect(inner.overflow).toBeLessThanOrEqual(0);
      expect(inner.plot).toBeGreaterThan(inner.frame * 0.85);
      await expect
        .poll(async () => {
          const [outer, content] = await Promise.all([
            iframe.evaluate((element) => element.getBoundingClientRect().height),
            frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height))
          ]);
          return Math.abs(outer - content);
        })
        .toBeLessThanOrEqual(1);

      await page.screenshot({ path: join(DIR, `embed-${lang}-${width}-top.png`) });
      const image = await page.screenshot({ path: join(DIR, `embed-${lang}-${width}.png`), fullPage: true });
      await testInfo.attach(`embed-${lang}-${width}`, { body: image, contentType: 'image/png' });
    });
  }

  test(`dialog screenshot ${lang}: the dialog fits the window`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openTimeline(page, `/${lang}?event=visit-2022-10-cuba`);
    await openMenu(page, lang);
    await page.getByRole('button', { name: t(lang, 'embed.button'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t(lang, 'embed.title') });
    await expect(dialog).toBeVisible();
    const preview = dialog.getByTitle(t(lang, 'embed.previewTitle')).contentFrame();
    await expect(preview.locator('#details-title')).toHaveText(eventById('visit-2022-10-cuba').title[lang]);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

    const image = await page.screenshot({ path: join(DIR, `dialog-${lang}.png`) });
    await testInfo.attach(`dialog-${lang}`, { body: image, contentType: 'image/png' });
  });
}

test('dialog screenshot at 390 px: one column, nothing wider than the window', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTimeline(page, '/vi');
  await openMenu(page, 'vi');
  await page.getByRole('button', { name: t('vi', 'embed.button'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('vi', 'embed.title') });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  const image = await page.screenshot({ path: join(DIR, 'dialog-vi-390.png') });
  await testInfo.attach('dialog-vi-390', { body: image, contentType: 'image/png' });
});
