/**
 * Search and filters (issue 13) as a reader meets them, in all three
 * languages: the search field, the Filters panel, what the timeline, the
 * list and the count show, the address, the keyboard, the embed. Expected
 * events are worked out here from the data files, never copied from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  collectPageErrors,
  detailsTitle,
  eventById,
  eventList,
  events,
  LANGS,
  listItem,
  markIds,
  placePath,
  plot,
  ROOT,
  sentence,
  showList,
  showTimeline,
  t,
  timeOrder,
  type EventData,
  type Lang
} from './support';

// ---- What the data says -------------------------------------------------------

type FullEvent = EventData & { domains?: string[]; evidence?: string; notes?: Record<Lang, string> };
const all = events as FullEvent[];

/** Accents, đ and case folded away, as a reader types. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Every text of an event a page in `lang` shows or names. */
function textOf(event: FullEvent, lang: Lang): string {
  const people = (event.participants ?? []).map((p) => `${personNames.get(p.person) ?? ''} ${p.title?.[lang] ?? ''}`);
  const place = event.place ? LANGS.map((code) => placePath(event.place!, code)).join(' ') : '';
  return fold([event.title[lang], event.summary[lang], event.notes?.[lang] ?? '', ...people, place].join(' '));
}
const personNames = new Map(
  readFileSync(join(ROOT, 'data/people.yaml'), 'utf8')
    .split('\n- ')
    .map((block) => [/id: (\S+)/.exec(block)?.[1], /name: (.+)/.exec(block)?.[1]] as const)
    .filter((pair): pair is [string, string] => !!pair[0] && !!pair[1])
);

const withPerson = (id: string) => all.filter((e) => e.participants?.some((p) => p.person === id)).map((e) => e.id);
/** Events at a place or at a place within it. */
function withPlace(id: string): string[] {
  const within = (place: string | undefined): boolean => {
    for (let at = place; at; at = /within: (\S+)/.exec(placeBlock(at) ?? '')?.[1]) if (at === id) return true;
    return false;
  };
  return all.filter((e) => within(e.place)).map((e) => e.id);
}
const placeBlock = (id: string) =>
  readFileSync(join(ROOT, 'data/places.yaml'), 'utf8')
    .split('\n- ')
    .find((block) => new RegExp(`(^|\\n)-? ?id: ${id}\\n`).test(block));

// ---- The page ------------------------------------------------------------------

const searchbox = (page: Page, lang: Lang) => page.getByRole('searchbox', { name: t(lang, 'search.label'), exact: true }).filter({ visible: true });
const count = (page: Page) => page.getByTestId('search-count').filter({ visible: true });
const filtersButton = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: new RegExp(`^${t(lang, 'search.filters')}`) }).filter({ visible: true });
const panel = (page: Page, lang: Lang) => page.getByRole('dialog', { name: t(lang, 'search.panelTitle') });
const checkbox = (page: Page, lang: Lang, group: string, id: string) =>
  panel(page, lang).getByRole('group', { name: t(lang, `search.group.${group}`) }).locator(`input[data-filter="${group}:${id}"]`);
const TOTAL = events.length;

/** Types a query as a reader does and waits until its results are on screen. */
async function search(page: Page, lang: Lang, query: string) {
  await searchbox(page, lang).fill(query);
  await expect(count(page)).toHaveAttribute('data-answered', query.trim().replace(/\s+/g, ' '));
}

/** The ids the list view shows. */
async function listedIds(page: Page, lang: Lang): Promise<string[]> {
  return eventList(page, lang)
    .locator('li[data-event-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id')!));
}

/** A plural string's form for `count` in `lang` (Intl's rules, as i18next picks them), or `_other` when the language has no such form. */
function plural(lang: Lang, key: string, count: number): string {
  const form = `${key}_${new Intl.PluralRules(lang).select(count)}`;
  try {
    t(lang, form);
    return form;
  } catch {
    return `${key}_other`;
  }
}

/**
 * The count beside the field, as the page's language writes "4 of 12 events"; given the
 * events found, it goes on with how many are steps of a visit found too, drawn inside its
 * mark ("11 of 13 events, including 6 milestones of visits").
 */
