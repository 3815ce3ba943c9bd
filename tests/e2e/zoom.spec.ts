import { expect, test, type Page } from '@playwright/test';
import {
  axisY,
  DAY,
  granularity,
  LANGS,
  openTimeline,
  plot,
  span,
  t,
  visibleWindow,
  windowChangedFrom,
  xOf,
  type Lang
} from './support';

const MAY_2023 = Date.UTC(2023, 4, 15);

/** Zooms in on the plot with the mouse wheel until the axis counts in months. */
async function wheelToMonths(page: Page, at: number, lang: Lang) {
  const x = await xOf(page, at);
  const y = await axisY(page);
  await page.mouse.move(x, y);
  for (let step = 0; step < 40; step++) {
    if ((await granularity(page).getAttribute('data-granularity')) === 'month') break;
    const before = await visibleWindow(page);
    await page.mouse.wheel(0, -120);
    await windowChangedFrom(page, before);
  }
  await expect(granularity(page)).toHaveAttribute('data-granularity', 'month');
  await expect(granularity(page)).toHaveText(t(lang, 'timeline.granularity.month'));
}

/** Zooms in with the toolbar until the window is at most `days` wide. */
async function zoomInTo(page: Page, lang: Lang, days: number) {
  const zoomIn = page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true });
  for (let i = 0; i < 12 && span(await visibleWindow(page)) > days * DAY; i++) {
    const before = await visibleWindow(page);
    await zoomIn.click();
    await windowChangedFrom(page, before);
  }
  expect(span(await visibleWindow(page))).toBeLessThanOrEqual(days * DAY);
}

