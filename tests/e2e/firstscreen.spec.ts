/**
 * The timeline owns the first screen, and the details come where the eye
 * is: on a 1280 × 800 desktop and a 390 × 844 phone, the plot and its
 * overview strip take most of the screen; a click opens the details in view
 * (beside the plot, or in a bottom sheet) without the reader scrolling,
 * without moving the plot, and Escape gives focus back to the event.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  details,
  detailsTitle,
  eventById,
  focusedEventId,
  LANGS,
  mark,
  openTimeline,
  plot,
  t,
  type Lang
} from './support';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The overview strip under the plot (drawn for the eye; the keys and buttons do its work for others). */
const overview = (page: Page) => page.locator('svg.overview');

/** How many px of an element's box lie inside the viewport's height, the page scrolled to its top. */
async function visibleHeight(locator: Locator, viewportHeight: number): Promise<number> {
  const box = (await locator.boundingBox())!;
  return Math.max(0, Math.min(box.y + box.height, viewportHeight) - Math.max(box.y, 0));
}

/** The share of the first screen the plot and its overview strip take. */
async function plotShare(page: Page, viewportHeight: number): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const heights = await Promise.all([plot(page), overview(page)].map((part) => visibleHeight(part, viewportHeight)));
  return (heights[0] + heights[1]) / viewportHeight;
}

/** Whether the whole box of an element is inside the viewport now. */
const inViewport = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

/** The plot's box, in page coordinates (scroll included), to tell whether it moved. */
const plotPlace = (page: Page) =>
  plot(page).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  });

for (const lang of LANGS) {
  test.describe(`the first screen at 1280 × 800 (${lang})`, () => {
    test.use({ viewport: DESKTOP });

    test('the headline takes at most two lines and the plot with its overview at least 60 %', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await page.evaluate(() => document.fonts.ready);
      const lines = await page.getByRole('heading', { level: 1 }).evaluate((h1) => {
        const lineHeight = parseFloat(getComputedStyle(h1).lineHeight);
        return Math.round(h1.getBoundingClientRect().height / lineHeight);
      });
      expect(lines).toBeLessThanOrEqual(2);
      expect(await plotShare(page, DESKTOP.height)).toBeGreaterThanOrEqual(0.6);
      // The toolbar sits on the plot: zoom, the view, the languages and the menu in one row,
      // the search field and Filters in a second one.
      const toolbar = page.getByTestId('toolbar').first();
      const toolbarBox = (await toolbar.boundingBox())!;
      expect(toolbarBox.height).toBeLessThanOrEqual(96);
      const rowOf = async (control: Locator) => {
        const box = (await control.boundingBox())!;
        return Math.round(box.y + box.height / 2);
      };
      const zoomRow = await rowOf(toolbar.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true }));
      for (const control of [
        toolbar.getByRole('button', { name: t(lang, 'site.viewList') }),
        toolbar.locator('a[hreflang="vi"]'),
        toolbar.getByRole('button', { name: t(lang, 'site.menu'), exact: true })
      ]) {
        expect(Math.abs((await rowOf(control)) - zoomRow)).toBeLessThanOrEqual(4);
      }
      const searchRow = await rowOf(toolbar.getByRole('searchbox', { name: t(lang, 'search.label') }));
      expect(searchRow - zoomRow).toBeLessThanOrEqual(48);
      const plotBox = (await plot(page).boundingBox())!;
      expect(plotBox.y - (toolbarBox.y + toolbarBox.height)).toBeLessThanOrEqual(16);
    });

    test('a click opens the details beside the plot, in view, the plot unmoved; Escape gives focus back', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const before = await plotPlace(page);
      await mark(page, 'visit-2022-10-cuba', lang).click();
      await expectDetailsInView(page, lang, 'visit-2022-10-cuba');
      // Beside the plot, not under it: the details start above the plot's bottom.
      const side = (await details(page).boundingBox())!;
      expect(side.x).toBeGreaterThanOrEqual(before.x + before.width);
      expect(side.y).toBeLessThan(before.y + before.height);
      expect(await plotPlace(page)).toEqual(before);

      await expectEscapeReturnsFocus(page, lang);
      expect(await plotPlace(page)).toEqual(before);
    });
  });

  test.describe(`the first screen at 390 × 844 (${lang})`, () => {
    test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

    test('the plot with its overview takes at least half the screen; the toolbar stays at hand', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await page.evaluate(() => document.fonts.ready);
      expect(await plotShare(page, PHONE.height)).toBeGreaterThanOrEqual(0.5);
      // Scrolled down past where the toolbar sits, it is still at the top of the screen.
      const toolbar = page.getByTestId('toolbar').first();
      const home = (await toolbar.boundingBox())!.y;
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(home + 20);
      expect(await inViewport(toolbar)).toBe(true);
      expect((await toolbar.boundingBox())!.y).toBeLessThanOrEqual(1);
      await expect(page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true })).toBeInViewport();
    });

    test('a tap opens a bottom sheet in view, the tapped mark still in sight; Escape gives focus back', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const before = await plotPlace(page);
      const id = 'visit-2023-05';
      await mark(page, id, lang).tap();
      await expectDetailsInView(page, lang, id);
      // The sheet lies over the bottom of the screen, and the mark is above it.
      const sheet = (await details(page).locator('..').boundingBox())!;
      expect(sheet.y + sheet.height).toBeCloseTo(PHONE.height, 0);
      const tapped = (await mark(page, id, lang).boundingBox())!;
      expect(tapped.y + tapped.height).toBeLessThanOrEqual(sheet.y);
      expect(tapped.y).toBeGreaterThanOrEqual(0);
      expect(await plotPlace(page)).toEqual(before);

      await expectEscapeReturnsFocus(page, lang);
      expect(await plotPlace(page)).toEqual(before);
    });
  });
}

