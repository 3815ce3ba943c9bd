import { expect, test, type Page } from '@playwright/test';
import {
  announcer,
  details,
  detailsTitle,
  focusedEventId,
  granularity,
  LANGS,
  markIds,
  openTimeline,
  plot,
  sentence,
  settledWindow,
  span,
  startOf,
  t,
  timeOrder,
  visibleWindow,
  type Lang,
  type Window
} from './support';

// Keyboard only: no test here touches the mouse.

/** Where keyboard focus is: the event it is on, whether it shows, and how many marks are in the tab order. */
const focusState = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const plotElement = document.querySelector('.plot')!;
    const tabbable = [...plotElement.querySelectorAll<HTMLElement>('[data-event-id]')].filter((el) => el.tabIndex === 0);
    const box = active?.getBoundingClientRect();
    const plotBox = plotElement.getBoundingClientRect();
    return {
      id: active?.dataset.eventId ?? null,
      inPlot: !!active && plotElement.contains(active),
      tabbable: tabbable.map((el) => el.dataset.eventId),
      focusVisible: !!active && active.matches(':focus-visible') && getComputedStyle(active).outlineStyle !== 'none',
      // Some of the mark lies on the visible part of the axis.
      onAxis: !!box && box.right > plotBox.left && box.left < plotBox.right && box.width > 0
    };
  });

/** Presses Tab until focus enters the timeline; fails if it never does. */
async function tabIntoTimeline(page: Page, lang: Lang) {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t(lang, 'site.skipToTimeline') })).toBeFocused();
  for (let presses = 1; presses < 60 && !(await focusState(page)).inPlot; presses++) {
    await page.keyboard.press('Tab');
  }
  expect((await focusState(page)).inPlot, 'Tab never reached the timeline').toBe(true);
}

/** Expects keyboard focus on the mark of `id`, visibly, as the timeline's only tab stop. */
async function expectFocusOn(page: Page, id: string) {
  await expect.poll(() => focusedEventId(page), { message: `focus should move to ${id}` }).toBe(id);
  const state = await focusState(page);
  expect(state.inPlot).toBe(true);
  expect(state.tabbable).toEqual([id]);
  expect(state.focusVisible, `focus on ${id} should be visible`).toBe(true);
  await expect.poll(async () => (await focusState(page)).onAxis, { message: `${id} should be on the axis` }).toBe(true);
}

const fractionOf = (w: Window, ms: number) => (ms - w.from) / span(w);

/** Zooming around an event leaves it in the window, where it was on the axis (within 5 % of the width). */
function expectStill(now: Window, before: Window, ms: number) {
  expect(ms, 'the focused event should stay in the window').toBeGreaterThanOrEqual(now.from);
  expect(ms, 'the focused event should stay in the window').toBeLessThanOrEqual(now.to);
  const moved = Math.abs(fractionOf(now, ms) - fractionOf(before, ms));
  expect(moved, 'the focused event should keep its place on the axis').toBeLessThan(0.05);
}

