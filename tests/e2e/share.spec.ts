/**
 * The toolbar's Download / Share menu, used the way a reader uses it: the
 * data of the view on screen (a filtered view, a zoomed window), the whole
 * timeline's files, a picture of the view (PNG at 2×, SVG), the link to the
 * view and the citations, on /fr, /en, /vi and in the embed; the menu is
 * reached and worked with the keyboard, announces what it did, and is
 * axe-clean open and closed, in both themes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { startHostServer, type HostServer } from '../fixtures/host/server';
import { escapeRegExp, eventById, eventList, events, LANGS, meta, openTimeline, plot, ROOT, showList, t, timeOrder, type Lang } from './support';

// ---- Helpers ------------------------------------------------------------------

/** The Download / Share button of the toolbar on screen. */
const shareButton = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: t(lang, 'share.button'), exact: true }).filter({ visible: true });

const menu = (page: Page, lang: Lang) => page.getByRole('menu', { name: t(lang, 'share.button'), exact: true });

/** A plural interface string ("This view: 4 events") as i18next picks it in that language. */
function plural(lang: Lang, key: string, count: number): string {
  const forms = new Intl.PluralRules(lang);
  let text: string;
  try {
    text = t(lang, `${key}_${forms.select(count)}`);
  } catch {
    text = t(lang, `${key}_other`);
  }
  // `{{count, number}}`: i18next writes the number as Intl does in that language ("10 000", "10,000", "10.000").
  return text.replace(/\{\{count(?:, number)?\}\}/, new Intl.NumberFormat(lang).format(count));
}

/** A group of the menu, by the words that start its label. */
const group = (page: Page, lang: Lang, key: string, count?: number) =>
  menu(page, lang).getByRole('group', { name: count === undefined ? t(lang, key) : plural(lang, key, count), exact: true });

async function openShareMenu(page: Page, lang: Lang) {
  await shareButton(page, lang).click();
  await expect(menu(page, lang)).toBeVisible();
}

/** Chooses a menu item and returns the file the browser saves. */
async function save(page: Page, item: Locator): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** The search field on screen, and the count beside it (its data-answered names the query the page has answered). */
const searchbox = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: t(lang, 'search.label'), exact: true }).filter({ visible: true });
const searchCount = (page: Page) => page.getByTestId('search-count').filter({ visible: true });

/** Types a query as a reader does and waits until the page shows what it finds. */
async function search(page: Page, lang: Lang, query: string) {
  await searchbox(page, lang).fill(query);
  await expect(searchCount(page)).toHaveAttribute('data-answered', query);
}

/** Text without case or accents (đ as d), for "does this row mention the query". */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

/** The columns of a CSV of one language, in file order (README, "Downloads"). */
const CSV_COLUMNS = [
  'id', 'kind', 'parent', 'date_edtf', 'date_type', 'start', 'end', 'precision', 'end_precision',
  'approximate', 'uncertain', 'inferred', 'open_end', 'place_id', 'participant_ids', 'domain_ids', 'evidence', 'source_ids',
  'date_text', 'date_note', 'title', 'summary', 'notes', 'place', 'participants', 'domains', 'sources', 'url'
];
const csvHeader = (text: string) => (parseCsv(text, { bom: true, to_line: 1 }) as string[][])[0];

const csvRows = (text: string) => parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];

interface ExportedEvent {
  id: string;
  kind: string;
  date: { start: string; end: string | null };
}

/** The whole record as the site publishes it, for what each view should hold. */
async function record(page: Page): Promise<ExportedEvent[]> {
  return (await (await page.request.get('/downloads/timeline.json')).json()).events;
}

/** The ids, in time order, of the events that fall in [from, to) (ISO days, `to` exclusive). */
function inWindow(all: ExportedEvent[], from: string, to: string): string[] {
  return all.filter((e) => e.date.start < to && (e.date.end === null || e.date.end >= from)).map((e) => e.id);
}