/** The details of `id` are open and their beginning (Previous / Next, date, title) is on screen. */
async function expectDetailsInView(page: Page, lang: Lang, id: string) {
  await expect(detailsTitle(page)).toHaveText(eventById(id).title[lang]);
  const parts = [
    details(page).getByRole('button', { name: t(lang, 'event.previous') }),
    details(page).getByRole('button', { name: t(lang, 'event.next') }),
    details(page).getByRole('button', { name: t(lang, 'event.close') }),
    details(page).locator('.when time'),
    detailsTitle(page)
  ];
  for (const part of parts) await expect.poll(() => inViewport(part)).toBe(true);
}

/**
 * From inside the details (after Next), Escape closes them and puts focus on
 * the mark of the event that was open, so the arrows go on from there.
 */
async function expectEscapeReturnsFocus(page: Page, lang: Lang) {
  const next = details(page).getByRole('button', { name: t(lang, 'event.next') });
  await next.focus();
  await page.keyboard.press('Enter');
  const shown = await details(page).getAttribute('data-event-id');
  await expect(next).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await expect.poll(() => focusedEventId(page)).toBe(shown);
}

test.describe('the details read in order, in lines a reader can follow', () => {
  test.use({ viewport: { width: 1000, height: 800 } });

  for (const lang of LANGS) {
    test(`Previous / Next, date and kind, title, summary, place, people, milestones, sources (${lang})`, async ({ page }) => {
      const visit = eventById('visit-2023-05');
      await openTimeline(page, `/${lang}?event=${visit.id}`);
      await expect(detailsTitle(page)).toHaveText(visit.title[lang]);
      const article = details(page);
      const parts = [
        article.getByRole('button', { name: t(lang, 'event.previous') }),
        article.locator('.when time'),
        article.locator('.when').getByText(t(lang, `event.kind.${visit.kind}`), { exact: true }),
        // Why the year is 2023 sits right under the date it explains.
        article.getByText(t(lang, 'event.dateReasoning'), { exact: true }),
        detailsTitle(page),
        article.getByRole('region', { name: t(lang, 'event.summary') }),
        article.getByText(t(lang, 'event.where'), { exact: true }),
        article.getByText(t(lang, 'event.who'), { exact: true }),
        article.getByRole('heading', { name: t(lang, 'event.milestones'), exact: true }),
        article.getByRole('heading', { name: t(lang, 'event.sources'), exact: true })
      ];
      const handles = await Promise.all(parts.map((part) => part.elementHandle()));
      const inOrder = await page.evaluate(
        (elements) =>
          elements.every(
            (element, i) => i === 0 || !!(elements[i - 1]!.compareDocumentPosition(element!) & Node.DOCUMENT_POSITION_FOLLOWING)
          ),
        handles
      );
      expect(inOrder).toBe(true);

      // At most about 70 characters on a line of the summary, even in a wide sheet.
      const longest = await article
        .locator('.summary p')
        .first()
        .evaluate((paragraph) => {
          const text = paragraph.firstChild!;
          const lines = new Map<number, number>();
          const range = document.createRange();
          for (let i = 0; i < text.textContent!.length; i += 1) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
          return Math.max(...lines.values());
        });
      expect(longest).toBeGreaterThan(40);
      expect(longest).toBeLessThanOrEqual(70);
    });
  }
});
