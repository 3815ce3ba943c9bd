import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, eventById, LANGS, mark, openList, openMenu, openTimeline, type Lang } from './support';

const WIDTHS = [320, 390] as const;
const MIN_TARGET = 24;

/** How far the page is wider than the screen, in CSS px (0 when there is no horizontal scroll). */
const horizontalOverflow = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });

/** Every visible control of the timeline, its toolbar (and menu) and the details sheet smaller than a fingertip target, with its size. */
const smallTargets = (page: Page) =>
  page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.timeline button, .timeline [data-event-id], .timeline a, .timeline select, .timeline [role="slider"], .details button, .details summary, .details a'
    );
    return [...controls]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = el.dataset.eventId ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        return { name, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 };
      })
      .filter((target) => target.width < min || target.height < min);
  }, MIN_TARGET);

const countTargets = (page: Page) => page.locator('.timeline button:visible, .timeline select:visible').count();

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    for (const lang of LANGS) {
      test(`no page scrolls sideways in ${lang}: the timeline, an event page, the list view`, async ({ page }) => {
        await openTimeline(page, `/${lang}`);
        expect(await horizontalOverflow(page), `/${lang}`).toBeLessThanOrEqual(0);

        const event = eventById('visit-2023-05');
        await openTimeline(page, `/${lang}/events/${event.id}`);
        await expect(detailsTitle(page)).toHaveText(event.title[lang]);
        expect(await horizontalOverflow(page), `/${lang}/events/${event.id}`).toBeLessThanOrEqual(0);

        await openList(page, `/${lang}?view=list&second=${LANGS.find((code) => code !== lang)}`, lang);
        expect(await horizontalOverflow(page), `/${lang}?view=list`).toBeLessThanOrEqual(0);
      });

      test(`every mark, dot and button of the timeline is at least 24 × 24 px in ${lang}`, async ({ page }) => {
        await checkTargets(page, lang, `/${lang}`);
        // Zoomed to a visit, its milestones are drawn too.
        await checkTargets(page, lang, `/${lang}/events/visit-2023-05`);
        await expect(mark(page, 'talks-2023-05-15', lang)).toBeVisible();
      });
    }
  });
}

async function checkTargets(page: Page, lang: Lang, path: string) {
  await openTimeline(page, path);
  await page.evaluate(() => document.fonts.ready);
  expect(await countTargets(page), `controls on ${path}`).toBeGreaterThan(5);
  // The menu's controls too, open.
  await openMenu(page, lang);
  const small = await smallTargets(page);
  expect(small, `targets under ${MIN_TARGET} px on ${path} (${lang}): ${JSON.stringify(small)}`).toEqual([]);
  await page.keyboard.press('Escape');
}
