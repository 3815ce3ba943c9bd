import { expect, test, type Page } from '@playwright/test';
import {
  DAY,
  detailsTitle,
  events,
  LANGS,
  mark,
  meta,
  openTimeline,
  settledWindow,
  span,
  t,
  timeOrder,
  eventPageTitle
} from './support';

const attr = (page: Page, selector: string, name = 'content') => page.locator(selector).getAttribute(name);

/** An absolute URL's path; fails on a relative one, which crawlers and share cards cannot use. */
function absolutePath(href: string | null): string {
  expect(href, 'a URL is missing').toBeTruthy();
  expect(href!, `"${href}" should be absolute`).toMatch(/^https?:\/\//);
  return new URL(href!).pathname;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const lang of LANGS) {
  test.describe(`event pages (${lang})`, () => {
    test('each has its own title, description, canonical, alternates, share cards and JSON-LD, as served', async ({
      browser,
      request
    }) => {
      // What a crawler gets: the prerendered HTML, no scripts run.
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        for (const event of events) {
          const path = `/${lang}/events/${event.id}`;
          const title = eventPageTitle(event.title[lang], meta.title[lang]);
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page).toHaveTitle(title);

          // The event is open already: its details are in the HTML.
          await expect(detailsTitle(page)).toHaveText(event.title[lang]);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title[lang]);

          const description = (await attr(page, 'head meta[name="description"]'))!;
          expect(description.length, `${path} description`).toBeGreaterThan(50);
          expect(description.length).toBeLessThanOrEqual(200);
          expect(flat(event.summary[lang]).startsWith(description.replace(/…$/, '').slice(0, 40))).toBe(true);

          const canonical = (await attr(page, 'head link[rel="canonical"]', 'href'))!;
          expect(absolutePath(canonical)).toBe(path);
          for (const code of LANGS) {
            const alternate = page.locator(`head link[rel="alternate"][hreflang="${code}"]`);
            await expect(alternate, `${path} hreflang=${code}`).toHaveCount(1);
            expect(absolutePath(await alternate.getAttribute('href'))).toBe(`/${code}/events/${event.id}`);
          }

          expect(await attr(page, 'head meta[property="og:title"]')).toBe(title);
          expect(await attr(page, 'head meta[property="og:url"]')).toBe(canonical);
          expect(await attr(page, 'head meta[property="og:description"]')).toBe(description);
          expect(await attr(page, 'head meta[property="og:type"]')).toBeTruthy();
          const image = await attr(page, 'head meta[property="og:image"]');
          const imageResponse = await request.get(absolutePath(image));
          expect(imageResponse.status(), `og:image ${image}`).toBe(200);
          expect(imageResponse.headers()['content-type']).toMatch(/^image\//);
          expect(await attr(page, 'head meta[name="twitter:card"]')).toBe('summary_large_image');
          expect(await attr(page, 'head meta[name="twitter:title"]')).toBe(title);
          expect(await attr(page, 'head meta[name="twitter:image"]')).toBe(image);

          const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
          expect(scripts, `${path} JSON-LD`).toHaveLength(1);
          const data = JSON.parse(scripts[0]);
          expect(data['@context']).toMatch(/^https?:\/\/schema\.org\/?$/);
          expect(data['@type']).toBe('Event');
          expect(data.name).toBe(event.title[lang]);
          expect(data.url).toBe(canonical);
          expect(String(data.startDate)).toMatch(new RegExp(`^${event.date.match(/\d{4}/)![0]}`));
        }
      } finally {
        await context.close();
      }
    });

    test('without JavaScript, an event page links to itself in the other languages and to the other events', async ({
      browser
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const [event, next] = timeOrder;
        await page.goto(`/${lang}/events/${event.id}`);
        await expect(detailsTitle(page)).toHaveText(event.title[lang]);

        const other = LANGS.find((code) => code !== lang)!;
        await page
          .getByRole('navigation', { name: t(lang, 'site.languages') })
          .getByRole('link', { name: t(other, 'site.languageName') })
          .click();
        await expect(page).toHaveURL(new RegExp(`/${other}/events/${event.id}(\\?|$)`));
        await expect(detailsTitle(page)).toHaveText(event.title[other]);
        await expect(page.locator('html')).toHaveAttribute('lang', other);

        await page
          .getByRole('region', { name: t(other, 'site.listHeading') })
          .getByRole('link', { name: next.title[other], exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`/${other}/events/${next.id}$`));
        await expect(detailsTitle(page)).toHaveText(next.title[other]);
      } finally {
        await context.close();
      }
    });

    test('with JavaScript, an event page opens the timeline on its event', async ({ page }) => {
      const event = timeOrder.find((e) => e.id === 'visit-2022-10-cuba')!;
      await openTimeline(page, `/${lang}/events/${event.id}`);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      await expect(mark(page, event.id, lang)).toHaveAttribute('aria-current', 'true');
      await expect(page).toHaveTitle(eventPageTitle(event.title[lang], meta.title[lang]));
      // Its address names the event already, in the path.
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/${lang}/events/${event.id}`);
      expect(url.searchParams.has('event')).toBe(false);
      // The axis is zoomed to the event's days, 12–14 October 2022.
      const w = await settledWindow(page);
      expect(w.from).toBeLessThanOrEqual(Date.UTC(2022, 9, 12));
      expect(w.to).toBeGreaterThanOrEqual(Date.UTC(2022, 9, 15));
      expect(span(w)).toBeLessThan(30 * DAY);
    });
  });
}

test('sitemap.xml lists every language page and event page, each with its three alternates', async ({
  page,
  request
}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();

  const urls = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('sitemap.xml does not parse');
    const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
    const XHTML = 'http://www.w3.org/1999/xhtml';
    return [...doc.getElementsByTagNameNS(SITEMAP, 'url')].map((url) => ({
      loc: url.getElementsByTagNameNS(SITEMAP, 'loc')[0]?.textContent ?? '',
      alternates: [...url.getElementsByTagNameNS(XHTML, 'link')].map((link) => ({
        rel: link.getAttribute('rel'),
        hreflang: link.getAttribute('hreflang'),
        href: link.getAttribute('href')
      }))
    }));
  }, xml);

  const pages = ['', ...events.map((e) => `/events/${e.id}`)];
  const expected = pages.flatMap((path) => LANGS.map((lang) => `/${lang}${path}`));
  expect(urls).toHaveLength(LANGS.length + LANGS.length * events.length);
  expect(urls.map((url) => absolutePath(url.loc)).sort()).toEqual([...expected].sort());

  for (const url of urls) {
    const path = absolutePath(url.loc).replace(/^\/[a-z]{2}/, '');
    expect(url.alternates, url.loc).toHaveLength(LANGS.length);
    expect(url.alternates.map((a) => a.hreflang).sort()).toEqual([...LANGS].sort());
    for (const alternate of url.alternates) {
      expect(alternate.rel).toBe('alternate');
      expect(absolutePath(alternate.href)).toBe(`/${alternate.hreflang}${path}`);
    }
  }

  // Every address it lists is a page the site serves.
  for (const path of expected) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1] ?? null;
  expect(absolutePath(sitemap)).toBe('/sitemap.xml');
});
