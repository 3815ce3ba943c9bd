import { cullToWindow, firstMinAtOrAfter, longestDuration, type Span } from './visibleWindow';

/** What the mark layout needs of an event. */
export interface MarkEvent extends Span {
  id: string;
  depth: number;
  parent: string | null;
  /** Drawn as a dot in the middle of its day (a single known day), not as a bar. */
  point?: boolean;
  /** A long period, drawn in the band at the top of the plot (see isPeriod). */
  band?: boolean;
}

/** An event with its place in the timeline's order. */
interface Indexed<T> {
  event: T;
  position: number;
  min: number;
  max: number;
}

/** Events of similar length, sorted by start, with the longest length among them. */
interface DurationClass<T> {
  spans: Indexed<T>[];
  reach: number;
}

/**
 * The events of a timeline arranged for window queries that cost
 * O(log n + k) whatever the mix of lengths: culling with one reach (the
 * longest event) would scan years of short events before every window once a
 * single long period exists. Built once per data set.
 */
export interface MarkIndex<T extends MarkEvent = MarkEvent> {
  /** All events, in the timeline's order (by start, parents before milestones). */
  events: readonly T[];
  /** Top-level events only, in the same order: what level-of-detail counts count. */
  topLevel: readonly T[];
  /** Looks an event up by id (a search's index answers for its matches: see matchedMarkIndex). */
  byId: { get(id: string): T | undefined };
  classes: DurationClass<T>[];
}

const DAY = 86_400_000;

/** Lengths up to a day share a class; above, each class covers a doubling. */
function durationClass(span: Span): number {
  const length = span.max - span.min;
  return length <= DAY ? 0 : Math.ceil(Math.log2(length / DAY));
}

/** Indexes `events`, which must be sorted by start (as compileTimeline sorts them). */
export function buildMarkIndex<T extends MarkEvent>(events: readonly T[]): MarkIndex<T> {
  const byClass = new Map<number, Indexed<T>[]>();
  events.forEach((event, position) => {
    const key = durationClass(event);
    let spans = byClass.get(key);
    if (!spans) byClass.set(key, (spans = []));
    spans.push({ event, position, min: event.min, max: event.max });
  });
  const classes = [...byClass.values()].map((spans) => ({ spans, reach: longestDuration(spans) }));
  return {
    events,
    topLevel: events.filter((event) => event.depth === 0),
    byId: new Map(events.map((event) => [event.id, event])),
    classes
  };
}

/** The events that overlap [from, to), in the timeline's order (see cullToWindow for what overlaps means). */
export function eventsInWindow<T extends MarkEvent>(index: MarkIndex<T>, from: number, to: number): T[] {
  const found: Indexed<T>[] = [];
  for (const { spans, reach } of index.classes) {
    for (const span of cullToWindow(spans, from, to, reach)) found.push(span);
  }
  found.sort((a, b) => a.position - b.position);
  return found.map((span) => span.event);
}

/** How many top-level events start in [from, to): O(log n). */
export function topLevelStartingIn(index: MarkIndex, from: number, to: number): number {
  return Math.max(0, firstMinAtOrAfter(index.topLevel, to) - firstMinAtOrAfter(index.topLevel, from));
}

/** The events at least `minLength` long that overlap [from, to), in the timeline's order. */
export function longEventsInWindow<T extends MarkEvent>(
  index: MarkIndex<T>,
  from: number,
  to: number,
  minLength: number
): T[] {
  const found: Indexed<T>[] = [];
  for (const { spans, reach } of index.classes) {
    if (reach < minLength) continue;
    for (const span of cullToWindow(spans, from, to, reach)) if (span.max - span.min >= minLength) found.push(span);
  }
  found.sort((a, b) => a.position - b.position);
  return found.map((span) => span.event);
}
