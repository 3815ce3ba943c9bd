import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unpackJson } from '../../src/lib/data/packJson';
import { collectPageErrors, plot, ROOT, settledWindow, span, t, visibleWindow, windowChangedFrom } from './support';

// The site built against 10,000 synthetic events (tests/build-large.sh), served
// by the `large` project. Correctness at scale, not speed: `npm run bench`
// measures speed.

interface LargeEvent {
  id: string;
  depth: number;
  parent: string | null;
  title: Record<string, string>;
  date: { min: number; max: number };
}

const BUILD = join(ROOT, 'build-large');
const dataFile = readdirSync(join(BUILD, 'data')).find((name) => /^timeline-[0-9a-f]+\.json$/.test(name));
const timeline = unpackJson(JSON.parse(readFileSync(join(BUILD, 'data', dataFile!), 'utf8'))) as { events: LargeEvent[] };
const events = timeline.events;
const lang = 'en';

const marks = (page: Page) => plot(page).locator('button[data-event-id]');
/** The sum of the "+n" counts on the axis. */
const countedOnAxis = (page: Page) =>
  plot(page)
    .locator('button.cluster > [aria-hidden="true"]')
    .allTextContents()
    .then((texts) => texts.reduce((sum, text) => sum + Number(text.replace('+', '')), 0));

/** Waits until the page has swapped its inlined preview for the whole timeline. */
async function openWhole(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText(/Loading all/)).toHaveCount(0);
  await expect(marks(page).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => typeof (window as { __ready?: number }).__ready)).toBe('number');
}

test('the data file holds 10,000 events', () => {
  expect(events).toHaveLength(10_000);
});

test('renders 10,000 events: a few labels and counts for the rest', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openWhole(page, `/${lang}`);
  const labelled = await marks(page).count();
  expect(labelled).toBeGreaterThan(5);
  expect(labelled).toBeLessThan(200);
  // Zoomed out, nearly every event is a count: the counts and labels together cover them.
  const counted = await countedOnAxis(page);
  expect(counted + labelled).toBeGreaterThan(5_000);
  expect(counted + labelled).toBeLessThanOrEqual(10_000);
  await expect(page.locator('#timeline-description')).toContainText('10000 events');
  expect(errors).toEqual([]);
});

test('zooms in until single events have their own labels', async ({ page }) => {
  await openWhole(page, `/${lang}`);
  const zoomIn = page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true });
  const before = await settledWindow(page);
  const countedBefore = await countedOnAxis(page);
  let window = before;
  for (let i = 0; i < 8; i++) {
    await zoomIn.click();
    window = await windowChangedFrom(page, window);
  }
  expect(span(window)).toBeLessThan(span(before) / 100);
  // Every labelled mark is an event that overlaps the window.
  const ids = await marks(page).evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.eventId!));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const event = events.find((e) => e.id === id)!;
    expect(event.date.min < window.to && event.date.max > window.from - 1).toBe(true);
  }
  expect(await countedOnAxis(page)).toBeLessThan(countedBefore);
});

test('a "+n" count zooms to the events it stands for', async ({ page }) => {
  await openWhole(page, `/${lang}`);
  const before = await visibleWindow(page);
  await plot(page).locator('button.cluster').nth(3).click();
  const after = await windowChangedFrom(page, before);
  expect(span(after)).toBeLessThan(span(before) / 5);
});

test('selects an event: details, address and a mark that says so', async ({ page }) => {
  await openWhole(page, `/${lang}`);
  const first = marks(page).first();
  const id = (await first.getAttribute('data-event-id'))!;
  await first.click();
  const event = events.find((e) => e.id === id)!;
  await expect(page.locator('#details-title')).toHaveText(event.title[lang]);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
  await expect(first).toHaveAttribute('aria-current', 'true');
});

test('a link to an event beyond the inlined preview opens it once all events are in', async ({ page }) => {
  // Far past the first 100 events the page inlines, and a milestone, so its visit must open too.
  const target = events.filter((e) => e.depth > 0).at(-10)!;
  await openWhole(page, `/${lang}?event=${target.id}`);
  await expect(page.locator('#details-title')).toHaveText(target.title[lang]);
  await expect(plot(page).locator(`[data-event-id="${target.id}"]`)).toBeVisible();
});

test('the list shows 100 events at a time and more on request', async ({ page }) => {
  await page.goto(`/${lang}?view=list`);
  const list = page.getByRole('region', { name: t(lang, 'site.listHeading') });
  // The inlined preview has no later events to show; the whole timeline does.
  const later = list.getByRole('button', { name: 'Show 100 later events' });
  await expect(later).toBeVisible();
  await expect(list.locator('li')).toHaveCount(100);
  await expect(list).toContainText('Events 1 to 100 of 10,000');
  await later.click();
  await expect(list.locator('li')).toHaveCount(200);
  await expect(list.locator('li').last()).toHaveAttribute('id', `list-${events[199].id}`);
});

test('the list opens on the selected event, wherever it is', async ({ page }) => {
  const target = events[7_000];
  await page.goto(`/${lang}?event=${target.id}&view=list`);
  const item = page.locator(`li#list-${target.id}`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: /Show 100 earlier events/ })).toBeVisible();
});

test('when the whole timeline cannot be loaded, the first events stay and the page says so', async ({ page }) => {
  await page.route(/\/data\/timeline-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(`/${lang}`);
  await expect(page.getByRole('alert')).toHaveText(
    'Only the first 100 of 10,000 events could be loaded. Reload the page to try again.'
  );
  await expect(marks(page).first()).toBeVisible();
  await marks(page).first().click();
  await expect(page.locator('#details-title')).toBeVisible();
});
