import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { parseViewState, serializeViewState, type ViewState } from '$lib/timeline/urlState';
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
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string for a view; the full window is left out to keep links short. */
export function viewQuery(view: TimelineView, overrides: Partial<ViewState> = {}): string {
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
  const query = serializeViewState(state).toString();
  return query ? `?${query}` : '';
}

const REPLACE_AFTER_MS = 200;

/** Whether SvelteKit's router has finished a first navigation in this page. */
let routerReady = false;

/** A query string without its window, to tell a zoom or pan from any other change. */
function withoutWindow(query: string): string {
  const params = new URLSearchParams(query);
  params.delete('from');
  params.delete('to');
  return params.toString();
}

/**
 * Keeps the view and the address bar in step: reads the URL on load and on
 * back/forward, and writes the view back as it changes. Choosing an event
 * adds a history entry; moving the window only replaces the current one.
 * Must be called while a component initialises.
 */
export function syncViewWithUrl(view: TimelineView, known: Known): void {
  // Shallow routing needs the router, which is ready only after the first
  // navigation; a view created later (see wholeTimeline) finds it ready.
  let ready = $state(routerReady);
  let writtenEvent: string | null = null;
  let pendingReplace: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
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
    const event = state.event ?? known.initialEvent ?? null;
    view.select(event);
    writtenEvent = event;
    if (state.from !== null && state.to !== null) view.showWindow({ from: state.from, to: state.to });
    // A link naming an event but no window opens on that event.
    else view.showWindow(event ? view.windowFor(event) : view.full);
  };

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
    if (view.selectedId !== writtenEvent && known.history !== 'replace') {
      writtenEvent = view.selectedId;
      pushState(url, {});
    } else if (withoutWindow(query) !== withoutWindow(location.search)) {
      replaceState(url, {});
    } else {
      // A zoom or pan changes the window every frame; the address follows
      // once it settles, since rewriting history each frame costs a frame.
      pendingReplace = setTimeout(() => {
        if (location.pathname + location.search !== url) replaceState(url, {});
      }, REPLACE_AFTER_MS);
    }
  });
}
