import { expect, test } from '@playwright/test';
import { details, detailsTitle, eventById, openTimeline, publisherName, sources, t, type Lang } from './support';

// What French and Vietnamese readers see of the sources: publisher names in
// their language, and no English description of a publisher.

/** The descriptions the publisher field once held, in English, which no French or Vietnamese page may show. */
const ENGLISH_DESCRIPTIONS = [/republish/i, /Spanish edition/i, /\bvia EIN Presswire\b/i, /Cuban News Agency/i, /Ministry of Public Security(?:’s)? (?:web )?portal/i];

/** What a page shows and says, as served: its markup and JSON-LD without the inlined data (which holds every language for the second-language view). */
function readerText(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
}

for (const lang of ['fr', 'vi'] as const) {
  test(`no ${lang} page shows a publisher’s English name or description`, async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((match) => new URL(match[1]).pathname)
      .filter((path) => path === `/${lang}` || path.startsWith(`/${lang}/`));
    expect(paths.length).toBeGreaterThan(10);
    // Each source's English name and note, where they differ from this language's.
    const english = sources.flatMap((source) => [
      ...(publisherName(source, 'en') !== publisherName(source, lang) ? [publisherName(source, 'en')] : []),
      ...(source.note ? [source.note.en.slice(0, 40)] : [])
    ]);
    // The language page lists every event with its sources: each publisher is there, in this language.
    const home = readerText(await (await request.get(`/${lang}`)).text());
    for (const source of sources) expect(home, source.id).toContain(publisherName(source, lang));
    for (const path of paths) {
      const page = readerText(await (await request.get(path)).text());
      for (const pattern of ENGLISH_DESCRIPTIONS) expect(page, `${path} ${pattern}`).not.toMatch(pattern);
      for (const text of english) expect(page, path).not.toContain(text);
    }
  });
}

// How each source of visit-2022-10-cuba and visit-2023-05 is cited, in words a reader of each language expects.
const CITED: Record<Lang, Record<string, string>> = {
  fr: {
    'acn-2022': 'Agence cubaine de nouvelles (ACN), Diaz-Canel welcomes Vietnamese Minister of Public Security',
    'vns-2022': 'publié le 14 octobre 2022, en anglais',
    'vnp-es-2023': 'publié en mai 2023, en espagnol',
    'rhc-2023': 'publié le 16 mai 2023, en français'
  },
  en: {
    'acn-2022': 'Cuban News Agency (ACN), Diaz-Canel welcomes Vietnamese Minister of Public Security',
    'vns-2022': 'published on 14 October 2022, in English',
    'vnp-es-2023': 'published in May 2023, in Spanish',
    'rhc-2023': 'published on 16 May 2023, in French'
  },
  vi: {
    'acn-2022': 'Hãng thông tấn Cuba (ACN), Diaz-Canel welcomes Vietnamese Minister of Public Security',
    'vns-2022': 'đăng ngày 14 tháng 10 năm 2022, bằng tiếng Anh',
    'vnp-es-2023': 'đăng vào tháng 5 năm 2023, bằng tiếng Tây Ban Nha',
    'rhc-2023': 'Đài phát thanh Habana Cuba (RHC), Le ministre cubain'
  }
};

for (const lang of ['fr', 'en', 'vi'] as const) {
  test(`the details cite each source by its ${lang} name, with a publication date worded by its precision`, async ({ page }) => {
    for (const id of ['visit-2022-10-cuba', 'visit-2023-05']) {
      const event = eventById(id);
      await openTimeline(page, `/${lang}?event=${id}`);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      await expect(details(page).getByRole('heading', { name: t(lang, 'event.sources'), exact: true })).toBeVisible();
      const lines = details(page).locator('ul.sources > li');
      await expect(lines).toHaveCount(event.sources.length);
      for (const [i, sourceId] of event.sources.entries()) {
        const line = lines.nth(i);
        await expect(line).toContainText(CITED[lang][sourceId]);
        await expect(line).toContainText(publisherName(sources.find((s) => s.id === sourceId)!, lang));
      }
    }
  });
}
