import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { onMount, untrack } from 'svelte';
import { hasFilters, sameFilters } from '$lib/search/filters';
import {
  parseSearchState,
  parseViewState,
  readableQuery,
  serializeSearchState,
  serializeViewState,
  type SearchState,
  type ViewState
} from '$lib/timeline/urlState';
import type { Lang } from '$lib/timeline/types';
import type { TimelineView } from './timelineView.svelte';

interface Known {
  lang: Lang;
  /**
   * 'push' (default): choosing an event adds a history entry. 'replace': the
   * address follows the view without adding entries, for an embed, whose
   * entries would otherwise land in the host page's back button.
   */
  history?: 'push' | 'replace';
  /** The event to open when the URL names none (an event's own page). */
  initialEvent?: string | null;
  /** Other query parameters the address keeps as they are (an embed's options). */
  keep?: readonly string[];
}

/** `query` with the parameters named in `keep` copied from the current address. */
function withKept(query: string, keep: readonly string[] | undefined): string {
  if (!keep?.length) return query;
  const params = new URLSearchParams(query);
  const current = new URLSearchParams(location.search);
  for (const name of keep) {
    const value = current.get(name);
    if (value !== null) params.set(name, value);
  }
  const text = readableQuery(params);
  return text ? `?${text}` : '';
}

/**
 * The query string for a view, search and filters included; the full window
 * is left out to keep links short. `overrides` replace any part (e.g.
 * `{ q: '', filters: NO_FILTERS }` for a link that leaves the search behind).
 */
export function viewQuery(view: TimelineView, overrides: Partial<ViewState & SearchState> = {}): string {
  // Links that leave the window out must not read it: they would be rebuilt
  // on every frame of a zoom.
  const windowed = !('from' in overrides && 'to' in overrides);
  const window = windowed ? view.window : null;
  const full = view.full;
  const isFull = !window || (window.from <= full.from + 1 && window.to >= full.to - 1);
  const state: ViewState = {
    event: view.selectedId,
    from: isFull ? null : window.from,
    to: isFull ? null : window.to,
    second: view.second,
    list: view.list,
    ...overrides
  };
  const search: SearchState = { q: 'q' in overrides ? overrides.q! : view.query, filters: overrides.filters ?? view.filters };
  const query = readableQuery(serializeSearchState(search, serializeViewState(state)));
  return query ? `?${query}` : '';
}

const REPLACE_AFTER_MS = 200;

/** Whether SvelteKit's router has finished a first navigation in this page. */
let routerReady = false;

/**
 * A query string without what changes many times a second (the window while
 * zooming, the query while typing), to tell those changes from the others.
 */
function withoutTransient(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('from');
  params.delete('to');
  params.delete('q');
  return params.toString();
}

/** Whether the view shows the whole timeline, as a link without a window opens. */
function showsWhole(view: TimelineView): boolean {
  const full = view.full;
  const shown = view.window ?? view.requestedWindow;
  if (!shown) return true;
  const slack = (full.to - full.from) / 100;
  return Math.abs(shown.from - full.from) <= slack && Math.abs(shown.to - full.to) <= slack;
}

/**
 * Keeps the view and the address bar in step: reads the URL on load and on
 * back/forward, and writes the view back as it changes. Choosing an event or
 * a filter adds a history entry; moving the window or typing a query only
 * replaces the current one, once the reader pauses.
 * Must be called while a component initialises.
 */
export function syncViewWithUrl(view: TimelineView, known: Known): void {
  // Shallow routing needs the router, which is ready only after the first
  // navigation; a view created later (see wholeTimeline) finds it ready.
  let ready = $state(routerReady);
  let writtenEvent: string | null = null;
  let writtenFilters = view.filters;
  let pendingReplace: ReturnType<typeof setTimeout> | undefined;
  let reads = 0;

  const read = () => {
    reads += 1;
    // A replace scheduled for the entry we left must not land on this one.
    clearTimeout(pendingReplace);
    const state = parseViewState(new URLSearchParams(location.search), {
      // The view knows its events and their span; only the language comes from the page.
      eventIds: { has: (id) => view.hasEvent(id) },
      lang: known.lang,
      bounds: view.span
    });
    view.second = state.second;
    view.list = state.list;
    const search = parseSearchState(new URLSearchParams(location.search), view.searchKnown);
    view.query = search.q;
    view.filters = writtenFilters = search.filters;
    const event = state.event ?? known.initialEvent ?? null;
    view.select(event);
    writtenEvent = event;
    view.addressRead = true;
    if (state.from !== null && state.to !== null) view.showWindow({ from: state.from, to: state.to });
    // A link naming an event but no window opens on that event; one with a
    // search, on the events it leaves, once they are known (the code that
    // counts them is in and, for a query, the engine has answered it).
    else if (event) view.showWindow(view.windowFor(event));
    else {
      view.showWindow(view.full);
      if (hasFilters(search.filters) || search.q) {
        fitting = { reading: ++reads, q: view.searchText, filters: search.filters };
        void view.loadFacets();
      }
    }
  };

  /** The search whose matches the window is to fit once they are known (see read). */
  let fitting = $state.raw<{ reading: number; q: string; filters: typeof view.filters } | null>(null);
  $effect(() => {
    const fit = fitting;
    if (!fit || !view.found || view.searchPending) return;
    untrack(() => {
      fitting = null;
      // Unless the reader has moved on: another entry, another search, or
      // a zoom of their own while the answer was on its way.
      const moved = fit.reading !== reads || view.searchText !== fit.q || !sameFilters(view.filters, fit.filters) || !showsWhole(view);
      const window = moved ? null : view.matchWindow();
      if (window) view.showWindow(window);
    });
  });

  afterNavigate(() => {
    routerReady = ready = true;
  });

  onMount(() => {
    read();
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  });

  $effect(() => {
    // An event's own page names its event in the path already.
    const query = withKept(viewQuery(view, view.selectedId === known.initialEvent ? { event: null } : {}), known.keep);
    // A preview of a large timeline lacks most events: it must not drop
    // from the address an event it does not know (see delivery.ts).
    if (!ready || view.isPreview) return;
    // A replace still pending from a frame of this move is stale now: the
    // address may already say where the move ended (an eased zoom back to
    // the whole timeline ends on the address it started from).
    clearTimeout(pendingReplace);
    if (query === location.search) return;
    const url = `${location.pathname}${query}`;
    const filtersChanged = !sameFilters(view.filters, writtenFilters);
    writtenFilters = view.filters;
    if ((view.selectedId !== writtenEvent || filtersChanged) && known.history !== 'replace') {
      writtenEvent = view.selectedId;
      pushState(url, {});
    } else if (withoutTransient(query) !== withoutTransient(location.search)) {
      replaceState(url, {});
    } else {
      // A zoom or pan changes the window every frame, typing the query every
      // keystroke; the address follows once it settles, since rewriting
      // history each frame costs a frame (and browsers throttle it).
      pendingReplace = setTimeout(() => {
        if (location.pathname + location.search !== url) replaceState(url, {});
      }, REPLACE_AFTER_MS);
    }
  });
}
