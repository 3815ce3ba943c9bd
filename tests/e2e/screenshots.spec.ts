/**
 * Screenshots kept as test artifacts (test-results/screenshots/), to be
 * looked at: each language with and without a second one, a visit zoomed to
 * its milestones, the April 2024 talks (one unknown day) selected, the list
 * view, the dark theme, at 390 × 844 and 1280 × 800; the embed at 700 × 600
 * and 320 × 568; and the printed list (PDF to PNG with pdftoppm). Each also
 * checks what a screenshot could hide: nothing wider than the screen, the
 * plot across it, the selected event's details in view.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { details, detailsTitle, eventById, eventList, LANGS, mark, meta, openList, openTimeline, plot, ROOT, t } from './support';

const DIR = join(ROOT, 'test-results/screenshots');
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 }
] as const;

test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

/** Checks that nothing pushes the page sideways, then saves the screen as `name`.png and attaches it. */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, name).toBeLessThanOrEqual(0);
  const image = await page.screenshot({ path: join(DIR, `${name}.png`) });
  await testInfo.attach(name, { body: image, contentType: 'image/png' });
}

/** The plot spans the screen less the page's margins (and, on a desktop, the details column). */
async function expectPlotAcross(page: Page, width: number) {
  const box = (await plot(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.width).toBeGreaterThan(width < 1024 ? width * 0.85 : width * 0.6);
}

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;
  test.describe(`screenshots at ${at}`, () => {
    test.use({ viewport: size, isMobile: size.width < 1024, hasTouch: size.width < 1024 });

    for (const lang of LANGS) {
      const second = LANGS[(LANGS.indexOf(lang) + 2) % 3];
      test(`${lang}, then with ${second} as a second language`, async ({ page }, testInfo) => {
        await openTimeline(page, `/${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[lang]);
        await expectPlotAcross(page, size.width);
        await shoot(page, testInfo, `${lang}-${at}`);

        await openTimeline(page, `/${lang}?second=${second}`);
        await expect(plot(page).locator(`[lang="${second}"]`).first()).toBeVisible();
        await expectPlotAcross(page, size.width);
        await shoot(page, testInfo, `${lang}+${second}-${at}`);
      });
    }

    test('a visit zoomed to its milestones, selected', async ({ page }, testInfo) => {
      const visit = eventById('visit-2023-05');
      await openTimeline(page, `/en?event=${visit.id}`);
      await details(page).getByRole('button', { name: t('en', 'event.zoomTo') }).click();
      await expect(mark(page, 'talks-2023-05-15', 'en')).toBeVisible();
      await expect(detailsTitle(page)).toBeInViewport();
      await shoot(page, testInfo, `visit-milestones-en-${at}`);
    });

    test('the April 2024 talks (one unknown day) selected', async ({ page }, testInfo) => {
      const talks = eventById('talks-2024-04');
      await openTimeline(page, `/fr?event=${talks.id}`);
      await expect(detailsTitle(page)).toHaveText(talks.title.fr);
      await expect(mark(page, talks.id, 'fr')).toBeInViewport();
      await expect(detailsTitle(page)).toBeInViewport();
      await shoot(page, testInfo, `talks-2024-04-fr-${at}`);
    });

    test('the list view', async ({ page }, testInfo) => {
      await openList(page, '/vi?view=list&event=visit-2022-10-cuba', 'vi');
      await expect(eventList(page, 'vi')).toBeVisible();
      await shoot(page, testInfo, `list-vi-${at}`);
    });

    test.describe('dark theme', () => {
      test.use({ colorScheme: 'dark' });

      test('a selected event in the dark', async ({ page }, testInfo) => {
        await openTimeline(page, '/en?event=visit-2022-10-cuba&second=vi');
        await expect(detailsTitle(page)).toBeInViewport();
        await shoot(page, testInfo, `dark-en+vi-${at}`);
      });
    });
  });
}

test.describe('the embed', () => {
  for (const size of [
    { width: 700, height: 600 },
    { width: 320, height: 568 }
  ]) {
    const at = `${size.width}x${size.height}`;
    test(`in a ${at} frame, with and without an event open, light and dark`, async ({ page }, testInfo) => {
      await page.setViewportSize(size);
      await page.goto('/en/embed');
      await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
      // The plot fills the frame: no blank band under the footer.
      const bottom = await page.locator('.embed').evaluate((element) => element.getBoundingClientRect().bottom);
      expect(Math.abs(bottom - size.height)).toBeLessThanOrEqual(1);
      await shoot(page, testInfo, `embed-en-${at}`);

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto('/fr/embed?event=visit-2023-05');
      await expect(page.locator('#details-title')).toHaveText(eventById('visit-2023-05').title.fr);
      await expect(page.locator('#details-title')).toBeInViewport();
      await shoot(page, testInfo, `embed-fr-dark-${at}`);
    });
  }
});

test("the embed's controls are one row of 32 to 40 px, in every language, from 320 px", async ({ page }) => {
  for (const width of [320, 700]) {
    await page.setViewportSize({ width, height: 568 });
    for (const lang of LANGS) {
      await page.goto(`/${lang}/embed`);
      await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const bar = (await page.getByTestId('toolbar').boundingBox())!;
      expect(bar.height, `${lang} at ${width}`).toBeGreaterThanOrEqual(32);
      expect(bar.height, `${lang} at ${width}`).toBeLessThanOrEqual(40);
      expect(bar.x + bar.width, `${lang} at ${width}`).toBeLessThanOrEqual(width);
      // Each control inside the row, none pushed out of it.
      const controls = await page.getByTestId('toolbar').locator('button, a').evaluateAll((elements) =>
        elements.filter((e) => e.getClientRects().length).map((e) => e.getBoundingClientRect().right)
      );
      expect(Math.max(...controls), `${lang} at ${width}`).toBeLessThanOrEqual(width);
    }
  }
});

test('the printed list, each language, as PDF pages turned into PNG', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const run = promisify(execFile);
  for (const lang of LANGS) {
    await openTimeline(page, `/${lang}?event=visit-2022-10-cuba`);
    await page.evaluate(() => document.fonts.ready);
    // The list's code comes once the page is idle (a reader prints seconds after the page opened, not at once).
    await expect(page.getByRole('heading', { name: t(lang, 'site.listHeading'), includeHidden: true })).toBeAttached();
    const pdf = join(DIR, `print-${lang}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    // The paper holds the list: every event's title, in the page's language.
    const { stdout: text } = await run('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain(t(lang, 'site.listHeading'));
    expect(text.replace(/\s+/g, ' ')).toContain(eventById('visit-2022-10-cuba').title[lang]);
    await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(DIR, `print-${lang}`)]);
  }
  const pages = readdirSync(DIR).filter((name) => /^print-(fr|en|vi)-\d+\.png$/.test(name));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const name of pages) await testInfo.attach(name, { path: join(DIR, name), contentType: 'image/png' });
});
