import type { Browser, Page } from '@playwright/test';
import { freshContext } from './browser';
import { recordBytes, type PageBytes } from './measureBytes';
import { measureGestures, type BurstResult } from './measureFrames';
import { startRecording, stopRecording } from './recordFrames';
import { frameStats, median, type FrameStats } from './stats';

export type { BurstResult } from './measureFrames';

/** Everything measured on one page. */
export interface PageResult {
  url: string;
  bytes: PageBytes | null;
  /** window.__ready of each load (ms from navigation start); null when it timed out. */
  readyRunsMs: (number | null)[];
  readyMs: number | null;
  /** First contentful paint of each load (ms from navigation start; null: none before ready timed out). */
  paintRunsMs: (number | null)[];
  /** Median first contentful paint of the loads that got ready. */
  paintMs: number | null;
  readyTimeoutMs: number;
  heapMb: number | null;
  idle: FrameStats | null;
  /** Frames under the fast wheel and drag (issue 15), and under the paced ones (see measureFrames.ts). */
  zoom: BurstResult | null;
  pan: BurstResult | null;
  zoomPaced?: BurstResult | null;
  panPaced?: BurstResult | null;
  notes: string[];
}

export interface MeasureOptions {
  /** The zoom and pan surface (our .plot, vis-timeline's .vis-panel.vis-center). */
  surface: string;
  repeats?: number;
  readyTimeoutMs?: number;
  burstBudgetMs?: number;
  /** URLs of script files that carry data, counted apart from the JS. */
  isData?: (url: string) => boolean;
  /** Skip the frame bursts (an embed page measured for bytes only). */
  bytesOnly?: boolean;
}

/** The page's first contentful paint (ms from navigation start), or null when it has painted no content. */
async function firstContentfulPaint(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
}

/** Loads `url` in a fresh context and waits for window.__ready; returns it or null after the timeout. */
async function loadUntilReady(page: Page, url: string, timeoutMs: number): Promise<number | null> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  // Playwright's own timeout needs the renderer to answer, and a renderer in
  // a long task does not: the time-out is kept here.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = true;
  const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  // Asked with a bare expression every 50 ms, not with waitForFunction: that
  // first evaluates Playwright's injected script in the page, 15–50 ms of
  // the page's main thread (an EvaluateScript with no URL in a trace) in the
  // middle of the load it measures, for our page and vis-timeline alike.
  const ready = (async () => {
    while (waiting) {
      // A page between two documents ("execution context was destroyed")
      // answers nothing this time: ask again, until the time-out says no.
      const value = await page.evaluate('window.__ready').catch(() => undefined);
      if (typeof value === 'number') return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return null;
  })();
  try {
    return await Promise.race([ready, timedOut]);
  } finally {
    waiting = false;
    clearTimeout(timer);
  }
}

/**
 * Ends a page whose renderer is stuck in a long task (vis-timeline building
 * 100,000 items): closing it politely waits on that task, for as long as it
 * runs (half an hour was seen), and so does CDP's Page.crash, which the
 * renderer only obeys between two pieces of script. So the renderer processes
 * are killed from outside, their ids asked of the browser process, which
 * still answers. The benchmark has one page open at a time, so no other
 * measurement is hit.
 */
async function abandon(page: Page): Promise<void> {
  const crashed = page.waitForEvent('crash', { timeout: 30_000 }).catch(() => {});
  const browser = page.context().browser();
  if (browser) {
    const session = await browser.newBrowserCDPSession();
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    await session.detach();
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      try {
        process.kill(id, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  await crashed;
}

/** JS heap in use after a forced garbage collection (CDP), in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Measures one page: bytes, ready time (median of `repeats` cold loads), heap, then frame times during a zoom and a pan burst. */
export async function measurePage(browser: Browser, url: string, options: MeasureOptions): Promise<PageResult> {
  const { surface, repeats = 3, readyTimeoutMs = 120_000, burstBudgetMs = 90_000, isData, bytesOnly = false } = options;
  const result: PageResult = {
    url,
    bytes: null,
    readyRunsMs: [],
    readyMs: null,
    paintRunsMs: [],
    paintMs: null,
    readyTimeoutMs,
    heapMb: null,
    idle: null,
    zoom: null,
    pan: null,
    notes: []
  };

  for (let run = 0; run < repeats; run += 1) {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const bytes = run === 0 ? recordBytes(page, isData) : null;
    const ready = await loadUntilReady(page, url, readyTimeoutMs);
    result.readyRunsMs.push(ready);
    result.paintRunsMs.push(ready === null ? null : await firstContentfulPaint(page));
    if (bytes && ready !== null) {
      // Let late chunks (lazy imports, fonts) arrive before counting.
      await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
      result.bytes = await bytes.collect();
    }
    const last = run === repeats - 1 || ready === null || ready > readyTimeoutMs / 4;
    if (ready === null) {
      result.notes.push(`no window.__ready within ${readyTimeoutMs / 1000} s`);
      if (bytes) result.bytes = await bytes.collect();
      await abandon(page);
    } else if (last && run < repeats - 1) result.notes.push(`ready took ${(ready / 1000).toFixed(1)} s: measured once, not ${repeats} times`);
    if (last && ready !== null && !bytesOnly) {
      await page.waitForTimeout(1000);
      result.heapMb = await heapAfterGc(page);
      await startRecording(page);
      await page.waitForTimeout(1000);
      result.idle = frameStats((await stopRecording(page)).deltas);
      const gestures = await measureGestures(page, surface, burstBudgetMs);
      Object.assign(result, { zoom: gestures.zoom, pan: gestures.pan, zoomPaced: gestures.zoomPaced, panPaced: gestures.panPaced });
      result.notes.push(...gestures.notes);
    }
    await context.close();
    if (last) break;
  }
  const done = result.readyRunsMs.filter((r): r is number => r !== null);
  result.readyMs = done.length ? median(done) : null;
  const painted = result.paintRunsMs.filter((p): p is number => p !== null);
  result.paintMs = painted.length ? median(painted) : null;
  return result;
}
