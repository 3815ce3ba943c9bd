import type { DatePoint, EventDate, Precision } from '../timeline/types';

const DAY = 86_400_000;

/** A UTC instant as an ISO 8601 calendar date ("2023-05-15"). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One end of a date for readers of the downloads: what the source says, and the days it covers. */
export interface BoundOut {
  /** The EDTF text of this end, without qualifiers ("2022-06"). */
  edtf: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** First day of the period this end names (ISO 8601). */
  firstDay: string;
  /** Last day of the period this end names, inclusive (ISO 8601). */
  lastDay: string;
}

/** A date of the record in plain terms, shared by every download. */
export interface DateSpan {
  /** The date as the data gives it (EDTF, ISO 8601-2). */
  edtf: string;
  /** point: one year, month or day; interval: from … to …; oneOf: one unknown day in a range. */
  type: EventDate['kind'];
  /** First day the event may cover (ISO 8601). */
  start: string;
  /** Last day it may cover, inclusive (ISO 8601); null when it has no known end. */
  end: string | null;
  /** How finely the start is known. */
  precision: Precision;
  /** How finely the end is known; null when it has no known end. */
  endPrecision: Precision | null;
  /** Either end is approximate ("~" in EDTF). */
  approximate: boolean;
  /** Either end is uncertain ("?" in EDTF). */
  uncertain: boolean;
  /** An interval with no known end ("/.." in EDTF). */
  openEnd: boolean;
  from: BoundOut;
  /** The end as the data gives it; null when open. For a point, the same as `from`. */
  to: BoundOut | null;
}

function bound(point: DatePoint): BoundOut {
  return {
    edtf: point.iso,
    precision: point.precision,
    approximate: point.approximate,
    uncertain: point.uncertain,
    firstDay: isoDay(point.start),
    lastDay: isoDay(point.end - DAY)
  };
}

/**
 * A parsed date as ISO days and flags, never as milliseconds: a year is the
 * span of that year, a month of that month, and an open interval has no end
 * (where the timeline stops drawing it is a choice of the display, not a fact).
 */
export function dateSpan(date: EventDate): DateSpan {
  const from = bound(date.start);
  const to = date.openEnd || !date.end ? null : bound(date.end);
  return {
    edtf: date.edtf,
    type: date.kind,
    start: from.firstDay,
    end: to ? to.lastDay : null,
    precision: from.precision,
    endPrecision: to ? to.precision : null,
    approximate: from.approximate || !!to?.approximate,
    uncertain: from.uncertain || !!to?.uncertain,
    openEnd: date.openEnd,
    from,
    to
  };
}
