import type { Page } from '@playwright/test';

/** A long animation frame (> 50 ms) as Chromium reports it, reduced to where its time went. */
export interface LongFrame {
  durationMs: number;
  /** Time in scripts (event handlers, rAF callbacks, promise jobs). */
  scriptMs: number;
  /** From the start of style and layout to the end of the frame (style, layout, paint). */
  renderMs: number;
  /** The scripts that took longest in this frame: "invoker sourceFunctionName". */
  topScripts: string[];
}

/** What a recording returns: rAF deltas and the long frames seen meanwhile. */
export interface Recording {
  deltas: number[];
  longFrames: LongFrame[];
}

interface BenchWindow {
  __benchRec?: {
    times: number[];
    on: boolean;
    long: LongFrame[];
    observer?: PerformanceObserver;
    take?: (entries: PerformanceEntryList) => void;
  };
}

/** Starts recording requestAnimationFrame timestamps (and long animation frames) in the page. */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const rec: NonNullable<BenchWindow['__benchRec']> = { times: [], on: true, long: [] };
    w.__benchRec = rec;
    const tick = (t: number) => {
      rec.times.push(t);
      if (rec.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      rec.take = (entries) => {
        for (const entry of entries) {
          const e = entry as PerformanceEntry & {
            styleAndLayoutStart?: number;
            scripts?: { duration: number; invoker?: string; sourceFunctionName?: string }[];
          };
          const scripts = e.scripts ?? [];
          rec.long.push({
            durationMs: e.duration,
            scriptMs: scripts.reduce((sum, s) => sum + s.duration, 0),
            renderMs: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
            topScripts: [...scripts]
              .sort((a, b) => b.duration - a.duration)
              .slice(0, 2)
              .map((s) => `${s.invoker ?? ''} ${s.sourceFunctionName ?? ''} ${Math.round(s.duration)}ms`.trim())
          });
        }
      };
      rec.observer = new PerformanceObserver((list) => rec.take!(list.getEntries()));
      rec.observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      // Long animation frames are a Chromium extra; frame deltas do not need them.
    }
  });
}

/** Stops recording after two more frames and returns the deltas between frames. */
export async function stopRecording(page: Page): Promise<Recording> {
  return page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const rec = w.__benchRec!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    rec.on = false;
    if (rec.observer) {
      rec.take!(rec.observer.takeRecords());
      rec.observer.disconnect();
    }
    const deltas = rec.times.slice(1).map((t, i) => t - rec.times[i]);
    return { deltas, longFrames: rec.long };
  });
}