for (const lang of LANGS) {
  test.describe(`keyboard only (${lang})`, () => {
    test('Tab reaches the timeline as one stop; the arrows walk every event in time order; Enter opens, Escape closes', async ({
      page
    }) => {
      await openTimeline(page, `/${lang}`);
      const drawnAtFirst = await markIds(page);
      await tabIntoTimeline(page, lang);

      // Tab lands on one mark: the earliest event drawn.
      const landing = timeOrder.find((e) => drawnAtFirst.includes(e.id))!;
      await expectFocusOn(page, landing.id);

      // One stop: Tab leaves the timeline, Shift+Tab comes back to the same mark.
      await page.keyboard.press('Tab');
      expect((await focusState(page)).inPlot).toBe(false);
      await page.keyboard.press('Shift+Tab');
      await expectFocusOn(page, landing.id);

      // Back to the very first event, then forward through all of them.
      for (let at = timeOrder.indexOf(landing) - 1; at >= 0; at--) {
        await page.keyboard.press('ArrowLeft');
        await expectFocusOn(page, timeOrder[at].id);
      }
      for (const [at, event] of timeOrder.entries()) {
        if (at > 0) {
          await page.keyboard.press(at % 2 ? 'ArrowRight' : 'ArrowDown');
          await expectFocusOn(page, event.id);
        }
        // Enter (or Space) opens this event's details and says so; Escape closes and gives focus back.
        await page.keyboard.press(at % 2 ? 'Enter' : ' ');
        await expect(detailsTitle(page)).toHaveText(event.title[lang]);
        await expect(announcer(page)).toHaveText(sentence(lang, 'timeline.selected', { title: event.title[lang] }));
        await page.keyboard.press('Escape');
        await expect(details(page)).toHaveCount(0);
        await expectFocusOn(page, event.id);
      }

      // Past the last event the arrow goes nowhere; Up walks back like Left.
      const last = timeOrder[timeOrder.length - 1];
      await page.keyboard.press('ArrowRight');
      await expectFocusOn(page, last.id);
      await page.keyboard.press('ArrowUp');
      await expectFocusOn(page, timeOrder[timeOrder.length - 2].id);
    });

    test('+ and - zoom around the focused event, announcing the zoom level; 0 and Home show all', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const full = await settledWindow(page);
      await tabIntoTimeline(page, lang);
      const first = (await focusState(page)).id!;

      // Late in the span, so zooming about the middle would lose it.
      const target = timeOrder.find((e) => e.id === 'visit-2022-10-cuba')!;
      const start = startOf(target.date);
      expect(fractionOf(full, start)).toBeGreaterThan(0.7);
      for (let at = timeOrder.findIndex((e) => e.id === first) + 1; (await focusedEventId(page)) !== target.id; at++) {
        expect(at, `ArrowRight never reached ${target.id}`).toBeLessThan(timeOrder.length);
        await page.keyboard.press('ArrowRight');
        await expectFocusOn(page, timeOrder[at].id);
      }
      const before = await settledWindow(page);

      await page.keyboard.press('+');
      await expect.poll(async () => span(await visibleWindow(page)) / span(before)).toBeCloseTo(0.5, 2);
      const zoomedIn = await settledWindow(page);
      await expectFocusOn(page, target.id);
      expectStill(zoomedIn, before, start);

      await page.keyboard.press('+');
      await expect.poll(async () => span(await visibleWindow(page)) / span(before)).toBeCloseTo(0.25, 2);
      const twice = await settledWindow(page);
      await expectFocusOn(page, target.id);
      expectStill(twice, before, start);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'month');
      await expect(announcer(page)).toHaveText(
        sentence(lang, 'timeline.zoomLevel', { level: t(lang, 'timeline.granularity.month') })
      );

      await page.keyboard.press('-');
      await expect.poll(async () => span(await visibleWindow(page)) / span(before)).toBeCloseTo(0.5, 2);
      const out = await settledWindow(page);
      await expectFocusOn(page, target.id);
      expectStill(out, before, start);

      await page.keyboard.press('0');
      await expect.poll(() => visibleWindow(page)).toEqual(full);
      await expect(announcer(page)).toHaveText(
        sentence(lang, 'timeline.zoomLevel', { level: t(lang, 'timeline.granularity.year') })
      );
      await expectFocusOn(page, target.id);

      await page.keyboard.press('+');
      await windowNarrowerThan(page, full);
      await page.keyboard.press('Home');
      await expect.poll(() => visibleWindow(page)).toEqual(full);
      await expectFocusOn(page, target.id);
    });
  });
}

async function windowNarrowerThan(page: Page, wider: Window) {
  await expect.poll(async () => span(await visibleWindow(page)) < span(wider)).toBe(true);
}

/** One stop of a Tab walk through the toolbar: the control's name and where it is drawn. */
interface Stop {
  name: string;
  top: number;
  left: number;
  /** Which of the toolbar's visible controls it is (their DOM order). */
  index: number;
}

/** The focused element, if it is in the toolbar shown, with its box; and how many controls that toolbar shows. */
const toolbarFocus = (page: Page) =>
  page.evaluate(() => {
    const toolbar = [...document.querySelectorAll<HTMLElement>('[data-testid="toolbar"]')].find((el) => el.checkVisibility());
    const controls = [...(toolbar?.querySelectorAll<HTMLElement>('button, a[href], select, input') ?? [])].filter(
      (el) => el.checkVisibility() && el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled
    );
    const active = document.activeElement as HTMLElement | null;
    const index = active ? controls.indexOf(active) : -1;
    if (!active || index < 0) return { stop: null, controls: controls.length };
    const box = active.getBoundingClientRect();
    const name = active.getAttribute('aria-label') ?? active.textContent!.trim();
    return { stop: { name, top: box.top, left: box.left, index }, controls: controls.length };
  });

