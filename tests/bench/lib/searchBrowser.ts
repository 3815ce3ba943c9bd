/**
 * The search as a reader meets it, in Chromium (issue 13, phase 2): the
 * built site of N synthetic events, the search field typed into letter by
 * letter, results read off the screen. Wall-clock times of the page, so a
 * busy machine makes them worse, never better.
 *
 * - first results: the reader clicks into the field (the engine starts
 *   loading: the worker, FlexSearch, the data file from the HTTP cache) and
 *   types a first letter at once; from that keystroke to the first frame
 *   painted with its results (partial while a large index is being built),
 *   and to the complete answer;
 * - keystroke to results on screen: every keystroke of the typed queries,
 *   the index complete, about eight letters a second; from the keystroke to
 *   the frame painted with the results of that query or of a later one (a
 *   query typed past is never answered); p50, p95, max;
 * - long tasks (PerformanceObserver 'longtask': main-thread tasks over
 *   50 ms) while typing the queries (the index complete), how many and the
 *   longest, and apart those from the click into the field to the first
 *   complete answer (the engine loading and indexing).
 *
 * "On screen" is read from the count beside the field (when it changes or
 * comes in): its data-answered attribute names the query whose results the page shows (the marks, the
 * list and the count change in the same update); the frame after a
 * requestAnimationFrame is the one that paints them.
 */
import type { Browser, Page } from '@playwright/test';
import { cleanQuery } from '../../../src/lib/timeline/urlState';
import { freshContext } from './browser';
import { serveStatic } from './serve';
import { median, quantile } from './stats';

const summary = (values: number[]) => ({ p50Ms: median(values), p95Ms: quantile(values, 0.95), maxMs: values.length ? Math.max(...values) : NaN, count: values.length });

export interface BrowserSearchFigures {
  size: number;
  /** First keystroke (right after the click into the field) to its first results painted. */
  firstResultsMs: number;
  /** Whether those first results were already the complete answer. */
  firstComplete: boolean;
  /** First keystroke to the complete answer painted. */
  completeMs: number;
  /** Keystroke to results painted, the index complete. */
  keystroke: ReturnType<typeof summary>;
  /** Long tasks while typing the queries, the index complete: how many, and the longest (ms; 0 when none). */
  longTasks: { count: number; maxMs: number };
  /** Long tasks from the click into the field to the first complete answer (the engine loading, the index built). */
  longTasksLoading: { count: number; maxMs: number };
  /** The page's JS heap once everything is indexed (MB), when Chromium tells. */
  heapMb: number | null;
  /** Share of the machine's CPU busy while measuring (the browser included): other work there slows the figures. */
  cpuBusy?: number;
}

/** What the page records: keystrokes (with the query they made) and the results painted. */
interface Recorded {
  keys: { t: number; query: string }[];
  shown: { t: number; query: string; complete: boolean }[];
  longTasks: { start: number; duration: number }[];
}

