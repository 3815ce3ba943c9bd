/** The languages the interface and the data are written in. */
export const LANGS = ['fr', 'en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in each of the three languages. */
export type Translated = Record<Lang, string>;

/** How finely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/**
 * One end of a date, as the source gives it: the calendar period it names
 * (a year, a month or a day) and how sure the source is of it.
 * `start` and `end` are UTC milliseconds; `end` is exclusive.
 */
export interface DatePoint {
  /** The EDTF text of this end, without qualifiers ("2022-06"). */
  iso: string;
  precision: Precision;
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
  approximate: boolean;
  uncertain: boolean;
  start: number;
  end: number;
}

/**
 * A date of an event, parsed from EDTF at build time.
 * - `point`: one year, month or day (`start === end`).
 * - `interval`: from `start` to `end`; `end` is null when the interval is open.
 * - `oneOf`: one day, unknown, somewhere between `start` and `end`.
 */
export interface EventDate {
  edtf: string;
  kind: 'point' | 'interval' | 'oneOf';
  start: DatePoint;
  end: DatePoint | null;
  /** UTC ms where the event's extent begins on the axis. */
  min: number;
  /**
   * UTC ms (exclusive) where its extent ends. For an open interval this is
   * where the known record stops (the loader sets it to the end of the
   * timeline's data), and the mark fades out there.
   */
  max: number;
  /** True when the interval has no known end. */
  openEnd: boolean;
}