/** The width and height a PNG says it has (its IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** An SVG file read by the browser's XML parser: its size, its texts, its marks, its background. */
function readSvg(page: Page, text: string, lang: Lang) {
  return page.evaluate(([source, lang]) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error(`Not well-formed: ${doc.querySelector('parsererror')!.textContent}`);
    const svg = doc.documentElement;
    return {
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      title: svg.querySelector('title')?.textContent ?? '',
      texts: [...svg.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      marks: [...svg.querySelectorAll('g.mark')].map((node) => node.getAttribute('data-event-id')),
      // Each mark's label in the page's language, its lines joined (the second language's line left out).
      labels: Object.fromEntries(
        [...svg.querySelectorAll('g.mark')].map((node) => [
          node.getAttribute('data-event-id'),
          [...node.querySelectorAll(`text[lang="${lang}"]`)].map((text) => text.textContent).join(' ')
        ])
      ),
      background: svg.querySelector(':scope > rect')?.getAttribute('fill'),
      fonts: (svg.querySelector('style')?.textContent ?? '').match(/@font-face\{[^}]*font-weight:(\d+)[^}]*src:url\(data:font\/woff2;base64,/g)?.length ?? 0
    };
  }, [text, lang] as const);
}

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** axe-core's violations on the page as it is now (or within `within`), described for a failure message. */
async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async (context) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run: (context?: string) => Promise<Result> } }).axe;
    const { violations } = await (context ? axe.run(context) : axe.run());
    return violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, within);
}

