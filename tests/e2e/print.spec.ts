import { expect, test } from '@playwright/test';
import { eventList, LANGS, listItem, openTimeline, plot, sourcesLine, t, timeOrder, viewSwitch } from './support';

for (const lang of LANGS) {
  test(`printing in ${lang} gives the list: dates, summaries and sources, without the timeline`, async ({ page }) => {
    await openTimeline(page, `/${lang}?event=visit-2022-10-cuba`);
    // On screen, the timeline view hides the list.
    await expect(eventList(page, lang)).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    const list = eventList(page, lang);
    await expect(list).toBeVisible();
    await expect(plot(page)).toBeHidden();
    await expect(page.getByRole('region', { name: t(lang, 'timeline.label'), exact: true })).toBeHidden();
    await expect(viewSwitch(page, lang)).toBeHidden();
    await expect(page.getByRole('group', { name: t(lang, 'site.theme'), exact: true })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByText(t(lang, 'site.sourcesFooter'))).toBeHidden();

    await expect(list.getByRole('heading', { level: 4 })).toHaveCount(timeOrder.length);
    for (const event of timeOrder) {
      const item = listItem(page, event.id);
      await expect(item.getByRole('heading', { level: 4 })).toHaveText(event.title[lang]);
      // The date, in words, with its year.
      await expect(item.locator('.when')).toBeVisible();
      await expect(item.locator('.when')).toContainText(event.date.match(/\d{4}/)![0]);
      await expect(item.getByText(event.summary[lang], { exact: true })).toBeVisible();
      await expect(item.getByText(sourcesLine(lang, event.sources), { exact: true })).toBeVisible();
    }

    // Back on screen, the timeline view is as it was.
    await page.emulateMedia({ media: 'screen' });
    await expect(eventList(page, lang)).toBeHidden();
    await expect(plot(page)).toBeVisible();
  });
}
