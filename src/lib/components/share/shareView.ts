import type { TimelineEvent } from '$lib/data/model';
import type { ExportView } from '$lib/export/exportRecord';
import { eventsOnScreen } from '$lib/export/viewFiles';
import { FILTER_GROUPS } from '$lib/search/facets';
import { viewQuery } from '$lib/state/syncViewWithUrl.svelte';
import type { TimelineView } from '$lib/state/timelineView.svelte';
import type { Lang } from '$lib/timeline/types';

// The view as the Download / Share menu and the Cite dialog name it: its
// address on the full site, the events it shows, and the view as the files
// record it. The embed uses them too: what a reader shares from a frame is
// the view on the full site.

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether the view shows the whole timeline (no window in its address). */
function showsAll(view: TimelineView): boolean {
  const window = view.window;
  return !window || (window.from <= view.full.from + 1 && window.to >= view.full.to - 1);
}

/** The absolute address of the view on the full site: language, event, window, search, filters, second language. */
export function viewAddress(view: TimelineView, lang: Lang, origin = location.origin): string {
  return `${origin}/${lang}${viewQuery(view)}`;
}

/** The events the view shows: those its search and filters leave that overlap its window, in time order. */
export function shownEvents(view: TimelineView): TimelineEvent[] {
  return eventsOnScreen(view.matches ?? view.events, showsAll(view) ? null : view.window);
}

/** The view as the files made in the browser record it (address, window as days, filters). */
export function exportViewOf(view: TimelineView, lang: Lang): ExportView {
  const window = showsAll(view) ? null : view.window;
  const filters: Record<string, string> = {};
  if (view.searchText) filters.q = view.searchText;
  for (const group of FILTER_GROUPS) if (view.filters[group].length) filters[group] = view.filters[group].join(',');
  return {
    url: viewAddress(view, lang),
    from: window ? isoDay(window.from) : null,
    // The last day shown: the window's end is exclusive.
    to: window ? isoDay(Math.max(window.from, Math.ceil(window.to / DAY) * DAY - DAY)) : null,
    filters
  };
}
