import { expect, test } from '@playwright/test';
import {
  DAY,
  details,
  detailsTitle,
  escapeRegExp,
  eventById,
  eventList,
  LANGS,
  mark,
  markIds,
  meta,
  openTimeline,
  personName,
  placePath,
  showList,
  settledWindow,
  sourceById,
  span,
  t,
  timeOrder,
  visibleWindow,
  windowChangedFrom,
  eventPageTitle,
  type Lang
} from './support';

// How the date of visit-2022-10-cuba reads in each language: what the
// formatter is meant to produce, not a copy of anything in the data.
const OCTOBER_VISIT_DATE: Record<Lang, string> = {
  en: '12–14 October 2022',
  fr: 'du 12 au 14 octobre 2022',
  vi: 'từ ngày 12 đến ngày 14 tháng 10 năm 2022'
};

/** How the publication date of visit-2022-10-cuba's sources (14 October 2022) reads in each language. */
const OCTOBER_SOURCES_PUBLISHED: Record<Lang, string> = {
  en: 'published on 14 October 2022',
  fr: 'publié le 14 octobre 2022',
  vi: 'đăng ngày 14 tháng 10 năm 2022'
};

for (const lang of LANGS) {
  test.describe(`event details (${lang})`, () => {
    test('clicking a mark opens its details: when, where, who, sources', async ({ page }) => {
      const id = 'visit-2022-10-cuba';
      const event = eventById(id);
      await openTimeline(page, `/${lang}`);
      await expect(details(page)).toHaveCount(0);
      await expect(page.getByText(t(lang, 'event.noneSelected'))).toBeVisible();

      await mark(page, id, lang).click();

      const article = details(page);
      await expect(article).toBeVisible();
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      await expect(page.getByRole('article', { name: event.title[lang] })).toBeVisible();
      await expect(page).toHaveTitle(eventPageTitle(event.title[lang], meta.title[lang]));
      await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
      await expect(mark(page, id, lang)).toHaveAttribute('aria-current', 'true');

      // When, machine-readable too, and what kind of event, first
      const when = article.locator('.when time.date');
      await expect(when).toHaveText(OCTOBER_VISIT_DATE[lang]);
      await expect(when).toHaveAttribute('datetime', '2022-10-12');
      await expect(article.locator('.when')).toContainText(t(lang, `event.kind.${event.kind}`));

      // Where
      await expect(article.getByText(t(lang, 'event.where'), { exact: true })).toBeVisible();
      await expect(article.getByText(placePath(event.place!, lang), { exact: true })).toBeVisible();

      // Who, with their titles at the time
      await expect(article.getByText(t(lang, 'event.who'), { exact: true })).toBeVisible();
      const people = article.locator('ul.people > li');
      await expect(people).toHaveCount(event.participants!.length);
      for (const [i, participant] of event.participants!.entries()) {
        await expect(people.nth(i)).toContainText(personName(participant.person));
        if (participant.title) await expect(people.nth(i)).toContainText(participant.title[lang]);
      }

      // Sources, opening in a new tab without handing over the opener
      await expect(article.getByRole('heading', { name: t(lang, 'event.sources'), exact: true })).toBeVisible();
      await expect(article.locator('.sources time[datetime]')).toHaveCount(event.sources.length);
      for (const sourceId of event.sources) {
        const source = sourceById(sourceId);
        const link = article.getByRole('link', { name: source.title });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', source.url!);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
        await expect(link).toContainText(t(lang, 'event.opensInNewTab'));
      }
    });

    test('Previous and Next follow time order; Zoom to event narrows the window; Escape closes', async ({
      page
    }) => {
      const at = timeOrder.findIndex((e) => e.id === 'visit-2022-10-cuba');
      const [previous, current, next] = timeOrder.slice(at - 1, at + 2);
      await openTimeline(page, `/${lang}`);
      await mark(page, current.id, lang).click();
      await expect(detailsTitle(page)).toHaveText(current.title[lang]);

      const actions = details(page).getByRole('navigation', { name: t(lang, 'event.details') });
      const nextButton = actions.getByRole('button', { name: t(lang, 'event.next') });
      const previousButton = actions.getByRole('button', { name: t(lang, 'event.previous') });

      await nextButton.click();
      await expect(detailsTitle(page)).toHaveText(next.title[lang]);
      await expect(page).toHaveURL(new RegExp(`[?&]event=${next.id}(&|$)`));
      await previousButton.click();
      await expect(detailsTitle(page)).toHaveText(current.title[lang]);
      await previousButton.click();
      await expect(detailsTitle(page)).toHaveText(previous.title[lang]);
      await nextButton.click();
      await expect(detailsTitle(page)).toHaveText(current.title[lang]);

      // Zoom to event: a window of days around 12–14 October 2022. Following a
      // milestone may already have zoomed in (the October visit has one), so
      // start from the whole record.
      await page.getByRole('button', { name: t(lang, 'timeline.showAll'), exact: true }).click();
      // The record runs from 2010 to 2024.
      await expect.poll(async () => span(await visibleWindow(page))).toBeGreaterThan(10 * 365 * DAY);
      const before = await settledWindow(page);
      await details(page).getByRole('button', { name: t(lang, 'event.zoomTo') }).click();
      const zoomed = await windowChangedFrom(page, before);
      expect(span(zoomed)).toBeLessThan(span(before) / 100);
      expect(zoomed.from).toBeLessThanOrEqual(Date.UTC(2022, 9, 12));
      expect(zoomed.to).toBeGreaterThanOrEqual(Date.UTC(2022, 9, 15));
      await expect(mark(page, current.id, lang)).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(details(page)).toHaveCount(0);
      await expect(page.getByText(t(lang, 'event.noneSelected'))).toBeVisible();
      await expect(page).not.toHaveURL(/[?&]event=/);
      // Closing keeps the window.
      expect(await visibleWindow(page)).toEqual(zoomed);
    });

    test('Previous is disabled on the first event and Next on the last', async ({ page }) => {
      const first = timeOrder[0];
      const last = timeOrder[timeOrder.length - 1];
      await openTimeline(page, `/${lang}?event=${first.id}`);
      await expect(detailsTitle(page)).toHaveText(first.title[lang]);
      await expect(details(page).getByRole('button', { name: t(lang, 'event.previous') })).toBeDisabled();
      await expect(details(page).getByRole('button', { name: t(lang, 'event.next') })).toBeEnabled();

      await openTimeline(page, `/${lang}?event=${last.id}`);
      await expect(detailsTitle(page)).toHaveText(last.title[lang]);
      await expect(details(page).getByRole('button', { name: t(lang, 'event.next') })).toBeDisabled();
      await details(page).getByRole('button', { name: t(lang, 'event.close') }).click();
      await expect(details(page)).toHaveCount(0);
    });

    test('the events list walks through time order', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await showList(page, lang);
      const titles = await eventList(page, lang).getByRole('heading', { level: 4 }).allInnerTexts();
      expect(titles.map((text) => text.trim())).toEqual(timeOrder.map((e) => e.title[lang]));
    });

    test('at coarse zoom the May 2023 visit is one mark; zoomed to it, its milestones appear', async ({ page }) => {
      const visit = eventById('visit-2023-05');
      const milestones = ['talks-2023-05-15', 'park-visit-2023-05-15'];
      await openTimeline(page, `/${lang}`);

      await expect(mark(page, visit.id, lang)).toHaveCount(1);
      const coarse = await markIds(page);
      expect(coarse).toContain(visit.id);
      for (const id of milestones) {
        expect(coarse).not.toContain(id);
        await expect(mark(page, id, lang)).toHaveCount(0);
      }

      await mark(page, visit.id, lang).click();
      await expect(detailsTitle(page)).toHaveText(visit.title[lang]);
      await details(page).getByRole('button', { name: t(lang, 'event.zoomTo') }).click();

      for (const id of milestones) {
        await expect(mark(page, id, lang)).toBeVisible();
      }
      const w = await visibleWindow(page);
      expect(w.from).toBeLessThanOrEqual(Date.UTC(2023, 4, 1));
      expect(w.to).toBeGreaterThanOrEqual(Date.UTC(2023, 5, 1));

      // A milestone's mark opens its own details, which name the visit it belongs to.
      const talks = eventById('talks-2023-05-15');
      await mark(page, talks.id, lang).click();
      await expect(detailsTitle(page)).toHaveText(talks.title[lang]);
      await expect(details(page).getByRole('link', { name: visit.title[lang] })).toBeVisible();
    });

    test('on a phone, the tag "Date partly inferred" brings its explanation into view', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const visit = eventById('visit-2023-05');
      await openTimeline(page, `/${lang}?event=${visit.id}`);
      await details(page).locator('.when').getByRole('button', { name: t(lang, 'event.inferred'), exact: true }).click();
      const note = details(page).getByText(visit.dateNote![lang]);
      await expect(note).toBeVisible();
      await expect(note).toBeInViewport();
      await expect(details(page).locator('summary')).toBeFocused();
    });

    test('the May 2023 visit is placed where its sources place all of it: Hanoi', async ({ page }) => {
      await openTimeline(page, `/${lang}?event=visit-2023-05`);
      const where = details(page).locator('.facts > div').filter({ hasText: t(lang, 'event.where') }).locator('dd');
      await expect(where).toHaveText({ fr: 'Hanoï, Viêt Nam', en: 'Hanoi, Vietnam', vi: 'Hà Nội, Việt Nam' }[lang]);
    });

    test('inferred and approximate dates say so', async ({ page }) => {
      const visit = eventById('visit-2023-05');
      await openTimeline(page, `/${lang}?event=${visit.id}`);
      await expect(detailsTitle(page)).toHaveText(visit.title[lang]);
      const when = details(page).locator('.when');
      await expect(when.getByText(t(lang, 'event.inferred'), { exact: true })).toBeVisible();
      // How the date was established waits behind a disclosure under the date.
      const reasoning = details(page).getByText(t(lang, 'event.dateReasoning'), { exact: true });
      await expect(details(page).getByText(visit.dateNote![lang])).toBeHidden();
      await reasoning.click();
      await expect(details(page).getByText(visit.dateNote![lang])).toBeVisible();
      await reasoning.click();
      await expect(details(page).getByText(visit.dateNote![lang])).toBeHidden();
      // The tag "Date partly inferred" leads there too: a button that opens it and takes the focus to it.
      await when.getByRole('button', { name: t(lang, 'event.inferred'), exact: true }).click();
      await expect(details(page).getByText(visit.dateNote![lang])).toBeVisible();
      await expect(details(page).locator('summary')).toBeFocused();

      const resumption = eventById('resumption-2022');
      await mark(page, resumption.id, lang).click();
      await expect(detailsTitle(page)).toHaveText(resumption.title[lang]);
      await expect(details(page).locator('.when time.date')).toHaveText(resumption.dateLabel![lang]);
      await expect(details(page).getByText(t(lang, 'event.approximate'), { exact: true })).toBeVisible();
      await expect(details(page).getByText(t(lang, 'event.openEnd'), { exact: true })).toBeVisible();
      await expect(details(page).getByText(t(lang, 'event.inferred'), { exact: true })).toHaveCount(0);
      // The mark says it too, in its accessible name.
      await expect(mark(page, resumption.id, lang)).toHaveAccessibleName(
        new RegExp(`${escapeRegExp(resumption.dateLabel![lang])}\\s*$`)
      );
      // And in its label, which starts with the hedge the legend explains: "c. Jun 2022 – ongoing".
      const circa = t(lang, 'timeline.marks.circa').split('{{date}}')[0];
      const ongoing = t(lang, 'timeline.marks.ongoing').split('{{from}}')[1];
      await expect(mark(page, resumption.id, lang).locator('.label').first()).toHaveText(
        new RegExp(`^${escapeRegExp(circa)}.+${escapeRegExp(ongoing)}\\s*·,?\\s*${escapeRegExp(resumption.title[lang])}$`)
      );
    });

    test("each source's line reads naturally: no word said twice in a row", async ({ page }) => {
      const event = eventById('visit-2022-10-cuba');
      await openTimeline(page, `/${lang}?event=${event.id}`);
      await expect(detailsTitle(page)).toHaveText(event.title[lang]);
      const lines = details(page).locator('ul.sources > li');
      await expect(lines).toHaveCount(event.sources.length);
      for (const line of await lines.allInnerTexts()) {
        // "published on {date}" around a date that already starts with its own word ("ngày 14…") says it twice.
        expect(line).not.toMatch(/(^|[\s,(—])(\p{L}+)\s+\2(?=[\s,.)]|$)/iu);
        expect(line).toContain(OCTOBER_SOURCES_PUBLISHED[lang]);
      }
    });

    test('a second language shows the details in both', async ({ page }) => {
      const other = LANGS.find((code) => code !== lang)!;
      const event = eventById('visit-2022-10-cuba');
      await openTimeline(page, `/${lang}`);
      await mark(page, event.id, lang).click();
      await page.getByLabel(t(lang, 'site.secondLanguage')).selectOption(other);
      await expect(page).toHaveURL(new RegExp(`[?&]second=${other}(&|$)`));
      const title = detailsTitle(page);
      await expect(title.locator(`[lang="${lang}"]`)).toHaveText(event.title[lang]);
      await expect(title.locator(`[lang="${other}"]`)).toHaveText(event.title[other]);
      await expect(details(page).locator(`.summary [lang="${other}"]`)).toHaveText(event.summary[other]);
      // The interface strings of the second language load when it is chosen: the kind is named in both.
      const kind = details(page).locator('.when .kind');
      await expect(kind).toContainText(t(lang, `event.kind.${event.kind}`));
      await expect(kind.locator(`[lang="${other}"]`)).toHaveText(t(other, `event.kind.${event.kind}`));
    });
  });
}