/**
 * Walks the toolbar with Tab from just before it (Shift+Tab out of it from
 * wherever focus is in it) to just after it; returns the stops.
 */
async function tabThroughToolbar(page: Page): Promise<{ stops: Stop[]; controls: number }> {
  for (let presses = 0; presses < 40 && (await toolbarFocus(page)).stop; presses++) await page.keyboard.press('Shift+Tab');
  expect((await toolbarFocus(page)).stop, 'Shift+Tab should leave the toolbar').toBeNull();
  await page.keyboard.press('Tab');
  const stops: Stop[] = [];
  let controls = 0;
  for (let presses = 0; presses < 40; presses++) {
    const focus = await toolbarFocus(page);
    if (!focus.stop) break;
    stops.push(focus.stop);
    controls = focus.controls;
    await page.keyboard.press('Tab');
  }
  return { stops, controls };
}

/**
 * Each stop comes after the one before it on the screen: further along the
 * same row (tops within a few px: the view switch sits 3 px lower than the
 * zoom buttons), or on a row below. Every control the toolbar shows is met once.
 */
function expectReadingOrder({ stops, controls }: { stops: Stop[]; controls: number }) {
  const walk = stops.map((stop) => `${stop.name} (${Math.round(stop.left)}, ${Math.round(stop.top)})`).join(' → ');
  expect(stops.length, walk).toBeGreaterThanOrEqual(4);
  expect(new Set(stops.map((stop) => stop.index)).size, `every control once: ${walk}`).toBe(controls);
  expect(stops.length, `every control once: ${walk}`).toBe(controls);
  const ROW = 8;
  for (const [i, stop] of stops.entries()) {
    if (i === 0) continue;
    const before = stops[i - 1];
    const sameRow = Math.abs(stop.top - before.top) <= ROW;
    const inOrder = sameRow ? stop.left > before.left : stop.top > before.top;
    expect(inOrder, `${before.name} → ${stop.name} goes back on the screen: ${walk}`).toBe(true);
  }
}

/** Tabs forward from the top of the page until focus is in the toolbar. */
async function tabIntoToolbar(page: Page) {
  for (let presses = 0; presses < 40 && !(await toolbarFocus(page)).stop; presses++) await page.keyboard.press('Tab');
  expect((await toolbarFocus(page)).stop, 'Tab never reached the toolbar').not.toBeNull();
}

test.describe('the toolbar in reading order', () => {
  test('/en at 1280×800: Tab meets the controls row by row, start to end, the search row last', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openTimeline(page, '/en');
    await tabIntoToolbar(page);
    const walk = await tabThroughToolbar(page);
    expectReadingOrder(walk);
    const names = walk.stops.map((stop) => stop.name);
    expect(names[0]).toBe(t('en', 'timeline.zoomOut'));
    expect(names.slice(-3)).toEqual([t('en', 'site.menu'), t('en', 'search.label'), t('en', 'search.filters')]);
    await expect(page.getByTestId('toolbar').getByRole('searchbox', { name: t('en', 'search.label'), exact: true })).toBeVisible();
  });

  test('/vi at 390×844: the same, with the search field folded and opened', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openTimeline(page, '/vi');
    await tabIntoToolbar(page);
    expectReadingOrder(await tabThroughToolbar(page));

    const button = page.getByRole('button', { name: t('vi', 'search.label'), exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('searchbox', { name: t('vi', 'search.label'), exact: true });
    await expect(field).toBeFocused();
    const walk = await tabThroughToolbar(page);
    expectReadingOrder(walk);
    expect(walk.stops.at(-1)!.name).toBe(t('vi', 'search.filters'));
  });

  test('the embed at 600 px: one row start to end, then the opened search field’s row', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 500 });
    await openTimeline(page, '/en/embed');
    await tabIntoToolbar(page);
    expectReadingOrder(await tabThroughToolbar(page));

    const button = page.getByTestId('toolbar').getByRole('button', { name: t('en', 'search.label'), exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('toolbar').getByRole('searchbox', { name: t('en', 'search.label'), exact: true })).toBeFocused();
    const walk = await tabThroughToolbar(page);
    expectReadingOrder(walk);
    expect(walk.stops.map((stop) => stop.name).slice(-2)).toEqual([t('en', 'search.label'), t('en', 'search.filters')]);
  });
});
