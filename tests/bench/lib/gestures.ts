import type { Page } from '@playwright/test';

/** Steps in each burst, and the pace a wheel or a pointer sends them at (one per 60 Hz frame). */
export const STEPS = 60;
/** The fast input's pace: one event per 60 Hz frame, on the clock, whether or not the page kept up. */
export const FAST_INTERVAL_MS = 1000 / 60;
/** The fast wheel: 6 bursts of 10 notches (deltaY ±120, a mouse wheel's notch), in, out, in…, 150 ms between bursts. */
export const FAST_WHEEL = { bursts: 6, perBurst: 10, deltaY: 120, gapMs: 150 };
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

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/**
 * Sends `count` input events at `times` (ms after the start, on Node's clock)
 * through CDP's Input.dispatchMouseEvent, without waiting for one to be
 * handled before sending the next: the browser gets them at the pace a wheel
 * or a hand makes them, as real input arrives, and queues (and coalesces)
 * what the page has not handled yet, as it does for a real wheel. Playwright's
 * mouse.wheel and mouse.move wait for the page to handle each event, which
 * lets a slow page set the pace, and its frames then look fine.
 * Resolves once every event is handled; returns how late the sends were (ms, at most).
 */
async function sendOnClock(cdp: Cdp, times: number[], event: (i: number) => Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const handled: Promise<unknown>[] = [];
  let late = 0;
  for (let i = 0; i < times.length; i += 1) {
    const wait = started + times[i] - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    late = Math.max(late, performance.now() - started - times[i]);
    handled.push(cdp.send('Input.dispatchMouseEvent', event(i) as never));
  }
  await Promise.all(handled);
  return late;
}

/** When each fast wheel event is sent (ms from the first), and its deltaY: bursts in, out, in… */
export function fastWheelPlan({ bursts, perBurst, deltaY, gapMs } = FAST_WHEEL, interval = FAST_INTERVAL_MS) {
  const plan: { at: number; deltaY: number }[] = [];
  let at = 0;
  for (let burst = 0; burst < bursts; burst += 1) {
    for (let i = 0; i < perBurst; i += 1) {
      plan.push({ at, deltaY: burst % 2 === 0 ? -deltaY : deltaY });
      at += interval;
    }
    at += gapMs - interval;
  }
  return plan;
}

/** What a fast gesture did: events sent, and the most a send was late on its clock (Node's timers). */
export interface FastInput {
  steps: number;
  lateMs: number;
}

/**
 * The fast wheel (FAST_WHEEL) over the surface's centre, every event on the
 * clock, not waiting for the page. `inGap` runs (without holding the clock
 * up) in the middle of the first pause, to read how far the first burst got.
 */
export async function fastZoom(page: Page, selector: string, inGap?: () => Promise<unknown>): Promise<FastInput> {
  const { centre } = await pointsIn(page, selector);
  await page.mouse.move(centre.x, centre.y);
  const plan = fastWheelPlan();
  const cdp = await page.context().newCDPSession(page);
  const gapMiddle = plan[FAST_WHEEL.perBurst - 1].at + FAST_WHEEL.gapMs / 2;
  let reading: Promise<unknown> | undefined;
  const timer = inGap ? setTimeout(() => (reading = inGap()), gapMiddle) : undefined;
  try {
    const late = await sendOnClock(
      cdp,
      plan.map((p) => p.at),
      (i) => ({ type: 'mouseWheel', x: centre.x, y: centre.y, deltaX: 0, deltaY: plan[i].deltaY, pointerType: 'mouse' })
    );
    await reading;
    return { steps: plan.length, lateMs: late };
  } finally {
    clearTimeout(timer);
    await cdp.detach();
  }
}

/** A drag at the fast pace: press on an empty spot, 60 moves of 8 px to the right one per 16.7 ms (not waiting for the page), release. */
export async function fastPan(page: Page, selector: string): Promise<FastInput> {
  const { drag } = await pointsIn(page, selector);
  await page.mouse.move(drag.x, drag.y);
  await page.mouse.down();
  const cdp = await page.context().newCDPSession(page);
  try {
    const times = Array.from({ length: STEPS }, (_, i) => i * FAST_INTERVAL_MS);
    const late = await sendOnClock(cdp, times, (i) => ({
      type: 'mouseMoved',
      x: drag.x + (i + 1) * PAN_STEP_PX,
      y: drag.y,
      button: 'left',
      buttons: 1,
      pointerType: 'mouse'
    }));
    return { steps: STEPS, lateMs: late };
  } finally {
    await cdp.detach();
    await page.mouse.up();
  }
}
