import { getContext, setContext } from 'svelte';
import type { TimeWindow } from '$lib/timeline/timeWindow';
import type { Lang } from '$lib/timeline/types';

/**
 * What the reader is looking at: the selected event, the visible window and
 * the second language. The timeline, the details, the language links and the
 * URL all read and write this one object.
 */
export class TimelineView {
  selectedId = $state<string | null>(null);
  second = $state<Lang | null>(null);
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

  select(id: string | null) {
    this.selectedId = id;
  }

  showWindow(window: TimeWindow | null) {
    this.requestedWindow = window ? { ...window } : null;
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