function countText(lang: Lang, found: number | string[]): RegExp {
  const shown = typeof found === 'number' ? found : found.length;
  const text = sentence(lang, plural(lang, 'search.count', shown), { shown: String(shown), total: String(TOTAL) });
  if (typeof found === 'number') return text;
  const steps = found.filter((id) => found.includes(eventById(id).parent ?? '')).length;
  if (!steps) return text;
  // Both patterns are anchored (^…$): joined, they match the one line the page writes.
  return new RegExp(`${text.source.slice(0, -1)}, ${sentence(lang, plural(lang, 'search.stepsAmong', steps), { n: String(steps) }).source.slice(1)}`);
}

async function openPage(page: Page, path: string) {
  await page.goto(path);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();
}

// ---- Typing ----------------------------------------------------------------------

for (const lang of LANGS) {
  test(`${lang}: "tuyen" without its accent shows only matching events, on the timeline and in the list`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await openPage(page, `/${lang}`);
    await search(page, lang, 'tuyen');

    await showList(page, lang);
    const listed = await listedIds(page, lang);
    expect(listed).toEqual(expect.arrayContaining(withPerson('le-van-tuyen')));
    expect(listed.length).toBeLessThan(TOTAL);
    for (const id of listed) expect(textOf(eventById(id) as FullEvent, lang), id).toMatch(/(^|[^\p{L}])tuyen/u);
    await expect(count(page)).toHaveText(countText(lang, listed));

    await showTimeline(page, lang);
    const drawn = await markIds(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(listed, `${id} is drawn but does not match`).toContain(id);
    expect(errors).toEqual([]);
  });
}

test('the count says how many of the events found are steps of a visit found too, drawn inside its mark', async ({ page }) => {
  await openPage(page, '/fr?q=visite');
  await expect(count(page)).toHaveText('11 événements sur 13, dont 6 étapes de visites');
  await openPage(page, '/en?q=visit');
  await expect(count(page)).toHaveText(/^\d+ of 13 events, including \d+ milestones? of (a visit|visits)$/);
  // Found alone, without their visit, steps are drawn as marks of their own: nothing to add.
  await openPage(page, '/en?q=visit&kind=working-visit');
  await expect(count(page)).toHaveText('3 of 13 events');
});

test.describe('what the issue asks to find, without a single accent', () => {
  const cases: [string, Lang, () => string[]][] = [
    ['hanoi', 'en', () => withPlace('hanoi')],
    ['ha noi', 'en', () => withPlace('hanoi')],
    ['ha noi', 'vi', () => withPlace('hanoi')],
    ['hanoi', 'fr', () => withPlace('hanoi')],
    ['hoai duc', 'fr', () => withPlace('hoai-duc')],
    ['hoai duc', 'vi', () => withPlace('hoai-duc')],
    ['alvarez', 'en', () => withPerson('alvarez-casas')],
    ['medaille', 'fr', () => all.filter((e) => /médaille/i.test(`${e.title.fr} ${e.summary.fr} ${e.notes?.fr ?? ''}`)).map((e) => e.id)]
  ];
  for (const [query, lang, expected] of cases) {
    test(`"${query}" (${lang})`, async ({ page }) => {
      const wanted = expected();
      expect(wanted.length).toBeGreaterThan(0);
      await page.goto(`/${lang}?view=list&q=${encodeURIComponent(query)}`);
      await expect(count(page)).toHaveAttribute('data-answered', query);
      const listed = await listedIds(page, lang);
      expect(listed).toEqual(expect.arrayContaining(wanted));
      expect(listed.length).toBeLessThan(TOTAL);
      await expect(count(page)).toHaveText(countText(lang, listed));
    });
  }
});

// ---- Filters -------------------------------------------------------------------

/** Events of a kind, at a place (or within it). */
const kindAt = (kind: string, place: string) => all.filter((e) => e.kind === kind && withPlace(place).includes(e.id)).map((e) => e.id);
/** A kind and a place that narrow each other: together they leave some events, fewer than either alone. */
const [KIND, PLACE] = (() => {
  for (const kind of new Set(all.map((e) => e.kind)))
    for (const place of ['hanoi', 'havana', 'vietnam', 'cuba', 'hoai-duc']) {
      const both = kindAt(kind, place).length;
      if (both > 0 && both < all.filter((e) => e.kind === kind).length && both < withPlace(place).length) return [kind, place];
    }
  throw new Error('No kind and place in the data narrow each other: pick another pair of filters for this test');
})();

