/**
 * The downloads made at build time, reached the way a reader reaches them:
 * the "Download the data" links of a page's footer, without JavaScript, and
 * the files themselves, checked against the data the site is built from.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { eventById, events, LANGS, mark, meta, openTimeline, t, timeOrder, type Lang } from './support';

const ids = events.map((e) => e.id).sort();

/** The footer's download list, found by its heading. */
const downloads = (page: Page, lang: Lang) => page.getByRole('region', { name: t(lang, 'downloads.heading') });

/** Clicks a link and returns the file the browser saves. */
async function download(page: Page, name: string | RegExp): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  const bytes = readFileSync((await saved.path())!);
  return { name: saved.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** CSV records as objects keyed by the header row. */
function csvRecords(text: string): Record<string, string>[] {
  return parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
}

/** The VEVENTs of an iCalendar file, parsed by ical.js. */
function vevents(text: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

// A title with Vietnamese diacritics that a wrong encoding would mangle.
const vietnamese = events.find((e) => /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(e.title.vi))!;

for (const lang of LANGS) {
  test.describe(`/${lang} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('the footer lists the downloads in the page language, and each link gives its file', async ({ page }) => {
      await page.goto(`/${lang}`);
      const list = downloads(page, lang);
      await expect(list.getByRole('heading', { name: t(lang, 'downloads.heading') })).toBeVisible();
      for (const key of ['csv', 'csvMultilingual', 'json', 'schema', 'calendar']) {
        await expect(list.getByRole('link', { name: t(lang, `downloads.${key}`), exact: true })).toBeVisible();
      }

      const csv = await download(page, t(lang, 'downloads.csv'));
      expect(csv.name).toBe(`timeline-${lang}.csv`);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvRecords(csv.text);
      expect(rows.map((r) => r.id).sort()).toEqual(ids);
      const row = rows.find((r) => r.id === vietnamese.id)!;
      expect(row.title).toBe(vietnamese.title[lang]);
      expect(row.summary).toBe(vietnamese.summary[lang].trim());

      const multilingual = csvRecords((await download(page, t(lang, 'downloads.csvMultilingual'))).text);
      expect(multilingual.find((r) => r.id === vietnamese.id)!.title_vi).toBe(vietnamese.title.vi);
      expect(multilingual).toHaveLength(events.length);

      const calendar = await download(page, t(lang, 'downloads.calendar'));
      expect(calendar.name).toBe(`timeline-${lang}.ics`);
      const entries = vevents(calendar.text);
      expect(entries).toHaveLength(events.length);
      expect(entries.find((e) => e.uid.startsWith(`${vietnamese.id}@`))!.summary).toBe(vietnamese.title[lang]);

      const json = JSON.parse((await download(page, t(lang, 'downloads.json'))).text);
      expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(ids);
    });

    test('an event page offers that event for a calendar', async ({ page }) => {
      const event = eventById('talks-2023-05-15');
      await page.goto(`/${lang}/events/${event.id}`);
      const name = t(lang, 'downloads.eventCalendar').replace('{{title}}', event.title[lang]);
      const file = await download(page, name);
      expect(file.name).toBe(`${event.id}.ics`);
      const [entry] = vevents(file.text);
      expect(vevents(file.text)).toHaveLength(1);
      expect(entry.summary).toBe(event.title[lang]);
      expect(entry.startDate.toString()).toBe('2023-05-15');
      expect(entry.endDate.toString()).toBe('2023-05-16');
    });
  });
}

test('with JavaScript, the footer offers the calendar entry of the event the reader opens', async ({ page }) => {
  const event = eventById('visit-2022-10-cuba');
  await openTimeline(page, '/fr');
  const list = downloads(page, 'fr');
  await expect(list.getByRole('link', { name: /\(iCalendar\)/ })).toHaveCount(1);
  await mark(page, event.id, 'fr').click();
  const link = list.getByRole('link', { name: t('fr', 'downloads.eventCalendar').replace('{{title}}', event.title.fr), exact: true });
  await expect(link).toHaveAttribute('href', `/fr/events/${event.id}.ics`);
  const [entry] = vevents(await (await page.request.get((await link.getAttribute('href'))!)).text());
  expect(entry.summary).toBe(event.title.fr);
  expect([entry.startDate.toString(), entry.endDate.toString()]).toEqual(['2022-10-12', '2022-10-15']);
});

test.describe('the files themselves', () => {
  test('the JSON holds every event in time order and validates against its published schema', async ({ request }) => {
    const schema = await (await request.get('/downloads/timeline.schema.json')).json();
    const record = await (await request.get('/downloads/timeline.json')).json();
    const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(record), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(record.$schema).toBe(schema.$id);
    expect(record.events.map((e: { id: string }) => e.id)).toEqual(timeOrder.map((e) => e.id));
    expect(record.meta.title).toEqual(meta.title);
    const talks = record.events.find((e: { id: string }) => e.id === 'talks-2023-05-15');
    expect(talks.date).toMatchObject({ edtf: eventById('talks-2023-05-15').date, start: '2023-05-15', end: '2023-05-15', precision: 'day', inferred: true });
  });

  for (const lang of LANGS) {
    test(`the ${lang} CSV and calendar hold one entry per event`, async ({ request }) => {
      const csv = await (await request.get(`/downloads/timeline-${lang}.csv`)).body();
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvRecords(csv.toString('utf8'));
      expect(rows.map((r) => r.id)).toEqual(timeOrder.map((e) => e.id));
      for (const row of rows) expect(row.title).toBe(eventById(row.id).title[lang]);

      const calendar = vevents(await (await request.get(`/downloads/timeline-${lang}.ics`)).text());
      expect(calendar.map((e) => e.uid.split('@')[0]).sort()).toEqual(ids);
      for (const entry of calendar) expect(entry.startDate.isDate).toBe(true);
    });
  }
});
