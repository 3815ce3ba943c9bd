import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { monthName } from './dateParts';
import type { Lang } from './types';

/** The calendar unit an axis counts in. */
export type Granularity = 'decade' | 'year' | 'month' | 'week' | 'day';

/** One labelled tick of a time axis; `major` ticks carry the context (the year) or a round boundary. */
export interface Tick {
  date: Date;
  label: string;
  major: boolean;
}

// Labels need room: ~90 px between ticks reads comfortably on a desktop
// axis, and no axis ever gets more than one tick per 60 px, so that a 320 px
// phone shows at most five.
const LABEL_SPACING_PX = 90;
const MAX_DENSITY_PX = 60;

const DAY_MS = 864e5;
const WEEK_MS = 7 * DAY_MS;
const FIRST_MONDAY_MS = Date.UTC(1970, 0, 5);

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function every(interval: { every(step: number): TimeInterval | null }, step: number): TimeInterval {
  return interval.every(step) as TimeInterval;
}

interface Candidate {
  granularity: Granularity;
  interval: TimeInterval;
  /** The longest gap between two ticks, to rule a candidate out before listing its ticks. */
  maxStepMs: number;
}

// Finest first. Every other day and every other week count from the epoch
// rather than from the month (as utcDay.every(2) does), so the gaps stay even
// across month ends (no "31 | 1" pair).
const CANDIDATES: Candidate[] = [
  { granularity: 'day', interval: utcDay, maxStepMs: DAY_MS },
  { granularity: 'day', interval: utcDay.filter((d) => mod(Math.floor(+d / DAY_MS), 2) === 0), maxStepMs: 2 * DAY_MS },
  { granularity: 'week', interval: utcMonday, maxStepMs: WEEK_MS },
  {
    granularity: 'week',
    interval: utcMonday.filter((d) => mod(Math.round((+d - FIRST_MONDAY_MS) / WEEK_MS), 2) === 0),
    maxStepMs: 2 * WEEK_MS
  },
  { granularity: 'month', interval: utcMonth, maxStepMs: 31 * DAY_MS },
  { granularity: 'month', interval: every(utcMonth, 3), maxStepMs: 92 * DAY_MS },
  { granularity: 'month', interval: every(utcMonth, 6), maxStepMs: 184 * DAY_MS },
  { granularity: 'year', interval: utcYear, maxStepMs: 366 * DAY_MS },
  { granularity: 'year', interval: every(utcYear, 2), maxStepMs: 2 * 366 * DAY_MS },
  { granularity: 'year', interval: every(utcYear, 5), maxStepMs: 5 * 366 * DAY_MS },
  { granularity: 'decade', interval: every(utcYear, 10), maxStepMs: 10 * 366 * DAY_MS },
  { granularity: 'decade', interval: every(utcYear, 20), maxStepMs: 20 * 366 * DAY_MS },
  { granularity: 'decade', interval: every(utcYear, 50), maxStepMs: 50 * 366 * DAY_MS },
  { granularity: 'decade', interval: every(utcYear, 100), maxStepMs: 100 * 366 * DAY_MS }
];

function fits(dates: Date[], span: number, widthPx: number, maxTicks: number): boolean {
  if (dates.length > maxTicks) return false;
  for (let i = 1; i < dates.length; i++) {
    const gapPx = ((+dates[i] - +dates[i - 1]) / span) * widthPx;
    if (gapPx < LABEL_SPACING_PX) return false;
  }
  return true;
}

