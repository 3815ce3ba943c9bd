import { expect, test } from '@playwright/test';
import {
  DAY,
  details,
  detailsTitle,
  eventById,
  eventList,
  LANGS,
  listItem,
  mark,
  openList,
  openTimeline,
  plot,
  settledWindow,
  showList,
  showTimeline,
  t,
  viewSwitch,
  visibleWindow
} from './support';

// A short window, so the list is longer than the screen and "in view" means scrolled to.
test.use({ viewport: { width: 1280, height: 600 } });

for (const lang of LANGS) {
  test.describe(`list view and timeline in step (${lang})`, () => {
    test('an event selected on the timeline is the current, visible item of the list', async ({ page }) => {
      const event = eventById('visit-2024-04-havana');
      await openTimeline(page, `/${lang}`);
      await mark(page, event.id, lang).click();
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);

      await showList(page, lang);
      await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
      const item = listItem(page, event.id);
      await expect(item).toHaveAttribute('aria-current', 'true');
      await expect(item.getByRole('heading', { level: 4 })).toHaveText(event.title[lang]);
      await expect(item).toBeInViewport();
      // It took scrolling to get there: the item is not at the top of the page.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expect(eventList(page, lang).locator('li[aria-current]')).toHaveCount(1);
    });

    test('an event chosen in the list is the one the timeline shows', async ({ page }) => {
      const event = eventById('talks-2023-05-15');
      await openList(page, `/${lang}?view=list`, lang);
      const link = eventList(page, lang).getByRole('link', { name: event.title[lang], exact: true });
      await link.click();

      // With JavaScript the link selects in place rather than leaving the page.
      await expect(page).toHaveURL(new RegExp(`/${lang}\\?.*event=${event.id}(&|$)`));
      await expect(page).toHaveURL(/[?&]view=list(&|$)/);
      await expect(listItem(page, event.id)).toHaveAttribute('aria-current', 'true');
      await expect(eventList(page, lang)).toBeVisible();

      await showTimeline(page, lang);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      // A milestone: the timeline zooms until its mark is drawn, and marks it current.
      await expect(mark(page, event.id, lang)).toBeVisible();
      await expect(mark(page, event.id, lang)).toHaveAttribute('aria-current', 'true');
      await expect(page).not.toHaveURL(/[?&]view=/);
    });

    test('the window is kept across switches, in the page and in its address', async ({ page }) => {
      const first = eventById('visit-2024-04-havana');
      await openTimeline(page, `/${lang}?from=2024-03-20&to=2024-05-10`);
      await expect
        .poll(async () => {
          const w = await visibleWindow(page);
          return Math.abs(w.from - Date.UTC(2024, 2, 20)) <= DAY && Math.abs(w.to - Date.UTC(2024, 4, 10)) <= DAY;
        })
        .toBe(true);
      const before = await settledWindow(page);
      const query = new URL(page.url()).searchParams;

      await showList(page, lang);
      const url = new URL(page.url());
      expect(url.searchParams.get('view')).toBe('list');
      expect(url.searchParams.get('from')).toBe(query.get('from'));
      expect(url.searchParams.get('to')).toBe(query.get('to'));
      await expect(listItem(page, first.id)).toBeVisible();
      await expect(eventList(page, lang).locator('li[aria-current]')).toHaveCount(0);

      await showTimeline(page, lang);
      const after = await settledWindow(page);
      expect(Math.abs(after.from - before.from)).toBeLessThanOrEqual(DAY);
      expect(Math.abs(after.to - before.to)).toBeLessThanOrEqual(DAY);
      await expect(mark(page, first.id, lang)).toBeVisible();
      await expect(details(page)).toHaveCount(0);
    });

    test('?view=list opens the list, on the event the link names, and survives a reload', async ({ page }) => {
      const event = eventById('hq-visit-2024-04');
      await openList(page, `/${lang}?view=list&event=${event.id}`, lang);
      const views = viewSwitch(page, lang);
      await expect(views.getByRole('button', { name: t(lang, 'site.viewList'), exact: true })).toHaveAttribute(
        'aria-pressed',
        'true'
      );
      await expect(views.getByRole('button', { name: t(lang, 'site.viewTimeline'), exact: true })).toHaveAttribute(
        'aria-pressed',
        'false'
      );
      await expect(plot(page)).toBeHidden();
      await expect(listItem(page, event.id)).toHaveAttribute('aria-current', 'true');
      await expect(listItem(page, event.id)).toBeInViewport();

      await page.reload();
      await expect(plot(page)).toBeHidden();
      await expect(eventList(page, lang)).toBeVisible();
      await expect(listItem(page, event.id)).toHaveAttribute('aria-current', 'true');

      await showTimeline(page, lang);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      await expect(page).not.toHaveURL(/[?&]view=/);
    });
  });
}
