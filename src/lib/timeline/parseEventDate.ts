import edtf from 'edtf';
import { ACCEPTED_DATES, dateTextProblem } from './dateTextProblem.ts';
import type { DatePoint, EventDate, Precision } from './types';

const MAX_DATE_LENGTH = 64;
const REVERSED = 'the end comes before the start';

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

/** Thrown for an EDTF text our timeline cannot place; the message says why. */
export class DateParseError extends Error {}

// edtf's Date carries its qualifiers as bitmasks; any set bit means the
// source hedged some part of the date.
interface EdtfDate {
  type: 'Date';
  min: number;
  max: number;
  precision: number;
  values: number[];
  approximate?: { value: number };
  uncertain?: { value: number };
  unspecified?: { value: number };
}

function toPoint(date: EdtfDate, text: string): DatePoint {
  const precision = PRECISIONS[date.precision];
  if (!precision) {
    throw new DateParseError(
      /T/.test(text)
        ? `"${text}" has a time of day; the timeline places days, so write the day alone ("${text.slice(0, 10)}")`
        : `"${text}" has no year, month or day precision`
    );
  }
  if (date.unspecified && date.unspecified.value !== 0) {
    throw new DateParseError(
      `"${text}" uses X digits; write the known precision instead (e.g. "2024-04") or a set "[2024-04-14..2024-04-16]"`
    );
  }
  const [year, monthIndex, day] = date.values;
  return {
    iso: text.replace(/[~?%]/g, ''),
    precision,
    year,
    ...(precision !== 'year' ? { month: monthIndex + 1 } : {}),
    ...(precision === 'day' ? { day } : {}),
    approximate: (date.approximate?.value ?? 0) !== 0,
    uncertain: (date.uncertain?.value ?? 0) !== 0,
    start: date.min,
    end: date.max + 1
  };
}

function asDate(value: unknown, text: string): EdtfDate {
  const v = value as { type?: string };
  if (v?.type !== 'Date') throw new DateParseError(`"${text}" is not a single date`);
  return value as EdtfDate;
}

/**
 * Parse an EDTF date text into the shapes the timeline draws: a point, an
 * interval (possibly open-ended), or one unknown day within a known range.
 * Throws DateParseError with a reason when the text is not valid EDTF or
 * uses a form the timeline does not support.
 */
export function parseEventDate(text: string): EventDate {
  // The parser's cost grows with the text; no date we place is this long.
  if (text.length > MAX_DATE_LENGTH) throw new DateParseError(`"${text.slice(0, 20)}…" is too long to be a date`);
  const problem = dateTextProblem(text);
  if (problem) throw new DateParseError(`"${text}": ${problem}`);
  let parsed: { type: string; [key: string]: unknown };
  try {
    parsed = edtf(text) as typeof parsed;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    if (reason.startsWith('invalid upper bound')) throw new DateParseError(`"${text}": ${REVERSED}`);
    // The parser's own words ("Syntax error at line 1 col 7") help no one: say what is accepted.
    throw new DateParseError(`"${text}" is not a date the timeline reads; ${ACCEPTED_DATES}`);
  }

  if (parsed.type === 'Date') {
    const point = toPoint(parsed as unknown as EdtfDate, text);
    return { edtf: text, kind: 'point', start: point, end: point, min: point.start, max: point.end, openEnd: false };
  }

  if (parsed.type === 'Interval') {
    const [lowerText, upperText] = text.split('/');
    const lower = parsed.lower as unknown;
    const upper = parsed.upper as unknown;
    if (lower === null || lower === -Infinity || typeof lower !== 'object') {
      throw new DateParseError(`"${text}" has no known start; an event needs one`);
    }
    const start = toPoint(asDate(lower, lowerText), lowerText);
    if (upper === Infinity || upper === null || typeof upper !== 'object') {
      return { edtf: text, kind: 'interval', start, end: null, min: start.start, max: start.end, openEnd: true };
    }
    const end = toPoint(asDate(upper, upperText), upperText);
    if (end.end <= start.start) throw new DateParseError(`"${text}": ${REVERSED}`);
    return { edtf: text, kind: 'interval', start, end, min: start.start, max: end.end, openEnd: false };
  }

  if (parsed.type === 'Set') {
    const values = parsed.values as unknown[];
    const range = values.length === 1 && Array.isArray(values[0]) ? (values[0] as unknown[]) : null;
    if (!range || range.length !== 2) {
      throw new DateParseError(`"${text}" must be one range "[first..last]" of possible days`);
    }
    const inner = text.slice(1, -1).split('..');
    const start = toPoint(asDate(range[0], inner[0]), inner[0]);
    const end = toPoint(asDate(range[1], inner[1]), inner[1]);
    if (start.precision !== 'day' || end.precision !== 'day') {
      throw new DateParseError(`"${text}" must name days at both ends`);
    }
    if (end.end <= start.start) throw new DateParseError(`"${text}": ${REVERSED}`);
    return { edtf: text, kind: 'oneOf', start, end, min: start.start, max: end.end, openEnd: false };
  }

  throw new DateParseError(
    parsed.type === 'Season'
      ? `"${text}" is a season (EDTF months 21 to 41), which the timeline does not place; ${ACCEPTED_DATES}`
      : `"${text}" is an EDTF ${parsed.type}, which the timeline does not place; ${ACCEPTED_DATES}`
  );
}