/** Installs the recorders (idempotent). Runs in the page. */
function installRecorders() {
  const page = window as unknown as { __search?: Recorded & { lastKey: number } };
  if (page.__search) return;
  const record: Recorded & { lastKey: number } = { keys: [], shown: [], longTasks: [], lastKey: 0 };
  page.__search = record;
  const clean = (text: string) => text.replace(/[\p{Cc}\p{Cf}\ufffd]/gu, ' ').replace(/\s+/g, ' ').trim();
  addEventListener('keydown', (event) => (record.lastKey = event.timeStamp), { capture: true });
  addEventListener(
    'input',
    (event) => {
      const target = event.target as HTMLInputElement;
      if (target.type === 'search') record.keys.push({ t: record.lastKey, query: clean(target.value) });
    },
    { capture: true }
  );
  const seen = (element: Element) => {
    const query = element.getAttribute('data-answered');
    if (query === null || !element.checkVisibility()) return;
    const complete = element.getAttribute('data-complete') === 'true';
    // The frame that paints this update: after the next animation frame's callbacks.
    requestAnimationFrame(() => setTimeout(() => record.shown.push({ t: performance.now(), query, complete })));
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') seen(mutation.target as Element);
      // The count comes and goes with the search: it may come with its answer already (the last one stands).
      else
        for (const node of mutation.addedNodes)
          if (node instanceof Element) for (const element of [node, ...node.querySelectorAll('[data-answered]')]) seen(element);
    }
  }).observe(document.body, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-answered', 'data-complete'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __search: Recorded }).__search);

/** Waits until the page shows the results of `query` (complete ones when asked). */
async function waitShown(page: Page, query: string, complete: boolean, timeout: number) {
  await page.waitForFunction(
    ({ query, complete }) =>
      (window as unknown as { __search: Recorded }).__search.shown.some((s) => s.query === query && (!complete || s.complete)),
    { query, complete },
    { timeout, polling: 50 }
  );
}

/** Every prefix of a query as typed (spaces included), cleaned as the view cleans it. */
const prefixes = (query: string) => Array.from({ length: query.length }, (_, i) => cleanQuery(query.slice(0, i + 1)));

/**
 * Keystroke latencies: for each keystroke that changes the query, the first
 * painted result at or after it of its query or of a query typed after it.
 */
function latencies(record: Recorded, from: number): { query: string; ms: number }[] {
  const keys = record.keys.filter((key) => key.t >= from && key.query !== '');
  const out: { query: string; ms: number }[] = [];
  keys.forEach((key, i) => {
    // A space between words leaves the query as it was: it asks for nothing new, its results are on screen.
    if (i > 0 && keys[i - 1].query === key.query) return;
    const later = new Set(keys.slice(i).map((k) => k.query));
    const shown = record.shown.find((s) => s.t >= key.t && later.has(s.query));
    if (shown) out.push({ query: key.query, ms: shown.t - key.t });
  });
  return out;
}

/**
 * Measures the search of the site built in `buildDir` (N synthetic events),
 * typing `queries` on /en. `port` is where it is served for the time of it.
 */
export async function measureSearchInBrowser(
  browser: Browser,
  buildDir: string,
  size: number,
  queries: string[],
  { port, readyTimeoutMs, log }: { port: number; readyTimeoutMs: number; log: (message: string) => void }
): Promise<BrowserSearchFigures> {
  const server = await serveStatic(buildDir, port);
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/en`);
    await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, undefined, { timeout: readyTimeoutMs });
    await page.evaluate(installRecorders);
    const field = page.getByRole('searchbox', { name: 'Search' });

    // The first keystroke, the engine loading from the click into the field.
    const first = queries[0][0];
    await field.click();
    await page.keyboard.type(first);
    await waitShown(page, first, false, readyTimeoutMs);
    await waitShown(page, first, true, readyTimeoutMs);
    let record = await recorded(page);
    const firstKey = record.keys[0].t;
    const firstShown = record.shown.find((s) => s.query === first)!;
    const firstResultsMs = firstShown.t - firstKey;
    const completeMs = record.shown.find((s) => s.query === first && s.complete)!.t - firstKey;
    log(`${size} events in Chromium: first results ${Math.round(firstResultsMs)} ms${firstShown.complete ? '' : ' (partial)'}, complete ${Math.round(completeMs)} ms`);

    // Typing, the index complete.
    const typingFrom = await page.evaluate(() => performance.now());
    for (const query of queries) {
      await field.fill('');
      await page.waitForTimeout(300);
      await page.keyboard.type(query, { delay: 125 });
      await waitShown(page, prefixes(query).at(-1)!, true, 30_000);
      await page.waitForTimeout(200);
    }
    record = await recorded(page);
    const typed = latencies(record, typingFrom);
    const keystroke = summary(typed.map((key) => key.ms));
    const slowest = [...typed].sort((a, b) => b.ms - a.ms).slice(0, 5);
    log(`${size} events in Chromium: slowest keystrokes ${slowest.map((key) => `"${key.query}" ${Math.round(key.ms)} ms`).join(', ')}`);
    const tasks = (keep: (start: number) => boolean) => {
      const durations = record.longTasks.filter((task) => keep(task.start)).map((task) => task.duration);
      return { count: durations.length, maxMs: durations.length ? Math.max(...durations) : 0 };
    };
    const heapMb = await page.evaluate(() => {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? Math.round(memory.usedJSHeapSize / 2 ** 20) : null;
    });
    return {
      size,
      firstResultsMs,
      firstComplete: firstShown.complete,
      completeMs,
      keystroke,
      longTasks: tasks((start) => start >= typingFrom),
      longTasksLoading: tasks((start) => start < typingFrom),
      heapMb
    };
  } finally {
    await context.close();
    await server.stop();
  }
}
