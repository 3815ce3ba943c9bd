import { expect, test, type Page } from '@playwright/test';
import { axisY, openTimeline, plot, span, visibleWindow, windowChangedFrom, xOf } from './support';

// The plot's gestures (d3-zoom, d3-transition) load at the reader's first
// sign of life, not with the page. Here their code is held back on the way,
// as on a slow network, while the reader already turns the wheel, drags or
// swipes: what they began is taken up when the code arrives.

/** Holds every script the page asks for from now on, until `release`. */
async function holdLateScripts(page: Page) {
  const waiting: (() => void)[] = [];
  let holding = true;
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    if (holding) await new Promise<void>((go) => waiting.push(go));
    await route.continue();
  });
  return {
    /** Resolves once the page has asked for a script (and is kept waiting for it). */
    asked: () => expect.poll(() => waiting.length).toBeGreaterThan(0),
    release: () => {
      holding = false;
      waiting.splice(0).forEach((go) => go());
    }
  };
}

const MAY_2023 = Date.UTC(2023, 4, 15);

test('a wheel turned before the zoom code arrives zooms once it is there, and does not scroll the page', async ({ page }) => {
  await openTimeline(page, '/en');
  const scripts = await holdLateScripts(page);
  const before = await visibleWindow(page);
  const x = await xOf(page, MAY_2023);
  await page.mouse.move(x, await axisY(page));
  await scripts.asked();
  const scrolled = await page.evaluate(() => scrollY);

  await page.mouse.wheel(0, -360);
  // The page stays put under the plot while the code is on its way.
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  expect(await visibleWindow(page)).toEqual(before);

  scripts.release();
  const after = await windowChangedFrom(page, before);
  expect(span(after)).toBeLessThan(span(before) * 0.9);
  // Zoomed about the pointer: May 2023 is still in view.
  expect(after.from).toBeLessThan(MAY_2023);
  expect(after.to).toBeGreaterThan(MAY_2023);
});

test('a drag begun before the zoom code arrives pans once it is there', async ({ page }) => {
  // Zoomed in (a deep link), so there is room to pan.
  await openTimeline(page, '/en?from=2021-01-01&to=2023-01-01');
  const box = (await plot(page).boundingBox())!;
  const y = await axisY(page);
  const scripts = await holdLateScripts(page);
  const before = await visibleWindow(page);
  let x = box.x + box.width * 0.4;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await scripts.asked();

  scripts.release();
  // The reader keeps dragging right: earlier times come into view.
  for (let step = 0; step < 40 && (await visibleWindow(page)).from === before.from; step++) {
    x += 5;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  const after = await windowChangedFrom(page, before);
  expect(after.from).toBeLessThan(before.from);
  expect(Math.abs(span(after) - span(before))).toBeLessThan(span(before) * 0.001);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a swipe begun before the zoom code arrives pans once it is there', async ({ page }) => {
    await openTimeline(page, '/en?from=2021-01-01&to=2023-01-01');
    const box = (await plot(page).boundingBox())!;
    const y = await axisY(page);
    const scripts = await holdLateScripts(page);
    const before = await visibleWindow(page);
    const touch = await page.context().newCDPSession(page);
    let x = box.x + box.width * 0.3;
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await scripts.asked();

    scripts.release();
    // The finger keeps moving right: earlier times come into view.
    for (let step = 0; step < 40 && (await visibleWindow(page)).from === before.from; step++) {
      x += 4;
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const after = await windowChangedFrom(page, before);
    expect(after.from).toBeLessThan(before.from);
  });
});