for (const lang of LANGS) {
  test.describe(`zoom and pan (${lang})`, () => {
    test('the mouse wheel over May 2023 zooms in there, from years to months; Show all restores', async ({
      page
    }) => {
      await openTimeline(page, `/${lang}`);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'year');
      await expect(granularity(page)).toHaveText(t(lang, 'timeline.granularity.year'));
      const full = await visibleWindow(page);

      await wheelToMonths(page, MAY_2023, lang);
      const zoomed = await visibleWindow(page);
      expect(zoomed.from).toBeGreaterThan(full.from);
      expect(zoomed.to).toBeLessThan(full.to);
      expect(span(zoomed)).toBeLessThan(span(full) / 2);
      // The wheel zooms about the pointer: May 2023 stays in view.
      expect(zoomed.from).toBeLessThan(MAY_2023);
      expect(zoomed.to).toBeGreaterThan(MAY_2023);

      // Wheel the other way: the window widens again.
      await page.mouse.wheel(0, 240);
      const widened = await windowChangedFrom(page, zoomed);
      expect(span(widened)).toBeGreaterThan(span(zoomed));

      await page.getByRole('button', { name: t(lang, 'timeline.showAll'), exact: true }).click();
      await expect.poll(() => visibleWindow(page)).toEqual(full);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'year');
    });

    test('the zoom buttons narrow and widen the window; Show all restores it', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const full = await visibleWindow(page);
      const zoomIn = page.getByRole('button', { name: t(lang, 'timeline.zoomIn'), exact: true });
      const zoomOut = page.getByRole('button', { name: t(lang, 'timeline.zoomOut'), exact: true });

      await zoomIn.click();
      const once = await windowChangedFrom(page, full);
      expect(span(once)).toBeCloseTo(span(full) / 2, -5);
      // Zooming in from the toolbar keeps the middle of the window.
      expect((once.from + once.to) / 2).toBeCloseTo((full.from + full.to) / 2, -5);

      await zoomIn.click();
      const twice = await windowChangedFrom(page, once);
      expect(span(twice)).toBeCloseTo(span(full) / 4, -5);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'month');
      await expect(granularity(page)).toHaveText(t(lang, 'timeline.granularity.month'));

      await zoomOut.click();
      const out = await windowChangedFrom(page, twice);
      expect(span(out)).toBeCloseTo(span(full) / 2, -5);

      await page.getByRole('button', { name: t(lang, 'timeline.showAll'), exact: true }).click();
      await expect.poll(() => visibleWindow(page)).toEqual(full);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'year');
    });

    test('zooming in far enough counts in weeks, then days', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await zoomInTo(page, lang, 60);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'week');
      await expect(granularity(page)).toHaveText(t(lang, 'timeline.granularity.week'));
      await zoomInTo(page, lang, 8);
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'day');
      await expect(granularity(page)).toHaveText(t(lang, 'timeline.granularity.day'));
    });

    test('dragging the plot pans: the window shifts and keeps its width', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      await zoomInTo(page, lang, 3 * 366);
      const before = await visibleWindow(page);
      const box = (await plot(page).boundingBox())!;
      const y = await axisY(page);
      const startX = box.x + box.width * 0.6;
      const dx = 200;

      await page.mouse.move(startX, y);
      await page.mouse.down();
      await page.mouse.move(startX + dx, y, { steps: 8 });
      await page.mouse.up();

      const after = await windowChangedFrom(page, before);
      // Dragging right brings earlier times into view, by as much time as the pointer moved.
      const expectedShift = (dx / box.width) * span(before);
      expect(after.from).toBeLessThan(before.from);
      expect(Math.abs(before.from - after.from - expectedShift)).toBeLessThan(expectedShift * 0.05);
      expect(Math.abs(span(after) - span(before))).toBeLessThan(span(before) * 0.001);
    });

    test('the overview writes the first and last events’ years under them', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const overview = page.locator('svg.overview');
      const box = (await overview.boundingBox())!;
      const first = page.locator('.overview-slot').getByText('2010', { exact: true });
      const last = page.locator('.overview-slot').getByText('2024', { exact: true });
      await expect(first).toBeVisible();
      await expect(last).toBeVisible();
      // Under the strip, the first year at its left, the last at its right.
      const [a, b] = [(await first.boundingBox())!, (await last.boundingBox())!];
      expect(a.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
      expect(a.x + a.width).toBeLessThan(box.x + box.width / 2);
      expect(b.x).toBeGreaterThan(box.x + box.width / 2);
    });

    test('dragging the window in the overview pans', async ({ page }) => {
      await openTimeline(page, `/${lang}`);
      const full = await visibleWindow(page);
      await zoomInTo(page, lang, 3 * 366);
      const before = await visibleWindow(page);

      const overview = page.locator('svg.overview');
      await expect(overview).toBeVisible();
      // Below a tall plot, the strip may start under the fold: a reader scrolls to it.
      await overview.scrollIntoViewIfNeeded();
      const box = (await overview.boundingBox())!;
      // The window's box in the overview, on the full span.
      const left = box.x + ((before.from - full.from) / span(full)) * box.width;
      const right = box.x + ((before.to - full.from) / span(full)) * box.width;
      const startX = (left + right) / 2;
      const y = box.y + box.height / 2;
      const dx = -120;

      await page.mouse.move(startX, y);
      await page.mouse.down();
      await page.mouse.move(startX + dx, y, { steps: 6 });
      await page.mouse.up();

      const after = await windowChangedFrom(page, before);
      // Dragging the box left moves the window earlier, by the box's own move on the full span.
      const expectedShift = (-dx / box.width) * span(full);
      expect(after.from).toBeLessThan(before.from);
      expect(Math.abs(before.from - after.from - expectedShift)).toBeLessThan(expectedShift * 0.05);
      expect(Math.abs(span(after) - span(before))).toBeLessThan(span(before) * 0.001);
    });
  });
}

// A tick just inside the right edge (1 July 2024, four days before the
// window's end) would put its label past the edge, where the plot cuts it
// to "Ju": such a label is left out, and every label drawn is whole.
for (const width of [1280, 600]) {
  test.describe(`the axis at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    test('no tick label runs past the edges of the plot', async ({ page }) => {
      await openTimeline(page, '/en?from=2022-01-01&to=2024-07-05');
      await expect(granularity(page)).toHaveAttribute('data-granularity', 'month');
      const labels = plot(page).locator('.tick-label');
      await expect(labels.first()).toBeVisible();
      const plotBox = (await plot(page).boundingBox())!;
      const boxes = await labels.evaluateAll((texts) => texts.map((text) => ({ text: text.textContent, ...text.getBoundingClientRect().toJSON() })));
      expect(boxes.length).toBeGreaterThan(2);
      for (const box of boxes) {
        expect(box.left, box.text!).toBeGreaterThanOrEqual(plotBox.x);
        expect(box.right, box.text!).toBeLessThanOrEqual(plotBox.x + plotBox.width);
      }
    });
  });
}
