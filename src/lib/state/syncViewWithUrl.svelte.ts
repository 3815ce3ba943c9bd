import { pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { parseViewState, serializeViewState, type ViewState } from '$lib/timeline/urlState';
import type { TimeWindow } from '$lib/timeline/timeWindow';
import type { Lang } from '$lib/timeline/types';
import type { TimelineView } from './timelineView.svelte';

interface Known {
  eventIds: ReadonlySet<string>;
  lang: () => Lang;
  bounds: { min: number; max: number };
  /** The window shown when the URL names none. */
  full: () => TimeWindow;
}

/** The query string for a view; the full window is left out to keep links short. */
export function viewQuery(view: TimelineView, full: TimeWindow, overrides: Partial<ViewState> = {}): string {
  const window = view.window;
  const isFull = !window || (window.from <= full.from + 1 && window.to >= full.to - 1);
  const state: ViewState = {
    event: view.selectedId,
    from: isFull ? null : window.from,
    to: isFull ? null : window.to,
    second: view.second,
    ...overrides
  };
  const query = serializeViewState(state).toString();
  return query ? `?${query}` : '';
}

/**
 * Keeps the view and the address bar in step: reads the URL on load and on
 * back/forward, and writes the view back as it changes. Choosing an event
 * adds a history entry; moving the window only replaces the current one.
 * Must be called while a component initialises.
 */
export function syncViewWithUrl(view: TimelineView, known: Known): void {
  let ready = false;
  let writtenEvent: string | null = null;

  const read = () => {
    const state = parseViewState(new URLSearchParams(location.search), {
      eventIds: known.eventIds,
      lang: known.lang(),
      bounds: known.bounds
    });
    view.second = state.second;
    view.select(state.event);
    writtenEvent = state.event;
    view.showWindow(state.from !== null && state.to !== null ? { from: state.from, to: state.to } : known.full());
  };

  onMount(() => {
    read();
    ready = true;
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  });

  $effect(() => {
    const query = viewQuery(view, known.full());
    if (!ready || query === location.search) return;
    const url = `${location.pathname}${query}`;
    if (view.selectedId !== writtenEvent) {
      writtenEvent = view.selectedId;
      pushState(url, {});
    } else {
      replaceState(url, {});
    }
  });
}
