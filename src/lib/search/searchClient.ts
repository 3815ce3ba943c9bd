/**
 * The page's side of the search: starts the worker (search.worker.ts) and
 * talks to it. Loaded on demand (see connectSearch), never with the page.
 * Where no worker can start, the same core runs in the page, a few
 * milliseconds at a time between frames.
 */
import type { TimelineData } from '../data/model';
import type { Lang } from '../timeline/types';
import type { FromSearchWorker, ToSearchWorker } from './searchWorkerCore';

/** Where the worker gets the timeline: the page's own data (small timelines), or its data file (large ones). */
export type SearchSource =
  | { data: TimelineData }
  | { url: string; subset: { kind: 'domain' | 'parent'; id: string } | null };

/** An answer as the page receives it. */
export type SearchAnswerMessage = Extract<FromSearchWorker, { type: 'answer' }>;

export interface SearchClient {
  /** Get these languages indexed before the first query. */
  prepare(langs: Lang[]): void;
  /** Ask for this query; the answer (and, for a large timeline still being indexed, better ones) comes to `onanswer`. */
  search(query: string, langs: Lang[]): void;
  /** Stops the worker. */
  stop(): void;
}

/** In the page, slices stay well under a frame. */
const PAGE_SLICE_MS = 8;

/** The worker's core in the page, loaded only then (it brings FlexSearch, which the worker otherwise has). */
function inPage(source: SearchSource, receive: (message: FromSearchWorker) => void): SearchClient {
  const pending: ToSearchWorker[] = [];
  let send = (message: ToSearchWorker) => void pending.push(message);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  import('./searchWorkerCore').then(({ SearchWorkerCore }) => {
    if (stopped) return;
    if (!('data' in source)) {
      receive({ type: 'error', message: 'Search needs a Web Worker for a timeline this large.' });
      return;
    }
    const core = new SearchWorkerCore(receive);
    const schedule = () => {
      if (timer !== undefined || stopped) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (!stopped && core.step(PAGE_SLICE_MS)) schedule();
      }, 0);
    };
    core.setData(source.data);
    send = (message) => {
      core.receive(message);
      schedule();
    };
    for (const message of pending.splice(0)) send(message);
  });
  return {
    prepare: (langs) => send({ type: 'prepare', langs }),
    search: (query, langs) => send({ type: 'search', query, langs }),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    }
  };
}

/** Starts the search of one timeline; `onanswer` gets each answer, `onerror` a reason search cannot work. */
export function startSearch(source: SearchSource, onanswer: (answer: SearchAnswerMessage) => void, onerror: (message: string) => void = console.error): SearchClient {
  const receive = (message: FromSearchWorker) => (message.type === 'answer' ? onanswer(message) : onerror(message.message));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  } catch {
    return inPage(source, receive);
  }
  worker.onmessage = (event: MessageEvent<FromSearchWorker>) => receive(event.data);
  worker.onerror = (event) => onerror(event.message || 'The search worker failed.');
  const send = (message: ToSearchWorker) => worker.postMessage(message);
  if ('data' in source) {
    // Posted data is cloned: it must be plain objects (the page's timeline is; a $state proxy is not).
    send({ type: 'load', data: source.data });
  } else {
    // The page fetches the data file (it has it already: the HTTP cache answers) and moves its bytes
    // to the worker, which parses them. The worker does not fetch: a worker runs under its own
    // script's Content-Security-Policy, and hosts that give scripts `default-src 'none'` would stop it.
    const { url, subset } = source;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => worker.postMessage({ type: 'bytes', bytes, subset } satisfies ToSearchWorker, [bytes]))
      .catch((error) => onerror(error instanceof Error ? error.message : String(error)));
  }
  return {
    prepare: (langs) => send({ type: 'prepare', langs }),
    search: (query, langs) => send({ type: 'search', query, langs }),
    stop: () => worker.terminate()
  };
}
