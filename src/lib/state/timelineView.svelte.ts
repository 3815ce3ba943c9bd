import { getContext, setContext } from 'svelte';
import type { TimelineData, TimelineEvent } from '$lib/data/model';
import type { FacetResult } from '$lib/search/facets';
import { FILTER_GROUPS, NO_FILTERS, hasFilters, toggleFilter, type FilterGroup, type Filters } from '$lib/search/filters';
import { fitWindow, fullWindow, type TimeWindow } from '$lib/timeline/timeWindow';
import type { Lang } from '$lib/timeline/types';
import { cleanQuery, type SearchKnown } from '$lib/timeline/urlState';

const EVIDENCE: ReadonlySet<string> = new Set(['primary', 'context']);

/** Whether two byte arrays of the same length hold the same bytes (100,000 bytes take well under a millisecond). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The search engine's answer to one query (see src/lib/search/connectSearch.svelte.ts). */
export interface QueryResult {
  /** The query answered, as cleanQuery leaves it. */
  query: string;
  /** Indices in `TimelineView.events` of the matching events, best first. */
  indices: Uint32Array;
  /** How many events the engine searched: an answer about other data (a preview, another page) is not used. */
  size: number;
  /** False while a large timeline is still being indexed: more matches may come. */
  complete: boolean;
}

/**
 * What the reader is looking at: the selected event, the visible window and
 * the second language, with the moves between events that every page offers
 * (previous, next, zoom to, reveal). The timeline, the details, the language
 * links and the URL all read and write this one object.
 */
export class TimelineView {
  selectedId = $state<string | null>(null);
  second = $state<Lang | null>(null);
  /** Show the events as a list instead of the timeline. */
  list = $state(false);
  /** The window the axis shows now; written by the timeline as it zooms. */
  window = $state<TimeWindow | null>(null);
  /**
   * A window someone asked the timeline to show (a deep link, "zoom to
   * event", back/forward). A new object each time, so asking twice for the
   * same window still moves the axis.
   */
  requestedWindow = $state<TimeWindow | null>(null);
  /** Events drawn on the axis at this zoom (labelled or as dots); written by the timeline. */
  drawn = $state.raw<ReadonlySet<string>>(new Set());
  #query = $state('');
  /** The search field's text, as the reader types it. */
  get query(): string {
    return this.#query;
  }
  set query(text: string) {
    // Nothing typed: what a query showed is gone from the screen (see #queryMask).
    if (cleanQuery(text) === '') this.#shownMask = null;
    this.#query = text;
  }
  /** The chosen filters (ids per group; see src/lib/search/facets.ts). */
  filters = $state.raw<Filters>(NO_FILTERS);
  /** The search engine's latest answer; written by connectSearch, null until there is one. */
  queryResult = $state.raw<QueryResult | null>(null);
  /** Whether the page has read its address into the view (syncViewWithUrl); the timeline draws no marks before, so none the address leaves out ever shows. */
  addressRead = $state(false);
  /** Why the search engine could not start (written by connectSearch); null while it works. */
  searchError = $state<string | null>(null);
  /** Set when the reader shows they will search (the search field got focus): the engine starts loading before the first key. */
  searchWanted = $state(false);
  /** Whether the timeline can draw the matches alone (its search code is in); written by the timeline. */
  searchShown = $state(false);
  /** Counting and matching (src/lib/search/facets.ts): loaded with search, never with the page. */
  #facetCode = $state.raw<typeof import('$lib/search/facets') | null>(null);
  #facetLoading: Promise<void> | null = null;

  readonly #data: () => TimelineData;

  /** `data` is a getter so the view follows the page's current data. */
  constructor(data: () => TimelineData) {
    this.#data = data;
  }

