import type { EventKind } from '../data/schema';
import type { EventDate } from './types';

/** A dot for one known day; a bar for anything longer or less precise. */
export type MarkShape = 'dot' | 'bar';

/** What a mark says about how well its date is known (drawn as patterns, named by the legend). */
export interface MarkPattern {
  /** Dashed outline, "c." in the label: the source gives the date as approximate or uncertain. */
  approximate: boolean;
  /** Arrow and "ongoing": no known end. */
  openEnd: boolean;
  /** Stripes: the day is not known, only the stretch it lies in (a month, a year, a range of days). */
  dayUnknown: boolean;
}

/** Kinds that are periods of cooperation rather than events: drawn in the band at the top. */
export const PERIOD_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['cooperation-period', 'review']);
const DAY = 86_400_000;
/** "More than about a year": a calendar year and a few weeks still reads as an event. */
const LONG_MS = 400 * DAY;

/** How an event's date is drawn: a dot for a single known day, else a bar. */
export function markShape(date: EventDate): MarkShape {
  return date.kind === 'point' && date.start.precision === 'day' ? 'dot' : 'bar';
}

/**
 * The uncertainty patterns of an event's mark. A period dated by a year or a
 * month (a review "of 2023") covers all of it: no day is missing there.
 */
export function markPattern(date: EventDate, period = false): MarkPattern {
  const { start, end } = date;
  return {
    approximate: start.approximate || start.uncertain || !!end?.approximate || !!end?.uncertain,
    openEnd: date.openEnd,
    dayUnknown: date.kind === 'oneOf' || (!period && date.kind === 'point' && start.precision !== 'day')
  };
}

/**
 * Whether an event belongs in the band of long periods at the top of the
 * plot: a cooperation period or a review, an open-ended stretch, or anything
 * that runs for more than about a year.
 */
export function isPeriod(kind: EventKind, date: EventDate): boolean {
  return PERIOD_KINDS.has(kind) || (date.kind === 'interval' && (date.openEnd || date.max - date.min > LONG_MS));
}
