import { getContext, setContext } from 'svelte';
import type { TimelineData, TimelineEvent } from '$lib/data/model';
import { fitWindow, fullWindow, type TimeWindow } from '$lib/timeline/timeWindow';
import type { Lang } from '$lib/timeline/types';

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

  readonly #data: () => TimelineData;

  /** `data` is a getter so the view follows the page's current data. */
  constructor(data: () => TimelineData) {
    this.#data = data;
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

  readonly selected = $derived(this.eventById(this.selectedId));
  readonly previousId = $derived(this.#neighbour(-1));
  readonly nextId = $derived(this.#neighbour(1));

  /** The event with this id, if there is one. */
  eventById(id: string | null): TimelineEvent | undefined {
    return id === null ? undefined : this.events[this.#index.get(id) ?? -1];
  }

  #neighbour(step: 1 | -1): string | null {
    const at = this.selectedId === null ? undefined : this.#index.get(this.selectedId);
    return at === undefined ? null : (this.events[at + step]?.id ?? null);
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
