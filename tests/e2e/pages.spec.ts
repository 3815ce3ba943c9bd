import { expect, test } from '@playwright/test';
import {
  collectPageErrors,
  eventList,
  events,
  LANGS,
  meta,
  openList,
  openTimeline,
  plot,
  showList,
  sourcesLine,
  t,
  viewSwitch
} from './support';

for (const lang of LANGS) {
  test.describe(`/${lang}`, () => {
    test('opens in its language, with the title from the data and hreflang alternates', async ({ page }) => {
      const errors = collectPageErrors(page);
      await openTimeline(page, `/${lang}`);

      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(meta.title[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[lang]);

      for (const code of LANGS) {
        const alternate = page.locator(`head link[rel="alternate"][hreflang="${code}"]`);
        await expect(alternate).toHaveCount(1);
        expect(new URL((await alternate.getAttribute('href'))!).pathname).toBe(`/${code}`);
      }

      // The interface speaks the page's language.
      await expect(page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: t(lang, 'timeline.showAll'), exact: true })).toBeVisible();
      await expect(page.getByLabel(t(lang, 'site.secondLanguage'))).toBeVisible();
      await expect(page.getByRole('navigation', { name: t(lang, 'site.languages') })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('the timeline view hides the list; the List switch shows it instead', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const views = viewSwitch(page, lang);
      const timelineButton = views.getByRole('button', { name: t(lang, 'site.viewTimeline'), exact: true });
      const listButton = views.getByRole('button', { name: t(lang, 'site.viewList'), exact: true });
      await expect(timelineButton).toHaveAttribute('aria-pressed', 'true');
      await expect(listButton).toHaveAttribute('aria-pressed', 'false');
      await expect(eventList(page, lang)).toBeHidden();
      await expect(page.locator('.list-area')).toHaveAttribute('hidden', '');

      await showList(page, lang);
      await expect(timelineButton).toHaveAttribute('aria-pressed', 'false');
      await expect(page).toHaveURL(/[?&]view=list(&|$)/);
      await expect(plot(page)).toBeHidden();
    });

    test("lists every event by its title, linking to the event's own page", async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await showList(page, lang);
      const list = eventList(page, lang);
      await expect(list.getByRole('heading', { level: 4 })).toHaveCount(events.length);
      for (const event of events) {
        const link = list.getByRole('link', { name: event.title[lang], exact: true });
        await expect(link).toBeVisible();
        expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`/${lang}/events/${event.id}`);
      }
    });

    test("the list names each event's sources in the page's language, separated by commas", async ({ page }) => {
      await openList(page, `/${lang}?view=list`, lang);
      const list = eventList(page, lang);
      for (const event of events) {
        const item = list
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 4, name: event.title[lang], exact: true }) });
        await expect(item.getByText(sourcesLine(lang, event.sources), { exact: true })).toBeVisible();
      }
    });

    test('without JavaScript, still lists every event', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`/${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(meta.title[lang]);
        const list = page.getByRole('region', { name: t(lang, 'site.listHeading') });
        await expect(list.getByRole('heading', { level: 4 })).toHaveCount(events.length);
        for (const event of events) {
          await expect(list.getByRole('heading', { level: 4, name: event.title[lang], exact: true })).toBeVisible();
          await expect(list.getByText(event.summary[lang])).toBeVisible();
        }
        // Its links lead to each event's own page, which shows that event's details.
        const event = events[0];
        await list.getByRole('link', { name: event.title[lang], exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/events/${event.id}$`));
        await expect(page.locator('#details-title')).toHaveText(event.title[lang]);
      } finally {
        await context.close();
      }
    });
  });
}

test('when the app’s files fail to load, the page is its readable list, not an empty plot', async ({ page }) => {
  // As a reader meets it after a deploy replaced the files under a cached page.
  await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
  await page.goto('/en');
  const list = page.getByRole('region', { name: t('en', 'site.listHeading') });
  for (const event of events) {
    await expect(list.getByRole('heading', { level: 4, name: event.title.en, exact: true })).toBeVisible();
  }
  // Nothing is offered that needs the app: no zoom, no view switch.
  await expect(page.getByRole('button', { name: t('en', 'timeline.zoomIn'), exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: t('en', 'site.viewList'), exact: true })).toBeHidden();
});

test('once the app runs, a lazy file that fails to load leaves the page as it is', async ({ page }) => {
  await openTimeline(page, '/en');
  // The details' code is fetched when an event is opened; here it cannot be.
  await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
  const failed = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = '/_app/immutable/chunks/missing.js';
        link.onerror = () => resolve(true);
        link.onload = () => resolve(false);
        document.head.append(link);
      })
  );
  expect(failed).toBe(true);
  await expect(page.getByRole('button', { name: t('en', 'timeline.zoomIn'), exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
});

test('/ without JavaScript links to the three languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/');
    for (const lang of LANGS) {
      const link = page.getByRole('link', { name: t(lang, 'site.languageName') });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', `/${lang}`);
      await expect(link).toHaveAttribute('hreflang', lang);
    }
  } finally {
    await context.close();
  }
});

for (const lang of LANGS) {
  test(`/ with JavaScript goes to the reader's language (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-GB' : lang === 'fr' ? 'fr-FR' : 'vi-VN' });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${lang}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[lang]);
      await expect(page).toHaveTitle(meta.title[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    } finally {
      await context.close();
    }
  });
}