/** The name of the control that has focus: its aria-label, its label's words, or its own. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });

// ---- The data of this view and of the whole timeline ---------------------------

for (const lang of LANGS) {
  test(`/${lang}: a filtered view downloads only its events, as CSV and JSON; the whole timeline's files are there too`, async ({ page }) => {
    const visits = timeOrder.filter((e) => e.kind === 'visit').map((e) => e.id);
    await openTimeline(page, `/${lang}?kind=visit`);
    await openShareMenu(page, lang);
    const view = group(page, lang, 'share.thisView', visits.length);
    await expect(view).toBeVisible();

    const csv = await save(page, view.getByRole('menuitem', { name: t(lang, 'downloads.csv'), exact: true }));
    expect(csv.name).toMatch(new RegExp(`^timeline-${lang}-.*kind-visit\\.csv$`));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvHeader(csv.text)).toEqual(CSV_COLUMNS);
    const rows = csvRows(csv.text);
    expect(rows.map((r) => r.id)).toEqual(visits);
    for (const row of rows) {
      expect(row.title).toBe(eventById(row.id).title[lang]);
      expect(row.summary).toBe(eventById(row.id).summary[lang]);
      expect(row.kind).toBe('visit');
    }
    // The menu closed, the button has focus back, and the live region said what happened.
    await expect(menu(page, lang)).toBeHidden();
    await expect(shareButton(page, lang)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: csv.name })).toHaveCount(1);

    await openShareMenu(page, lang);
    const json = JSON.parse((await save(page, view.getByRole('menuitem', { name: t(lang, 'downloads.json'), exact: true }))).text);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(visits);
    expect(json.meta.view.filters).toEqual({ kind: 'visit' });
    expect(new URL(json.meta.view.url).searchParams.get('kind')).toBe('visit');

    await openShareMenu(page, lang);
    const whole = group(page, lang, 'share.wholeTimeline', events.length);
    const all = csvRows((await save(page, whole.getByRole('menuitem', { name: t(lang, 'downloads.csv'), exact: true }))).text);
    expect(all.map((r) => r.id)).toEqual(timeOrder.map((e) => e.id));
    await openShareMenu(page, lang);
    const calendar = await save(page, whole.getByRole('menuitem', { name: t(lang, 'downloads.calendar'), exact: true }));
    expect(calendar.name).toBe(`timeline-${lang}.ics`);
    const entries = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent');
    expect(entries).toHaveLength(events.length);
  });
}

for (const lang of LANGS) {
  test(`/${lang}: with a query typed, "this view" is the events found, as CSV and JSON`, async ({ page }) => {
    // Álvarez Casas, typed without the accent, as readers type him.
    const query = 'alvarez';
    await openTimeline(page, `/${lang}`);
    await search(page, lang, query);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${query}`));
    const found = Number((await searchCount(page).innerText()).match(/\d+/)![0]);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(events.length);

    await openShareMenu(page, lang);
    const view = group(page, lang, 'share.thisView', found);
    await expect(view).toBeVisible();
    const csv = await save(page, view.getByRole('menuitem', { name: t(lang, 'downloads.csv'), exact: true }));
    expect(csv.name).toBe(`timeline-${lang}-q-${query}.csv`);
    const rows = csvRows(csv.text);
    expect(rows).toHaveLength(found);
    // Each row is one the query finds (its people, title or texts name him), in the page's language.
    for (const row of rows) {
      expect(fold(Object.values(row).join(' '))).toContain(query);
      expect(row.title).toBe(eventById(row.id).title[lang]);
    }

    await openShareMenu(page, lang);
    const json = JSON.parse((await save(page, view.getByRole('menuitem', { name: t(lang, 'downloads.json'), exact: true }))).text);
    expect(json.events.map((e: { id: string }) => e.id)).toEqual(rows.map((r) => r.id));
    expect(json.meta.view.filters).toEqual({ q: query });

    // The list view lists the same events: what the file holds is what the reader found.
    await showList(page, lang);
    const listed = await eventList(page, lang)
      .locator('li[data-event-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')));
    expect(listed).toEqual(rows.map((r) => r.id));
  });
}

test('a zoomed window downloads only the events it shows, in three languages', async ({ page }) => {
  await openTimeline(page, '/fr?from=2023-05-01&to=2023-06-01');
  const expected = inWindow(await record(page), '2023-05-01', '2023-06-01');
  expect(expected.length).toBeGreaterThan(2);
  expect(expected.length).toBeLessThan(events.length);
  await openShareMenu(page, 'fr');
  const view = group(page, 'fr', 'share.thisView', expected.length);
  const csv = await save(page, view.getByRole('menuitem', { name: t('fr', 'downloads.csvMultilingual'), exact: true }));
  expect(csv.name).toBe('timeline-multilingual-2023-05-01-to-2023-05-31.csv');
  const rows = csvRows(csv.text);
  expect(rows.map((r) => r.id)).toEqual(expected);
  for (const row of rows) for (const lang of LANGS) expect(row[`title_${lang}`]).toBe(eventById(row.id).title[lang]);
});

test('a click before the menu’s code is in shows no empty box; the menu opens as it arrives', async ({ page }) => {
  await openTimeline(page, '/en');
  // A busy machine or a slow link: the menu's code is held back until released.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await shareButton(page, 'en').click();
  await expect(shareButton(page, 'en')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.menu-button .panel').filter({ visible: true })).toHaveCount(0);
  release();
  await expect(menu(page, 'en')).toBeVisible();
  await expect(menu(page, 'en').getByRole('menuitem').first()).toBeVisible();
});

test('in the list view, the menu offers the data of the view but no picture, which needs the timeline', async ({ page }) => {
  await page.goto('/en?view=list&kind=talks');
  await expect(page.getByRole('region', { name: t('en', 'site.listHeading') })).toBeVisible();
  await openShareMenu(page, 'en');
  const talks = timeOrder.filter((e) => e.kind === 'talks').map((e) => e.id);
  const rows = csvRows((await save(page, group(page, 'en', 'share.thisView', talks.length).getByRole('menuitem', { name: t('en', 'downloads.csv'), exact: true }))).text);
  expect(rows.map((r) => r.id)).toEqual(talks);
  await openShareMenu(page, 'en');
  await expect(menu(page, 'en').getByRole('menuitem', { name: t('en', 'share.png') })).toHaveCount(0);
});

// ---- The picture --------------------------------------------------------------

for (const [lang, theme, path] of [
  ['en', 'light', '/en?event=visit-2023-05'],
  ['fr', 'dark', '/fr?kind=visit,talks'],
  ['vi', 'dark', '/vi?second=fr&from=2023-04-20&to=2023-06-10']
] as const) {
  test.describe(`/${lang}, ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test(`the picture of ${path} is the view: an SVG with its title, marks, legend and span, and a PNG twice its size`, async ({ page }) => {
      await openTimeline(page, path);
      await page.evaluate(() => document.fonts.ready);

      await openShareMenu(page, lang);
      const image = group(page, lang, 'share.image');
      const svgFile = await save(page, image.getByRole('menuitem', { name: t(lang, 'share.svg'), exact: true }));
      expect(svgFile.name).toMatch(new RegExp(`^timeline-${lang}.*\\.svg$`));
      const svg = await readSvg(page, svgFile.text, lang);

      // What the page shows, read once the menu has worked (the page is then
      // hydrated and its filters applied: the prerendered HTML shows every event).
      const plotWidth = await plot(page).evaluate((element) => element.clientWidth);
      const shownMarks = await plot(page)
        .locator('button.mark[data-event-id]')
        .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-event-id')!).sort());
      expect(shownMarks.length).toBeGreaterThan(0);
      // Each entry's words (its text, not the "+n" of a swatch).
      const legend = await page
        .getByTestId('legend')
        .locator('li')
        .evaluateAll((items) => items.map((li) => [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()));
      expect(legend.length).toBeGreaterThan(0);
      const background = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--bg)';
        document.body.append(probe);
        const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
        probe.remove();
        return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      });

      expect(svg.title).toBe(meta.title[lang]);
      const words = svg.texts.join(' ');
      expect(words).toContain(meta.title[lang].split(' ').slice(0, 4).join(' '));
      for (const entry of legend) expect(svg.texts).toContain(entry.trim());
      expect(svg.texts).toContain(t(lang, 'timeline.legend.title'));
      expect([...svg.marks].sort()).toEqual(shownMarks);
      // Each mark's label is its title in the page's language, after its hedge ("c. …"),
      // ending in an ellipsis when it runs out of lines (the screen clamps it the same way).
      for (const id of shownMarks) {
        const title = eventById(id).title[lang];
        const label = svg.labels[id].replace(/\s+/g, ' ').trim();
        if (label.endsWith('…')) {
          const cut = label.slice(0, -1).trimEnd();
          const at = cut.indexOf(title.split(' ')[0]);
          expect(at, `${id}: ${label}`).toBeGreaterThanOrEqual(0);
          expect(title.startsWith(cut.slice(at)), `${id}: ${label}`).toBe(true);
          expect(cut.slice(at).split(' ').length, `${id}: ${label}`).toBeGreaterThanOrEqual(3);
        } else expect(label.endsWith(title), `${id}: ${label}`).toBe(true);
      }
      expect(svg.texts.some((text) => /20\d\d/.test(text) && text.includes('·'))).toBe(true);
      expect(words).toContain(t(lang, 'site.sourcesFooter').slice(0, 20));
      expect(svg.background).toBe(background);
      // The font travels inside: at least the regular and the semi-bold, as data: URLs.
      expect(svg.fonts).toBeGreaterThanOrEqual(2);
      expect(svg.width).toBe(plotWidth + 32);

      await openShareMenu(page, lang);
      const png = await save(page, image.getByRole('menuitem', { name: t(lang, 'share.png'), exact: true }));
      expect(png.name).toBe(svgFile.name.replace(/\.svg$/, '.png'));
      expect(pngSize(png.bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
      expect(png.bytes.length).toBeGreaterThan(30_000);
    });
  });
}

// ---- Link and citation, with the keyboard -------------------------------------

test.describe('with the keyboard only', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const lang of LANGS) {
    test(`/${lang}: the menu opens on its first item, arrows move, Escape gives focus back; Copy link copies the view's address and says so`, async ({ page }) => {
      await openTimeline(page, `/${lang}?event=visit-2023-05&kind=visit,talks,award,working-visit`);
      // A query typed (it finds the open visit: Álvarez Casas took part).
      await search(page, lang, 'alvarez');
      // The address settles once the view has written it.
      await expect.poll(() => page.evaluate(() => location.search)).toContain('from=');
      await expect.poll(() => page.evaluate(() => location.search)).toContain('q=alvarez');
      const address = await page.evaluate(() => location.href);

      await shareButton(page, lang).focus();
      await page.keyboard.press('Enter');
      await expect(menu(page, lang)).toBeVisible();
      const items = menu(page, lang).getByRole('menuitem');
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(items.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(items.last()).toBeFocused();
      await expect(items.last()).toHaveText(t(lang, 'share.cite'));
      await page.keyboard.press('Home');
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(menu(page, lang)).toBeHidden();
      await expect(shareButton(page, lang)).toBeFocused();
      // Escape closed the menu only: the event's details stay open.
      await expect(page.locator('article.details')).toBeVisible();

      await page.keyboard.press('Enter');
      await expect(items.first()).toBeFocused();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowUp');
      await expect(menu(page, lang).getByRole('menuitem', { name: t(lang, 'share.copyLink') })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'share.linkCopied') })).toHaveCount(1);
      await expect(shareButton(page, lang)).toBeFocused();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(address);
      const params = new URL(copied).searchParams;
      expect(params.get('event')).toBe('visit-2023-05');
      expect(params.get('kind')).toBe('award,talks,visit,working-visit');
      expect(params.get('q')).toBe('alvarez');
    });

    test(`/${lang}: Cite gives the timeline's and the event's citations, each copied with the keyboard, in text, BibTeX and CSL-JSON`, async ({ page }) => {
      const event = eventById('talks-2023-05-15');
      await openTimeline(page, `/${lang}?event=${event.id}`);
      await shareButton(page, lang).focus();
      await page.keyboard.press('Enter');
      // The menu opens on its first item (its code may still be arriving on a first open).
      await expect(menu(page, lang).getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: t(lang, 'cite.title') });
      await expect(dialog).toBeVisible();
      // What the reader reads: both citations name the timeline and the address of the view; the event's names the event.
      const viewAddress = `${new URL(page.url()).origin}/${lang}?event=${event.id}`;
      await expect(dialog.getByRole('textbox', { name: t(lang, 'cite.link'), exact: true })).toHaveValue(new RegExp(`^${escapeRegExp(viewAddress)}`));
      const timelineCitation = dialog.getByRole('textbox', { name: t(lang, 'cite.timeline'), exact: true });
      await expect(timelineCitation).toBeVisible();
      expect(await timelineCitation.inputValue()).toContain(meta.title[lang]);
      expect(await timelineCitation.inputValue()).toContain(viewAddress);
      // Named "The event: <its title>" (a substring match: the accessible name reads French's narrow no-break space as a space).
      const eventCitation = dialog.getByRole('textbox', { name: event.title[lang] });
      await expect(eventCitation).toBeVisible();
      expect(await eventCitation.inputValue()).toContain(event.title[lang]);
      expect(await eventCitation.inputValue()).toContain(viewAddress);

      /** Tabs forward (round the dialog) until the control named `name` has focus. */
      const tabTo = async (name: string) => {
        for (let i = 0; i < 20 && (await focusedName(page)) !== name; i++) await page.keyboard.press('Tab');
        expect(await focusedName(page)).toBe(name);
      };
      await tabTo(t(lang, 'cite.copyTimeline'));
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('status')).toHaveText(t(lang, 'embed.copied'));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(meta.title[lang]);
      expect(text).toContain(`${new URL(page.url()).origin}/${lang}?event=${event.id}`);
      expect(text).toContain(String(new Date().getUTCFullYear()));

      await tabTo(t(lang, 'cite.copyEvent'));
      await page.keyboard.press('Enter');
      const eventText = await page.evaluate(() => navigator.clipboard.readText());
      expect(eventText).toContain(event.title[lang]);
      expect(eventText).toContain(meta.title[lang]);

      // The format: a radio group, moved with the arrows.
      await tabTo(t(lang, 'cite.text'));
      await page.keyboard.press('ArrowRight');
      await expect(dialog.getByRole('radio', { name: t(lang, 'cite.bibtex') })).toBeChecked();
      await tabTo(t(lang, 'cite.copyEvent'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^@misc\\{${event.id},`));
      await tabTo(t(lang, 'cite.bibtex'));
      await page.keyboard.press('ArrowRight');
      await tabTo(t(lang, 'cite.copyTimeline'));
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))[0]?.title)
        .toBe(meta.title[lang]);

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(shareButton(page, lang)).toBeFocused();
      await expect(page.locator('article.details')).toBeVisible();
    });
  }
});

test('without the clipboard, Copy link opens the dialog with the link selected for the reader to copy', async ({ page, context }) => {
  await context.grantPermissions([]);
  await openTimeline(page, '/en?event=visit-2023-05');
  await page.evaluate(() => {
    // A browser that refuses (a frame without clipboard-write, a denied permission).
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await openShareMenu(page, 'en');
  await menu(page, 'en').getByRole('menuitem', { name: t('en', 'share.copyLink') }).click();
  const dialog = page.getByRole('dialog', { name: t('en', 'cite.title') });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: t('en', 'cite.link') });
  await expect(link).toBeFocused();
  expect(await link.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd))).toMatch(
    /\/en\?event=visit-2023-05/
  );
  await expect(dialog.getByRole('status')).toHaveText(t('en', 'share.linkFailed'));
});

test('the details offer the event for a calendar', async ({ page }) => {
  const event = eventById('talks-2023-05-15');
  await openTimeline(page, `/vi?event=${event.id}`);
  const file = await save(page, page.locator('article.details').getByRole('link', { name: t('vi', 'share.addToCalendar') }));
  expect(file.name).toBe(`${event.id}.ics`);
  const [entry] = new ICAL.Component(ICAL.parse(file.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(entry.summary).toBe(event.title.vi);
});

// ---- On a phone -------------------------------------------------------------------

test('on a phone, the menu lies within the screen and over the details, every item in reach', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTimeline(page, '/vi?event=talks-2023-05-15');
  await expect(page.locator('article.details')).toBeVisible();
  await openShareMenu(page, 'vi');
  const box = (await menu(page, 'vi').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Each item is what a finger on it touches (not the details' sheet behind), once scrolled to.
  const items = menu(page, 'vi').getByRole('menuitem');
  expect(await items.count()).toBeGreaterThan(8);
  for (const item of await items.all()) {
    await item.scrollIntoViewIfNeeded();
    const hit = await item.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const top = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
      return rect.right <= innerWidth && rect.bottom <= innerHeight && !!top && element.contains(top);
    });
    expect(hit, await item.innerText()).toBe(true);
  }
  await items.last().click();
  await expect(page.getByRole('dialog', { name: t('vi', 'cite.title') })).toBeVisible();
});

// ---- Accessibility --------------------------------------------------------------

for (const theme of ['light', 'dark'] as const) {
  test(`the menu and the Cite dialog are axe-clean, ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openTimeline(page, '/fr?event=visit-2023-05');
    expect(await axeViolations(page)).toEqual([]);
    await openShareMenu(page, 'fr');
    expect(await axeViolations(page)).toEqual([]);
    await menu(page, 'fr').getByRole('menuitem', { name: t('fr', 'share.cite') }).click();
    await expect(page.getByRole('dialog', { name: t('fr', 'cite.title') })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

// ---- The embed ----------------------------------------------------------------------

test.describe('in the embed', () => {
  let host: HostServer;
  test.beforeAll(async ({}, testInfo) => {
    host = await startHostServer({ EMBED_ORIGIN: new URL(testInfo.project.use.baseURL!).origin });
  });
  test.afterAll(async () => host?.close());

  test('the same menu downloads the events the embed shows, and share=0 turns it off', async ({ page }) => {
    await page.goto('/en/embed?kind=talks');
    await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
    const talks = timeOrder.filter((e) => e.kind === 'talks').map((e) => e.id);
    // The embed is a part of another page (no <main>, no <h1> of its own): its toolbar is what is checked.
    expect(await axeViolations(page, '[data-testid="toolbar"]')).toEqual([]);
    await openShareMenu(page, 'en');
    expect(await axeViolations(page, '[data-testid="toolbar"]')).toEqual([]);
    const rows = csvRows((await save(page, group(page, 'en', 'share.thisView', talks.length).getByRole('menuitem', { name: t('en', 'downloads.csv'), exact: true }))).text);
    expect(rows.map((r) => r.id)).toEqual(talks);

    await page.goto('/en/embed?share=0');
    await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
    await expect(page.getByRole('button', { name: t('en', 'share.button') })).toHaveCount(0);
  });

  test('framed by embed.js on another site, the menu saves a picture of the frame (its sandbox allows downloads)', async ({ page }) => {
    await page.goto(`${host.origin}/script.html`);
    const iframe = page.locator('#embed iframe');
    await expect(iframe).toHaveAttribute('sandbox', /allow-downloads/);
    const frame = iframe.contentFrame();
    await expect(frame.locator('.plot button[data-event-id]').first()).toBeVisible();
    await frame.getByRole('button', { name: t('en', 'share.button'), exact: true }).click();
    const item = frame.getByRole('menuitem', { name: t('en', 'share.png'), exact: true });
    const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
    const bytes = readFileSync((await download.path())!);
    const plotWidth = await frame.locator('.plot').evaluate((element) => element.clientWidth);
    expect(pngSize(bytes).width).toBe(2 * (plotWidth + 32));
  });
});
