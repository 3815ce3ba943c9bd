import type { Page } from '@playwright/test';

/** Steps in each burst, and the pace a wheel or a pointer sends them at (one per 60 Hz frame). */
export const STEPS = 60;
const STEP_INTERVAL_MS = 16;
/** d3-zoom turns deltaY −100 into ×2^0.2; vis-timeline into about ×1.17. */
const WHEEL_DELTA = 100;
const PAN_STEP_PX = 8;

/** The visible time window [from, to] in ms: our .plot's data-from/to, or vis-timeline's getWindow(). */
export function readWindow(page: Page): Promise<[number, number] | null> {
  return page.evaluate(() => {
    const vis = (window as unknown as { __timeline?: { getWindow(): { start: Date; end: Date } } }).__timeline;
    if (vis) {
      const { start, end } = vis.getWindow();
      return [+start, +end] as [number, number];
    }
    const plot = document.querySelector<HTMLElement>('.plot');
    if (!plot?.dataset.from || !plot.dataset.to) return null;
    return [Date.parse(plot.dataset.from), Date.parse(plot.dataset.to)] as [number, number];
  });
}

/** Where a gesture over `selector` can start: its centre for the wheel, an empty spot (no button or link) for a drag. */
async function pointsIn(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const surface = document.querySelector(sel);
    if (!surface) throw new Error(`no ${sel} on the page`);
    const box = surface.getBoundingClientRect();
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    // Scan from the bottom (our axis, vis-timeline's empty lower rows) for a
    // spot where a press starts a pan rather than a click on a mark.
    let drag = { x: box.left + box.width * 0.3, y: box.bottom - 8 };
    search: for (let y = box.bottom - 8; y > box.top + 4; y -= 6) {
      for (let x = box.left + box.width * 0.3; x < box.left + box.width * 0.6; x += 10) {
        const hit = document.elementFromPoint(x, y);
        if (hit && surface.contains(hit) && !hit.closest('button, a, input, .vis-item')) {
          drag = { x, y };
          break search;
        }
      }
    }
    return { centre, drag, width: box.width };
  }, selector);
}

/** Runs `steps` steps, one every STEP_INTERVAL_MS at most, until done or `budgetMs` is spent. Returns the steps done. */
async function paced(steps: number, budgetMs: number, step: (i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < steps; i += 1) {
    const at = performance.now();
    await step(i);
    if (performance.now() - started > budgetMs) return i + 1;
    const wait = STEP_INTERVAL_MS - (performance.now() - at);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return steps;
}

/** 60 wheel steps over the surface's centre: 30 zooming in, then 30 back out; `atHalf` runs at the turn. */
export async function zoomBurst(page: Page, selector: string, budgetMs: number, atHalf?: () => Promise<void>): Promise<number> {
  const { centre } = await pointsIn(page, selector);
  await page.mouse.move(centre.x, centre.y);
  return paced(STEPS, budgetMs, async (i) => {
    if (i === STEPS / 2) await atHalf?.();
    await page.mouse.wheel(0, i < STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
  });
}

/** Zooms in by `steps` wheel steps (not measured): panning needs room, and a full view cannot pan. */
export async function zoomIn(page: Page, selector: string, steps: number): Promise<void> {
  const { centre } = await pointsIn(page, selector);
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < steps; i += 1) {
    await page.mouse.wheel(0, -WHEEL_DELTA);
    await new Promise((r) => setTimeout(r, STEP_INTERVAL_MS));
  }
}

/** A drag over the surface: press on an empty spot, 60 moves of 8 px to the right, release. */
export async function panBurst(page: Page, selector: string, budgetMs: number): Promise<number> {
  const { drag } = await pointsIn(page, selector);
  await page.mouse.move(drag.x, drag.y);
  await page.mouse.down();
  const done = await paced(STEPS, budgetMs, (i) => page.mouse.move(drag.x + (i + 1) * PAN_STEP_PX, drag.y));
  await page.mouse.up();
  return done;
}
