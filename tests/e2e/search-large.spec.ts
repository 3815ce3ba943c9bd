import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unpackJson } from '../../src/lib/data/packJson';
import { LIST_ALL_MAX, LIST_PAGE } from '../../src/lib/timeline/listRange';
import { collectPageErrors, plot, ROOT, sentence, t } from './support';

// Search and filters on the site built against 10,000 synthetic events
// (tests/build-large.sh), served by the `large` project: correctness at
// scale. Speed is `npm run bench -- --only search`.

interface LargeEvent {
  id: string;
  kind: string;
  domains: string[];
  participants: { person: string }[];
  title: Record<string, string>;
  summary: Record<string, string>;
}

const BUILD = join(ROOT, 'build-large');
const dataFile = readdirSync(join(BUILD, 'data')).find((name) => /^timeline-[0-9a-f]+\.json$/.test(name));
const timeline = unpackJson(JSON.parse(readFileSync(join(BUILD, 'data', dataFile!), 'utf8'))) as {
  events: LargeEvent[];
  people: Record<string, { name: string }>;
};
const events = timeline.events;
const lang = 'en';
const number = new Intl.NumberFormat(lang);

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const withPerson = (id: string) => events.filter((e) => e.participants.some((p) => p.person === id));
const drawnIds = (page: Page) =>
  plot(page)
    .locator('button[data-event-id]')
    .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.eventId!));
const count = (page: Page) => page.getByTestId('search-count').filter({ visible: true });
const countText = (shown: number) =>
  sentence(lang, shown === 1 ? 'search.count_one' : 'search.count_other', { shown: number.format(shown), total: number.format(events.length) });
// "1,887 of 10,000 events": the grouping commas go first.
const countOf = async (page: Page) => Number(((await count(page).textContent()) ?? '').replace(/,/g, '').replace(/[^\d].*$/, ''));

async function openWhole(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByText(/Loading all/)).toHaveCount(0);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
}

test('a name typed without accents finds its events among 10,000, and only matching events are drawn', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openWhole(page, `/${lang}`);
  const person = 'cuong-le';
  expect(timeline.people[person].name).toBe('Lê Quốc Cường');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  // Letter by letter, as a reader types: one search engine for all of it, never one per keystroke.
  await page.getByRole('searchbox', { name: t(lang, 'search.label') }).pressSequentially('cuong', { delay: 50 });
  await expect(count(page)).toHaveAttribute('data-answered', 'cuong', { timeout: 30_000 });
  await expect(count(page)).toHaveAttribute('data-complete', 'true', { timeout: 60_000 });
  expect(workers.filter((url) => /search\.worker/.test(url))).toHaveLength(1);
  const found = await countOf(page);
  expect(found).toBeGreaterThanOrEqual(withPerson(person).length);
  expect(found).toBeLessThan(events.length);

  const byId = new Map(events.map((e) => [e.id, e]));
  const drawn = await drawnIds(page);
  expect(drawn.length).toBeGreaterThan(0);
  for (const id of drawn) {
    const event = byId.get(id)!;
    const named = event.participants.some((p) => p.person === person) || fold(`${event.title.en} ${event.summary.en}`).includes('cuong');
    expect(named, `${id} is drawn but does not match "cuong"`).toBe(true);
  }
  expect(errors).toEqual([]);
});

test('two filters among 10,000: each choice counts what it would leave, the count and the list agree, a reload keeps them', async ({ page }) => {
  await openWhole(page, `/${lang}`);
  const awards = events.filter((e) => e.kind === 'award');
  const both = awards.filter((e) => e.domains.includes('health'));
  expect(both.length).toBeGreaterThan(100);
  expect(both.length).toBeLessThan(awards.length);

  await page.getByRole('button', { name: new RegExp(`^${t(lang, 'search.filters')}`) }).click();
  const panel = page.getByRole('dialog', { name: t(lang, 'search.panelTitle') });
  const choice = (filter: string) => panel.locator(`input[data-filter="${filter}"]`);
  await expect(choice('kind:award').locator('..').locator('.n')).toHaveText(number.format(awards.length));
  await choice('kind:award').check();
  await expect(choice('domain:health').locator('..').locator('.n')).toHaveText(number.format(both.length));
  await choice('domain:health').check();
  await expect(count(page)).toHaveText(countText(both.length));
  await page.keyboard.press('Escape');

  const byId = new Map(events.map((e) => [e.id, e]));
  for (const id of await drawnIds(page)) {
    const event = byId.get(id)!;
    expect(event.kind === 'award' && event.domains.includes('health'), `${id} is drawn but is not an award in health`).toBe(true);
  }

  await page.reload();
  await expect(page.getByText(/Loading all/)).toHaveCount(0);
  await expect(count(page)).toHaveText(countText(both.length));
  await page.getByRole('group', { name: t(lang, 'site.view'), exact: true }).getByRole('button', { name: t(lang, 'site.viewList') }).click();
  const list = page.getByRole('region', { name: t(lang, 'site.listHeading') });
  // The list shows every match up to LIST_ALL_MAX, else a page at a time and says which.
  const atOnce = both.length <= LIST_ALL_MAX ? both.length : LIST_PAGE;
  const showing = t(lang, 'site.listShowing')
    .replace('{{from}}', '1')
    .replace('{{to}}', number.format(LIST_PAGE))
    .replace('{{total}}', number.format(both.length));
  if (atOnce < both.length) await expect(list).toContainText(showing);
  else await expect(list).not.toContainText(showing);
  await expect(list.locator('li[data-event-id]')).toHaveCount(atOnce);
  const listed = await list.locator('li[data-event-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));
  expect(listed).toEqual(both.slice(0, atOnce).map((e) => e.id));
});