  /** The timeline the view shows (its people, places and domains name the filters' choices). */
  get data(): TimelineData {
    return this.#data();
  }
  readonly events = $derived.by(() => this.#data().events);
  readonly #index = $derived(new Map(this.events.map((event, i) => [event.id, i])));
  /** UTC ms covered by all events. */
  readonly span = $derived.by(() => this.#data().span);
  /** Whether the data is only the first events of a large timeline (see delivery.ts). */
  readonly isPreview = $derived.by(() => this.#data().total !== undefined);

  /** Whether an event with this id exists. */
  hasEvent(id: string): boolean {
    return this.#index.has(id);
  }
  /** Where an event comes in time order (its place in `events`), if it exists. */
  indexOf(id: string): number | undefined {
    return this.#index.get(id);
  }
  /** All events with a margin: the widest window. */
  readonly full = $derived.by(() => fullWindow(this.#data().span));

  // ---- Search and filters -------------------------------------------------

  /** The query as searched: trimmed, spaces collapsed ('' for none). */
  readonly searchText = $derived(cleanQuery(this.query));
  /** Whether a query or a filter narrows the events. */
  readonly searching = $derived(this.searchText !== '' || hasFilters(this.filters));
  /** Whether the shown matches are not yet those of the search (the engine or the facets' code is loading, or the engine answering). */
  readonly searchPending = $derived(
    (this.searching && !this.#facetCode) || (this.searchText !== '' && this.queryResult?.query !== this.searchText)
  );
  /** Whether the query's answer is partial: a large timeline is still being indexed, more matches may come. */
  readonly searchPartial = $derived(this.searchText !== '' && this.queryResult !== null && !this.queryResult.complete);
  /** Loads the code that counts and matches (once); search calls it as the reader reaches for it. */
  loadFacets(): Promise<void> {
    this.#facetLoading ??= import('$lib/search/facets').then((code) => {
      this.#facetCode = code;
    });
    return this.#facetLoading;
  }

  /** Each event's kinds, domains, people, places and evidence, coded for counting (built when first read); null until loadFacets. */
  readonly facetTable = $derived.by(() => this.#facetCode?.facetTable(this.#data()) ?? null);
  readonly #kinds = $derived(new Set<string>(this.events.map((event) => event.kind)));
  /** The ids each filter group accepts, for reading a link. */
  readonly searchKnown: SearchKnown = {
    kind: { has: (id) => this.#kinds.has(id) },
    domain: { has: (id) => Object.hasOwn(this.#data().domains, id) },
    person: { has: (id) => Object.hasOwn(this.#data().people, id) },
    place: { has: (id) => Object.hasOwn(this.#data().places, id) }
  };

  // Apart from the query's text, so that a keystroke whose answer is still on
  // its way recomputes nothing: the same mask, so the same facets, matches and
  // layout (at 100,000 events, that was 20 ms of every keystroke). An answer
  // that matches the same events as the one before (typing on through a word
  // often does: "deputy m", "deputy mi"…) keeps the same mask too.
  #lastMask: Uint8Array | null = null;
  readonly #answerMask = $derived.by(() => {
    const result = this.queryResult;
    if (!result || result.size !== this.events.length) return null;
    const mask = new Uint8Array(this.events.length);
    for (const i of result.indices) mask[i] = 1;
    const last = this.#lastMask;
    if (last && last.length === mask.length && sameBytes(last, mask)) return last;
    this.#lastMask = mask;
    return mask;
  });

  /**
   * 1 for each event the query matched, or null for no query. While an answer
   * is on its way, the last one stands when the query only adds to what it
   * answered (one more letter or word only narrows it); else what is on
   * screen stays there (before the first answer, the query narrows nothing
   * yet), rather than the matches of a query the reader typed over.
   */
  #shownMask: Uint8Array | null = null;
  readonly #queryMask = $derived.by(() => {
    const text = this.searchText;
    const result = this.queryResult;
    let mask: Uint8Array | null;
    if (text === '') mask = null;
    else if (result && text.startsWith(result.query)) mask = this.#answerMask;
    else mask = this.#shownMask?.length === this.events.length ? this.#shownMask : null;
    this.#shownMask = mask;
    return mask;
  });

  /**
   * Whether something narrows the events shown: a filter, or a query with an
   * answer in (see #queryMask). A query typed whose first answer is not in
   * yet narrows nothing: the page stays as it was, with nothing to redraw,
   * until the answer comes.
   */
  readonly narrows = $derived(hasFilters(this.filters) || this.#queryMask !== null);

  /** Matches and, for each filter choice, how many events it would leave (computed when first read); null until loadFacets. */
  readonly facets: FacetResult | null = $derived.by(() => {
    const code = this.#facetCode;
    const table = this.facetTable;
    return code && table ? code.facetCounts(table, code.knownFilters(table, this.filters), this.#queryMask) : null;
  });

  /**
   * What the query and filters leave: 1 per event that matches, and how
   * many; null until the counting code is loaded. The timeline, the count and
   * the moves read this, not `facets`: without filters it is the query's
   * mask itself, and the counts per choice (a pass over every event's kinds,
   * domains, people and places, several milliseconds at 100,000 events) are
   * worked out only while the filter panel shows them.
   */
  readonly found: Pick<FacetResult, 'matches' | 'total'> | null = $derived.by(() => {
    if (!this.#facetCode) return null;
    if (hasFilters(this.filters)) return this.facets;
    const mask = this.#queryMask;
    if (!mask) return { matches: new Uint8Array(this.events.length).fill(1), total: this.events.length };
    let total = 0;
    for (let i = 0; i < mask.length; i += 1) total += mask[i];
    return { matches: mask, total };
  });

  /** The events the query and filters leave, in time order; null when nothing narrows them (or not yet: see `narrows`). */
  readonly matches: readonly TimelineEvent[] | null = $derived.by(() => {
    if (!this.narrows || !this.found) return null;
    const { matches } = this.found;
    return this.events.filter((_, i) => matches[i] === 1);
  });

  /** The matches best first (the engine's order, then time order for filters alone); null when nothing narrows. */
  readonly rankedMatches: readonly TimelineEvent[] | null = $derived.by(() => {
    if (!this.narrows || !this.found) return null;
    const mask = this.#queryMask;
    if (!mask || !this.queryResult) return this.matches;
    const { matches } = this.found;
    const ranked: TimelineEvent[] = [];
    for (const i of this.queryResult.indices) if (matches[i] === 1) ranked.push(this.events[i]);
    return ranked;
  });

  /** Whether an event is one of the matches (every event is, when nothing narrows them). */
  isMatch(id: string): boolean {
    if (!this.narrows || !this.found) return true;
    const at = this.#index.get(id);
    return at !== undefined && this.found.matches[at] === 1;
  }

  /** Chooses `id` in a filter group, or unchooses it. */
  toggleFilter(group: FilterGroup, id: string) {
    this.filters = toggleFilter(this.filters, group, id);
  }

  /** Sets the query and the filters at once (a host's filter command), leaving out ids this timeline does not know. */
  setSearch(q: string, filters: Partial<Filters>) {
    this.query = cleanQuery(q);
    this.filters = Object.fromEntries(
      FILTER_GROUPS.map((group) => [
        group,
        [...new Set(filters[group] ?? [])].filter((id) => (group === 'evidence' ? EVIDENCE.has(id) : this.searchKnown[group].has(id))).sort()
      ])
    ) as unknown as Filters;
  }

  /** Back to every event: no query, no filter. */
  clearSearch() {
    this.query = '';
    this.filters = NO_FILTERS;
  }

  /** The window that shows every match with some room around, or null when nothing narrows the events or nothing matches. */
  matchWindow(): TimeWindow | null {
    const matches = this.matches;
    if (!matches?.length) return null;
    let from = Infinity;
    let to = -Infinity;
    for (const event of matches) {
      from = Math.min(from, event.date.min);
      to = Math.max(to, event.date.max);
    }
    return fitWindow({ from, to }, this.full, 0.1);
  }

  readonly selected = $derived(this.eventById(this.selectedId));
  readonly previousId = $derived(this.neighbourOf(this.selectedId, -1));
  readonly nextId = $derived(this.neighbourOf(this.selectedId, 1));

  /** The event with this id, if there is one. */
  eventById(id: string | null): TimelineEvent | undefined {
    return id === null ? undefined : this.events[this.#index.get(id) ?? -1];
  }

  /**
   * The event before or after `id` in time order; among the matches when
   * something narrows them (`id` itself need not match: a selected event the
   * reader has searched past still leads to the matches beside it).
   */
  neighbourOf(id: string | null, step: 1 | -1): string | null {
    const at = id === null ? undefined : this.#index.get(id);
    if (at === undefined) return null;
    if (!this.narrows || !this.found) return this.events[at + step]?.id ?? null;
    const { matches } = this.found;
    for (let i = at + step; i >= 0 && i < this.events.length; i += step) if (matches[i] === 1) return this.events[i].id;
    return null;
  }

  select(id: string | null) {
    this.selectedId = id;
  }

  showWindow(window: TimeWindow | null) {
    this.requestedWindow = window ? { ...window } : null;
  }

  /** The window that shows an event and its milestones, with some room around. */
  windowFor(id: string): TimeWindow {
    const event = this.eventById(id);
    return event ? fitWindow({ from: event.date.min, to: event.date.max }, this.full, 0.3) : this.full;
  }

  zoomTo(id: string) {
    this.showWindow(this.windowFor(id));
  }

  /** Zooms to an event when the axis does not draw it at this zoom. */
  bringIntoView(id: string) {
    if (this.drawn.has(id)) return;
    // A milestone shows once its visit is wide enough, so fit the visit.
    this.zoomTo(this.eventById(id)?.parent ?? id);
  }

  /** Selects an event and brings it into view. */
  reveal(id: string) {
    this.select(id);
    this.bringIntoView(id);
  }
}

const KEY = Symbol('timeline-view');

/** Shares the view with the components below. */
export function provideTimelineView(view: TimelineView): TimelineView {
  return setContext(KEY, view);
}

/** The view shared by an enclosing page; throws when none is. */
export function useTimelineView(): TimelineView {
  const view = getContext<TimelineView | undefined>(KEY);
  if (!view) throw new Error('useTimelineView() needs a TimelineView provided by an enclosing component');
  return view;
}
