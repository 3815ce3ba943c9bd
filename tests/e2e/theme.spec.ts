import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { backgroundLuminance, detailsTitle, eventById, LANGS, openMenu, openTimeline, ROOT, t, themeGroup, type Lang } from './support';

const DIR = join(ROOT, 'test-results/screenshots');
// Dark: near black; light: near white (WCAG relative luminance).
const DARK = 0.1;
const LIGHT = 0.8;

const themeButton = (page: Page, lang: Lang, key: 'themeSystem' | 'themeLight' | 'themeDark') =>
  themeGroup(page, lang).getByRole('button', { name: t(lang, `site.${key}`), exact: true });

/** WCAG relative luminance of an element's computed text colour. */
const textLuminance = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const [r, g, b] = (getComputedStyle(element).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

for (const lang of LANGS) {
  test.describe(`themes (${lang})`, () => {
    test.describe('under a dark system theme', () => {
      test.use({ colorScheme: 'dark' });

      test('the page is dark by default, with light text; screenshot', async ({ page }, testInfo) => {
        const event = eventById('visit-2022-10-cuba');
        await openTimeline(page, `/${lang}?event=${event.id}`);
        await expect(detailsTitle(page)).toHaveText(event.title[lang]);
        await openMenu(page, lang);
        await expect(themeButton(page, lang, 'themeSystem')).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
        expect(await backgroundLuminance(page)).toBeLessThan(DARK);
        expect(await textLuminance(page, 'h1')).toBeGreaterThan(LIGHT);

        // The screenshot shows the page as it opens, the menu closed.
        await page.keyboard.press('Escape');
        await page.evaluate(() => document.fonts.ready);
        mkdirSync(DIR, { recursive: true });
        const image = await page.screenshot({ path: join(DIR, `dark-${lang}.png`), fullPage: true });
        await testInfo.attach(`dark-${lang}`, { body: image, contentType: 'image/png' });
      });

      test('Light overrides the system', async ({ page }) => {
        await openTimeline(page, `/${lang}`);
        await openMenu(page, lang);
        await themeButton(page, lang, 'themeLight').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await expect(themeButton(page, lang, 'themeLight')).toHaveAttribute('aria-pressed', 'true');
        await expect(themeButton(page, lang, 'themeSystem')).toHaveAttribute('aria-pressed', 'false');
        await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(LIGHT);
      });
    });

    test.describe('under a light system theme', () => {
      test.use({ colorScheme: 'light' });

      test('the page is light by default; Dark makes it dark, is remembered, and System gives it back', async ({
        page
      }) => {
        await openTimeline(page, `/${lang}`);
        expect(await backgroundLuminance(page)).toBeGreaterThan(LIGHT);
        await openMenu(page, lang);
        await expect(themeButton(page, lang, 'themeSystem')).toHaveAttribute('aria-pressed', 'true');

        await themeButton(page, lang, 'themeDark').click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await expect(themeButton(page, lang, 'themeDark')).toHaveAttribute('aria-pressed', 'true');
        await expect(themeButton(page, lang, 'themeSystem')).toHaveAttribute('aria-pressed', 'false');
        await expect.poll(() => backgroundLuminance(page)).toBeLessThan(DARK);
        expect(await textLuminance(page, 'h1')).toBeGreaterThan(LIGHT);

        // The choice outlives the page.
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await openMenu(page, lang);
        await expect(themeButton(page, lang, 'themeDark')).toHaveAttribute('aria-pressed', 'true');
        expect(await backgroundLuminance(page)).toBeLessThan(DARK);

        await themeButton(page, lang, 'themeSystem').click();
        await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
        await expect.poll(() => backgroundLuminance(page)).toBeGreaterThan(LIGHT);
      });
    });
  });
}
