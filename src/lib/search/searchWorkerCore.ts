/**
 * What the search worker does, without the worker: it keeps the latest query,
 * indexes a slice at a time and answers between slices, so a reader typing
 * while a large timeline is being indexed gets (partial) answers at once and
 * the complete one as soon as it exists. search.worker.ts runs it in a Web
 * Worker; searchClient.ts runs it in the page when no worker can start.
 */
import type { TimelineData } from '../data/model';
import type { Lang } from '../timeline/types';
import type { SearchLabels } from './documents';
import { SearchEngine } from './searchEngine';

/** page → worker */
export type ToSearchWorker =
  /** The timeline to search (a small one, inlined in the page). */
  | { type: 'load'; data: TimelineData }
  /** The timeline to search as its data file's bytes (a large one), optionally only part of it (see subsetTimeline). */
  | { type: 'bytes'; bytes: ArrayBuffer; subset: { kind: 'domain' | 'parent'; id: string } | null }
  /** Get these languages ready before a query comes (the reader focused the search field). */
  | { type: 'prepare'; langs: Lang[] }
  /** Answer this query; it replaces any query not yet answered. */
  | { type: 'search'; query: string; langs: Lang[] };

/** worker → page */
export type FromSearchWorker =
  | {
      type: 'answer';
      query: string;
      langs: Lang[];
      /** Indices in the timeline's events, best first. */
      indices: Uint32Array;
      /** How many events the timeline has: the page checks it searched the same one. */
      size: number;
      /** False while the languages are still being indexed: more matches may come. */
      complete: boolean;
      /** Milliseconds between the query's arrival and this answer. */
      ms: number;
    }
  | { type: 'error'; message: string };

/** How long indexing runs before a partial answer is refreshed. */
const REFRESH_MS = 250;

/** The worker's state and its one move, `step`. */
export class SearchWorkerCore {
  #engine: SearchEngine | null = null;
  #query: { query: string; langs: Lang[]; at: number; answered: boolean; complete: boolean } | null = null;
  #wanted: Lang[] = [];
  #answeredAt = 0;
  /** Whether the query's languages were indexed further since it was last answered. */
  #progressed = false;
  readonly #post: (message: FromSearchWorker) => void;
  readonly #labels: Partial<Record<Lang, SearchLabels>>;
  readonly #now: () => number;

  constructor(post: (message: FromSearchWorker) => void, labels: Partial<Record<Lang, SearchLabels>> = {}, now = () => performance.now()) {
    this.#post = post;
    this.#labels = labels;
    this.#now = now;
  }

  /** Starts over with this timeline (indexes of another are dropped). */
  setData(data: TimelineData): void {
    this.#engine = new SearchEngine(data, this.#labels);
    if (this.#query) this.#query.answered = false;
  }

  /** How many events of a language are indexed so far. */
  indexed(lang: Lang): number {
    return this.#engine?.indexed(lang) ?? 0;
  }

  /** Takes a message (`bytes` are the worker's to decode into setData). */
  receive(message: ToSearchWorker): void {
    if (message.type === 'load') this.setData(message.data);
    else if (message.type === 'prepare') this.#want(message.langs);
    else if (message.type === 'search') {
      this.#query = { query: message.query, langs: [...message.langs], at: this.#now(), answered: false, complete: false };
      this.#want(message.langs);
    }
  }

  #want(langs: Lang[]) {
    // The query's languages go first, in its order.
    this.#wanted = [...new Set([...langs, ...this.#wanted])];
  }

  /**
   * Does one slice of work, about `budgetMs` long: answers the query if it
   * is due, else indexes. Returns whether work is left.
   */
  step(budgetMs: number): boolean {
    const engine = this.#engine;
    if (!engine) return false;
    const query = this.#query;
    const needed = query ? query.langs : [];
    const dueAgain =
      query?.answered &&
      !query.complete &&
      this.#progressed &&
      (needed.every((lang) => engine.complete(lang)) || this.#now() - this.#answeredAt >= REFRESH_MS);
    // A first answer waits for a first slice of the index: an empty answer would only say "nothing found".
    const started = needed.some((lang) => engine.indexed(lang) > 0) || needed.every((lang) => engine.complete(lang));
    if (query && started && (!query.answered || dueAgain)) {
      const { indices, complete } = engine.search(query.query, query.langs);
      query.answered = true;
      query.complete = complete;
      this.#answeredAt = this.#now();
      this.#progressed = false;
      this.#post({ type: 'answer', query: query.query, langs: query.langs, indices, size: engine.size, complete, ms: this.#now() - query.at });
      return this.#hasWork();
    }
    const lang = this.#wanted.find((candidate) => !engine.complete(candidate));
    if (lang) {
      engine.indexSome(lang, budgetMs);
      if (needed.includes(lang)) this.#progressed = true;
    }
    return this.#hasWork();
  }

  #hasWork(): boolean {
    const engine = this.#engine;
    if (!engine) return false;
    if (this.#query && (!this.#query.answered || !this.#query.complete)) return true;
    return this.#wanted.some((lang) => !engine.complete(lang));
  }
}