function pick(domain: [Date, Date], widthPx: number): { granularity: Granularity; dates: Date[] } {
  const [start, stop] = [+domain[0], +domain[1]].sort((a, b) => a - b);
  const span = stop - start;
  const maxTicks = Math.max(0, Math.floor(widthPx / MAX_DENSITY_PX));
  // Both ends belong to the axis, hence the +1 on the exclusive stop.
  const list = (c: Candidate) => c.interval.range(new Date(start), new Date(stop + 1));

  let fallback: { granularity: Granularity; dates: Date[] } | null = null;
  for (const candidate of CANDIDATES) {
    // Certainly too many ticks: skip without listing thousands of days.
    if (span / candidate.maxStepMs > maxTicks + 1) continue;
    const dates = list(candidate);
    if (!fits(dates, span, widthPx, maxTicks)) continue;
    if (dates.length > 0) return { granularity: candidate.granularity, dates };
    // An axis without labels is the last resort: a coarser unit may not
    // fall inside a short domain at all.
    fallback ??= { granularity: candidate.granularity, dates };
  }
  if (fallback) return fallback;

  // Nothing fits (centuries on a narrow axis): thin the coarsest ticks.
  const coarsest = CANDIDATES[CANDIDATES.length - 1];
  const dates = list(coarsest);
  const keepEvery = Math.ceil(dates.length / Math.max(1, maxTicks));
  return {
    granularity: coarsest.granularity,
    dates: maxTicks === 0 ? [] : dates.filter((_, i) => i % keepEvery === 0)
  };
}

/** The finest calendar unit whose labels fit on an axis of this width. */
export function granularityOf(domain: [Date, Date], widthPx: number): Granularity {
  return pick(domain, widthPx).granularity;
}

// The year goes with the month or the day on the first tick and wherever the
// year changes, so every stretch of the axis can be read without the one before.
function carriesYear(date: Date, previous: Date | undefined): boolean {
  return !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
}

function dayLabel(date: Date, lang: Lang, withYear: boolean): string {
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  // Vietnamese writes dates as numbers, day first: "15/5", "15/5/2023".
  if (lang === 'vi') return withYear ? `${day}/${month}/${year}` : `${day}/${month}`;
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  const text = `${dayText} ${monthName(month, lang, 'short')}`;
  return withYear ? `${text} ${year}` : text;
}

function monthLabel(date: Date, lang: Lang, withYear: boolean): string {
  const [month, year] = [date.getUTCMonth() + 1, date.getUTCFullYear()];
  // Vietnamese: "T5" and "T5/2023" are how months are abbreviated on charts
  // and calendars; the "T" (tháng) keeps a bare "5" from reading as a day,
  // and the slash matches how Vietnamese write month and year ("5/2023").
  if (lang === 'vi') return withYear ? `T${month}/${year}` : `T${month}`;
  const name = monthName(month, lang, 'short');
  return withYear ? `${name} ${year}` : name;
}

/**
 * Semantic ticks for a horizontal UTC time axis: the finest calendar unit
 * whose labels fit in widthPx, labelled in the reader's language.
 */
export function chooseTicks(
  domain: [Date, Date],
  widthPx: number,
  lang: Lang
): { granularity: Granularity; ticks: Tick[] } {
  const { granularity, dates } = pick(domain, widthPx);
  const ticks = dates.map((date, i): Tick => {
    const year = date.getUTCFullYear();
    switch (granularity) {
      case 'decade':
        return { date, label: String(year), major: year % 100 === 0 };
      case 'year':
        return { date, label: String(year), major: year % 10 === 0 };
      case 'month': {
        const major = carriesYear(date, dates[i - 1]);
        return { date, label: monthLabel(date, lang, major), major };
      }
      default: {
        const major = carriesYear(date, dates[i - 1]);
        return { date, label: dayLabel(date, lang, major), major };
      }
    }
  });
  return { granularity, ticks };
}

/** Px between a tick's line and the start of its label (TimeAxis draws it there). */
export const TICK_LABEL_OFFSET = 4;

/**
 * The ticks with the label of any whose text would run past the plot's
 * right edge (or start left of its left edge) emptied: the plot clips it,
 * and a cut "Ju" or "Jan 20" reads as a wrong date. The tick's line stays.
 * `labelWidth` is the text's width in px.
 */
export function labelsInside<T extends { x: number; label: string }>(ticks: readonly T[], widthPx: number, labelWidth: (tick: T) => number): T[] {
  return ticks.map((tick) => {
    if (!tick.label) return tick;
    const start = tick.x + TICK_LABEL_OFFSET;
    return start >= 0 && start + labelWidth(tick) <= widthPx ? tick : { ...tick, label: '' };
  });
}
