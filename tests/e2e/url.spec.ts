import { expect, test } from '@playwright/test';
import {
  collectPageErrors,
  DAY,
  details,
  detailsTitle,
  eventById,
  LANGS,
  mark,
  meta,
  openTimeline,
  plot,
  t,
  visibleWindow,
  windowChangedFrom,
  eventPageTitle
} from './support';

for (const from of LANGS) {
  const to = LANGS[(LANGS.indexOf(from) + 1) % LANGS.length];

  test(`switching language ${from} → ${to} keeps the event and the window`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const event = eventById('visit-2022-10-cuba');
    await openTimeline(page, `/${from}`);
    await mark(page, event.id, from).click();
    await expect(detailsTitle(page)).toHaveText(event.title[from]);
    const full = await visibleWindow(page);
    await page.getByRole('button', { name: t(from, 'timeline.zoomIn'), exact: true }).click();
    await windowChangedFrom(page, full);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
    const before = await visibleWindow(page);
    const query = new URL(page.url()).searchParams;

    const languages = page.getByRole('navigation', { name: t(from, 'site.languages') });
    await expect(languages.getByRole('link', { name: t(from, 'site.languageName') })).toHaveAttribute(
      'aria-current',
      'page'
    );
    await languages.getByRole('link', { name: t(to, 'site.languageName') }).click();

    await expect(page).toHaveURL(new RegExp(`/${to}\\?`));
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/${to}`);
    expect(url.searchParams.get('event')).toBe(event.id);
    expect(url.searchParams.get('from')).toBe(query.get('from'));
    expect(url.searchParams.get('to')).toBe(query.get('to'));

    await expect(detailsTitle(page)).toHaveText(event.title[to]);
    await expect(page).toHaveTitle(eventPageTitle(event.title[to], meta.title[to]));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[to]);
    await expect(
      page.getByRole('navigation', { name: t(to, 'site.languages') }).getByRole('link', { name: t(to, 'site.languageName') })
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: t(to, 'timeline.zoomIn'), exact: true })).toBeVisible();
    // The window is the same, give or take the day the URL rounds to.
    const after = await visibleWindow(page);
    expect(Math.abs(after.from - before.from)).toBeLessThanOrEqual(DAY);
    expect(Math.abs(after.to - before.to)).toBeLessThanOrEqual(DAY);
    expect(errors).toEqual([]);
    // Screen readers and hyphenation follow <html lang>, so it must follow the page.
    await expect(page.locator('html')).toHaveAttribute('lang', to);
  });
}

test('a deep link restores the event, the window and the second language', async ({ page }) => {
  const errors = collectPageErrors(page);
  const event = eventById('talks-2024-04');
  await openTimeline(page, '/vi?event=talks-2024-04&from=2024-03-20&to=2024-05-10&second=fr');

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(details(page)).toBeVisible();
  const title = detailsTitle(page);
  await expect(title.locator('[lang="vi"]')).toHaveText(event.title.vi);
  await expect(title.locator('[lang="fr"]')).toHaveText(event.title.fr);
  await expect(details(page).locator('.summary [lang="fr"]')).toHaveText(event.summary.fr);
  await expect(page.getByLabel(t('vi', 'site.secondLanguage'))).toHaveValue('fr');
  // Marks carry both titles too: at this zoom the talks are drawn within their visit.
  const visit = eventById(event.parent!);
  await expect(plot(page).locator('[lang="fr"]', { hasText: visit.title.fr })).toBeVisible();
  await expect(mark(page, visit.id, 'vi')).toBeVisible();

  await expect
    .poll(async () => {
      const w = await visibleWindow(page);
      return Math.abs(w.from - Date.UTC(2024, 2, 20)) <= DAY && Math.abs(w.to - Date.UTC(2024, 4, 10)) <= DAY;
    })
    .toBe(true);
  expect(errors).toEqual([]);
});

test('malformed query parameters fall back to the defaults without an error', async ({ page }) => {
  await openTimeline(page, '/en');
  const full = await visibleWindow(page);

  const errors = collectPageErrors(page);
  await openTimeline(page, `/en?event=${encodeURIComponent('<script>alert(1)</script>')}&from=banana&to=2024-13-45&second=xx`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(details(page)).toHaveCount(0);
  await expect(page.getByText(t('en', 'event.noneSelected'))).toBeVisible();
  await expect(page.getByLabel(t('en', 'site.secondLanguage'))).toHaveValue('');
  await expect.poll(() => visibleWindow(page)).toEqual(full);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title.en);

  // Half a window, an unknown event and the page's own language as second are ignored too.
  await openTimeline(page, '/en?event=no-such-event&from=2023-05-01&second=en');
  await expect(details(page)).toHaveCount(0);
  await expect(page.getByLabel(t('en', 'site.secondLanguage'))).toHaveValue('');
  await expect.poll(() => visibleWindow(page)).toEqual(full);
  expect(errors).toEqual([]);
});

for (const lang of LANGS) {
  test(`back and forward move between selected events (${lang})`, async ({ page }) => {
    const a = eventById('visit-2010');
    const b = eventById('agreement-2018');
    await openTimeline(page, `/${lang}`);

    await mark(page, a.id, lang).click();
    await expect(detailsTitle(page)).toHaveText(a.title[lang]);
    await mark(page, b.id, lang).click();
    await expect(detailsTitle(page)).toHaveText(b.title[lang]);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${b.id}(&|$)`));

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${a.id}(&|$)`));
    await expect(detailsTitle(page)).toHaveText(a.title[lang]);

    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${b.id}(&|$)`));
    await expect(detailsTitle(page)).toHaveText(b.title[lang]);

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    await expect(details(page)).toHaveCount(0);
  });
}