for (const lang of LANGS) {
  test(`${lang}: two filters combine; each choice counts the events it would leave; the URL, a reload and the language links keep them`, async ({ page }) => {
    await openPage(page, `/${lang}`);
    await filtersButton(page, lang).click();
    await expect(panel(page, lang)).toBeVisible();

    // Before any choice, each count is what the data holds.
    const ofKind = all.filter((e) => e.kind === KIND).length;
    await expect(checkbox(page, lang, 'kind', KIND).locator('..').locator('.n')).toHaveText(String(ofKind));
    await expect(checkbox(page, lang, 'place', PLACE).locator('..').locator('.n')).toHaveText(String(withPlace(PLACE).length));

    await checkbox(page, lang, 'kind', KIND).check();
    // With the kind chosen, the place would leave the events of that kind there.
    const wanted = kindAt(KIND, PLACE);
    await expect(checkbox(page, lang, 'place', PLACE).locator('..').locator('.n')).toHaveText(String(wanted.length));
    await checkbox(page, lang, 'place', PLACE).check();
    await expect(count(page)).toHaveText(countText(lang, wanted.length));
    await expect(page).toHaveURL(new RegExp(`[?&]kind=${KIND}(&|$)`));
    await expect(page).toHaveURL(new RegExp(`[?&]place=${PLACE}(&|$)`));

    const drawn = await markIds(page);
    for (const id of drawn) expect(wanted).toContain(id);

    // Escape closes the panel; a reload restores everything.
    await page.keyboard.press('Escape');
    await expect(panel(page, lang)).toBeHidden();
    await page.reload();
    await expect(count(page)).toHaveText(countText(lang, wanted.length));
    await showList(page, lang);
    expect((await listedIds(page, lang)).sort()).toEqual([...wanted].sort());

    // Another language keeps the filters (and the view).
    const other = LANGS.find((code) => code !== lang)!;
    await page
      .getByRole('navigation', { name: t(lang, 'site.languages') })
      .filter({ visible: true })
      .getByRole('link', { name: t(other, 'site.languageName') })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${other}\\?.*kind=${KIND}`));
    await expect(count(page)).toHaveText(countText(other, wanted.length));
    expect((await listedIds(page, other)).sort()).toEqual([...wanted].sort());
  });
}

test('back and forward step through filter choices; a query typed in a new language is kept', async ({ page }) => {
  const lang = 'en';
  await openPage(page, `/${lang}`);
  await filtersButton(page, lang).click();
  await checkbox(page, lang, 'kind', 'visit').check();
  await expect(page).toHaveURL(/kind=visit/);
  await checkbox(page, lang, 'kind', 'talks').check();
  await expect(page).toHaveURL(/kind=talks,visit/);
  await page.keyboard.press('Escape');

  await page.goBack();
  await expect(page).toHaveURL(/kind=visit(&|$)/);
  const visits = all.filter((e) => e.kind === 'visit').length;
  await expect(count(page)).toHaveText(countText(lang, visits));
  await page.goBack();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(count(page)).toHaveCount(0);
  await page.goForward();
  await expect(count(page)).toHaveText(countText(lang, visits));

  await search(page, lang, 'alvarez');
  await expect(page).toHaveURL(/q=alvarez/);
  const found = Number(/^\d+/.exec((await count(page).textContent()) ?? '')?.[0]);
  expect(found).toBeGreaterThan(0);
  await page.getByRole('navigation', { name: t(lang, 'site.languages') }).filter({ visible: true }).getByRole('link', { name: t('vi', 'site.languageName') }).click();
  await expect(page).toHaveURL(/\/vi\?.*q=alvarez/);
  await expect(searchbox(page, 'vi')).toHaveValue('alvarez');
  await expect(count(page)).toHaveAttribute('data-answered', 'alvarez');
  await expect(count(page)).toHaveText(countText('vi', found));
});

test('a link with a query and a filter opens on its matches, every one drawn', async ({ page }) => {
  const lang = 'vi';
  // Milestones of one visit: at the whole timeline's zoom they sit inside it, undrawn.
  await page.goto(`/${lang}?q=${encodeURIComponent('ha noi')}&evidence=primary`);
  await expect(count(page)).toHaveAttribute('data-answered', 'ha noi');
  await expect(page).toHaveURL(/[?&]from=/);
  const drawn = await markIds(page);
  await showList(page, lang);
  const listed = await listedIds(page, lang);
  expect(listed.length).toBeGreaterThan(1);
  expect(listed.every((id) => (eventById(id) as FullEvent).evidence === 'primary')).toBe(true);
  expect([...drawn].sort()).toEqual([...listed].sort());
});

// ---- Keyboard --------------------------------------------------------------------

for (const lang of LANGS) {
  test(`${lang}, keyboard only: / focuses the field; Tab reaches Filters; Space checks a choice; Escape closes the panel and gives focus back`, async ({ page }) => {
    await openPage(page, `/${lang}`);
    await page.locator('body').press('/');
    await expect(searchbox(page, lang)).toBeFocused();
    await page.keyboard.type('alvarez');
    await expect(count(page)).toHaveAttribute('data-answered', 'alvarez');
    const found = Number(/^\d+/.exec((await count(page).textContent()) ?? '')?.[0]);
    expect(found).toBeGreaterThanOrEqual(withPerson('alvarez-casas').length);

    // The field, then Clear, then Filters.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t(lang, 'search.clear'), exact: true }).filter({ visible: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(filtersButton(page, lang)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel(page, lang)).toBeVisible();
    await expect(filtersButton(page, lang)).toHaveAttribute('aria-expanded', 'true');

    // The panel opens on its first choice; its close button comes before.
    const first = panel(page, lang).getByRole('checkbox').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(panel(page, lang).getByRole('button', { name: t(lang, 'search.closePanel') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const [group, id] = (await first.getAttribute('data-filter'))!.split(':');
    expect(group).toBe('kind');
    // The choice says how many events it would leave; choosing it leaves that many, and draws only them.
    const label = (await first.locator('..').locator('.n').textContent())!;
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(count(page)).toHaveText(countText(lang, Number(label)));
    expect(Number(label)).toBeLessThan(found);
    await expect(page).toHaveURL(new RegExp(`[?&]kind=${id}(&|$)`));

    await page.keyboard.press('Escape');
    await expect(panel(page, lang)).toBeHidden();
    await expect(filtersButton(page, lang)).toBeFocused();
    await expect(plot(page).locator('button[data-event-id]')).toHaveCount(Number(label));
    for (const drawn of await markIds(page)) expect(eventById(drawn).kind).toBe(id);

    // Back in the field (/ again), Escape clears the query; the filter stays.
    await page.keyboard.press('/');
    await expect(searchbox(page, lang)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(searchbox(page, lang)).toHaveValue('');
    await expect(count(page)).toHaveText(countText(lang, all.filter((e) => e.kind === id).length));
  });
}

// ---- What the page says --------------------------------------------------------------

test('a hostile query is shown as text, never run or parsed', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors = collectPageErrors(page);
  await page.goto(`/en?q=${encodeURIComponent(hostile)}`);
  await expect(searchbox(page, 'en')).toHaveValue(hostile);
  const empty = page.getByTestId('search-empty');
  await expect(empty).toContainText(t('en', 'search.empty').replace('{{query}}', hostile));
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test('no match: the plot says what was searched and offers a way back, never a blank plot', async ({ page }) => {
  const lang = 'vi';
  await openPage(page, `/${lang}`);
  await filtersButton(page, lang).click();
  await checkbox(page, lang, 'kind', 'award').check();
  await page.keyboard.press('Escape');
  // Tuyến took part in no award, and no award names him.
  expect(all.filter((e) => e.kind === 'award' && textOf(e, lang).includes('tuyen'))).toEqual([]);
  await search(page, lang, 'tuyen');
  const empty = page.getByTestId('search-empty');
  // The filter leaves nothing: the filter leaves nothing, the query alone finds events.
  await expect(empty).toContainText(t(lang, 'search.empty').replace('{{query}}', 'tuyen'));
  await expect(empty).toContainText(t(lang, 'event.kind.award'));
  await expect(plot(page).locator('button[data-event-id]')).toHaveCount(0);
  // No key to marks that are not there.
  await expect(page.getByTestId('legend')).not.toContainText(t(lang, 'timeline.legend.title'));

  const dropFilters = empty.getByRole('button', { name: new RegExp(`^${t(lang, 'search.dropFilters_other').split('(')[0].trim()}`) });
  await dropFilters.click();
  await expect(count(page)).toHaveText(/^\d+/);
  await expect(plot(page).locator('button[data-event-id]').first()).toBeVisible();

  await search(page, lang, 'zzzzqqq');
  await expect(empty).toBeVisible();
  // No filter is left: the card offers to clear the search only.
  await expect(empty.getByRole('button', { name: t(lang, 'search.clearAll') })).toHaveCount(0);
  await empty.getByRole('button', { name: t(lang, 'search.clearSearch') }).click();
  await expect(empty).toBeHidden();
  await expect(searchbox(page, lang)).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&](q|kind)=/);
  await showList(page, lang);
  expect(await listedIds(page, lang)).toHaveLength(TOTAL);
});

test('the empty card says only what applies: the filters are named in its tips and its button only when some are set', async ({ page }) => {
  const empty = page.getByTestId('search-empty');
  // A query alone: nothing about filters.
  await page.goto('/fr?q=zzzz');
  await expect(empty).toBeVisible();
  await expect(empty).not.toContainText('filtre');
  await expect(empty.getByRole('button')).toHaveText(['Effacer la recherche']);
  // A query and a filter: both are named.
  await page.goto('/fr?q=zzzz&kind=visit');
  await expect(empty).toContainText('retirez un filtre');
  await expect(empty.getByRole('button', { name: 'Effacer la recherche et les filtres' })).toBeVisible();
  // Filters alone, which together leave nothing: no word about spelling.
  await page.goto('/en?kind=award&domain=legal-drafting');
  await expect(empty).toBeVisible();
  await expect(empty).not.toContainText('spelling');
  await expect(empty).toContainText('Remove a filter or choose another.');
  await expect(empty.getByRole('button')).toHaveText(['Remove the filters']);
  await empty.getByRole('button', { name: 'Remove the filters' }).click();
  await expect(page).not.toHaveURL(/[?&](kind|domain)=/);
});

test('an open event the search does not match stays open and says so; Next walks the matches', async ({ page }) => {
  const lang = 'en';
  const open = timeOrder[0];
  const matches = withPerson('le-van-tuyen');
  expect(matches).not.toContain(open.id);
  await page.goto(`/${lang}?event=${open.id}`);
  await expect(detailsTitle(page)).toContainText(open.title[lang]);
  await search(page, lang, 'tuyen');
  await expect(page.locator('article.details')).toContainText(t(lang, 'search.notMatching'));
  await page.getByRole('button', { name: t(lang, 'event.next'), exact: true }).click();
  const shown = await page.locator('article.details').getAttribute('data-event-id');
  expect(matches).toContain(shown);
  await expect(page.locator('article.details')).not.toContainText(t(lang, 'search.notMatching'));
});

test('the live region announces how many events were found', async ({ page }) => {
  await openPage(page, '/en');
  await search(page, 'en', 'alvarez');
  const shown = (await count(page).textContent())!;
  await expect(page.getByRole('status').filter({ hasText: shown })).toHaveCount(1);
});

// ---- The embed --------------------------------------------------------------------

/**
 * Records, from the page's first frame, every event the plot ever draws, so a
 * test can tell that the address's search was kept from the start (not only
 * once the search's code came in).
 */
async function recordDrawn(page: Page) {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { drawnEver: Set<string> }).drawnEver = seen;
    const frame = () => {
      for (const mark of document.querySelectorAll<HTMLElement>('.plot button[data-event-id]')) seen.add(mark.dataset.eventId!);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
const drawnEver = (page: Page) => page.evaluate(() => [...(window as unknown as { drawnEver: Set<string> }).drawnEver]);

test.describe('the embed', () => {
  const embedMarks = (page: Page) => markIds(page);

  test('domain= opens on that domain; the reader may widen it with the same filters', async ({ page }) => {
    const health = all.filter((e) => e.domains?.includes('health')).map((e) => e.id);
    expect(health.length).toBeGreaterThan(0);
    expect(health.length).toBeLessThan(TOTAL);
    await recordDrawn(page);
    await openPage(page, '/en/embed?domain=health');
    await expect(count(page)).toHaveText(countText('en', health));
    // Never another domain's event, not even for a frame while the search's code loads.
    for (const id of await drawnEver(page)) expect(health).toContain(id);
    await filtersButton(page, 'en').click();
    await expect(checkbox(page, 'en', 'domain', 'health')).toBeChecked();
    await checkbox(page, 'en', 'domain', 'health').uncheck();
    await expect(count(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/domain=/);
  });

  test('q= shows what the query finds; the folded field opens with it', async ({ page }) => {
    await recordDrawn(page);
    await openPage(page, '/fr/embed?q=alvarez');
    await expect(searchbox(page, 'fr')).toHaveValue('alvarez');
    await expect(count(page)).toHaveAttribute('data-answered', 'alvarez');
    const drawn = await embedMarks(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of await drawnEver(page)) expect(textOf(eventById(id) as FullEvent, 'fr')).toContain('alvarez');

    // Cleared, the field folds back into its button, which opens it again.
    await searchbox(page, 'fr').press('Escape');
    await expect(count(page)).toHaveCount(0);
    await searchbox(page, 'fr').press('Escape');
    await expect(searchbox(page, 'fr')).toHaveCount(0);
    const toggle = page.getByRole('button', { name: t('fr', 'search.label'), exact: true });
    await expect(toggle).toBeFocused();
    await toggle.click();
    await expect(searchbox(page, 'fr')).toBeFocused();
  });

  test('search=0 leaves the search out but keeps what the options ask for', async ({ page }) => {
    const health = all.filter((e) => e.domains?.includes('health')).map((e) => e.id);
    await recordDrawn(page);
    await openPage(page, '/vi/embed?domain=health&search=0');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: new RegExp(`^(${t('vi', 'search.label')}|${t('vi', 'search.filters')})`) })).toHaveCount(0);
    // No count to wait for: every health event (in the window) comes, and nothing else ever.
    await expect.poll(async () => (await embedMarks(page)).length).toBeGreaterThan(0);
    for (const id of await drawnEver(page)) expect(health).toContain(id);
  });
});

// ---- Accessibility ---------------------------------------------------------------------

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

// The panel open and closed, and the empty state, in two languages and both themes.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const lang of ['fr', 'vi'] as const) {
      test(`${lang}: finds nothing with a search on and the filter panel closed, then open, then in the empty state`, async ({ page }) => {
        await page.goto(`/${lang}?q=tuyen&kind=visit`);
        await expect(count(page)).toHaveAttribute('data-answered', 'tuyen');
        expect(await axeViolations(page)).toEqual([]);
        await filtersButton(page, lang).click();
        await expect(panel(page, lang)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await search(page, lang, 'zzzzqqq');
        await expect(page.getByTestId('search-empty')).toContainText(t(lang, 'search.empty').replace('{{query}}', 'zzzzqqq'));
        expect(await axeViolations(page)).toEqual([]);
      });

      test(`${lang}: finds nothing on a phone, in the empty state and with the panel a sheet`, async ({ page }) => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`/${lang}?q=zzzzqqq`);
        await expect(page.getByTestId('search-empty')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await filtersButton(page, lang).click();
        await expect(panel(page, lang)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        // No horizontal scroll at 320 px, folded or not. The plot's SVGs take
        // their width from a ResizeObserver, so the page settles a frame or two
        // after the resize: the test waits for that, not for a fixed time.
        await page.keyboard.press('Escape');
        await page.setViewportSize({ width: 320, height: 700 });
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });
}
