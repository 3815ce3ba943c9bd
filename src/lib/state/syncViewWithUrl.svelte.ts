import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { onMount } from 'svelte';
import { parseViewState, serializeViewState, type ViewState } from '$lib/timeline/urlState';
import type { Lang } from '$lib/timeline/types';
import type { TimelineView } from './timelineView.svelte';

interface Known {
  eventIds: ReadonlySet<string>;
  lang: Lang;
  bounds: { min: number; max: number };
  /**
   * 'push' (default): choosing an event adds a history entry. 'replace': the
   * address follows the view without adding entries, for an embed, whose
   * entries would otherwise land in the host page's back button.
   */
  history?: 'push' | 'replace';
}

/** The query string for a view; the full window is left out to keep links short. */
export function viewQuery(view: TimelineView, overrides: Partial<ViewState> = {}): string {
  const { window, full } = view;
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
  // Shallow routing needs the router, which is ready only after the first navigation.
  let ready = $state(false);
  let writtenEvent: string | null = null;

  const read = () => {
    const state = parseViewState(new URLSearchParams(location.search), {
      eventIds: known.eventIds,
      lang: known.lang,
      bounds: known.bounds
    });
    view.second = state.second;
    view.select(state.event);
    writtenEvent = state.event;
    if (state.from !== null && state.to !== null) view.showWindow({ from: state.from, to: state.to });
    // A link naming an event but no window opens on that event.
    else view.showWindow(state.event ? view.windowFor(state.event) : view.full);
  };

  afterNavigate(() => {
    ready = true;
  });

  onMount(() => {
    read();
    addEventListener('popstate', read);
    return () => removeEventListener('popstate', read);
  });

  $effect(() => {
    const query = viewQuery(view);
    if (!ready || query === location.search) return;
    const url = `${location.pathname}${query}`;
    if (view.selectedId !== writtenEvent && known.history !== 'replace') {
      writtenEvent = view.selectedId;
      pushState(url, {});
    } else {
      replaceState(url, {});
    }
  });
}
