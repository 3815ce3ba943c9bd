import { describe, expect, it } from 'vitest';
import { DateParseError, parseEventDate } from '../../src/lib/timeline/parseEventDate';
import type { EventDate } from '../../src/lib/timeline/types';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Accepted {
  edtf: string;
  kind: EventDate['kind'];
  /** Precision of the start, then of the end (null when open). */
  precision: [string, string | null];
  /** First day covered and first day after, as ISO dates. */
  min: string;
  max: string;
  approximate: boolean;
  uncertain?: boolean;
  openEnd: boolean;
}

const ACCEPTED: Accepted[] = [
  { edtf: '2010', kind: 'point', precision: ['year', 'year'], min: '2010-01-01', max: '2011-01-01', approximate: false, openEnd: false },
  { edtf: '2023-05', kind: 'point', precision: ['month', 'month'], min: '2023-05-01', max: '2023-06-01', approximate: false, openEnd: false },
  { edtf: '2023-12', kind: 'point', precision: ['month', 'month'], min: '2023-12-01', max: '2024-01-01', approximate: false, openEnd: false },
  { edtf: '2024-02', kind: 'point', precision: ['month', 'month'], min: '2024-02-01', max: '2024-03-01', approximate: false, openEnd: false },
  { edtf: '2023-05-15', kind: 'point', precision: ['day', 'day'], min: '2023-05-15', max: '2023-05-16', approximate: false, openEnd: false },
  { edtf: '2024-02-29', kind: 'point', precision: ['day', 'day'], min: '2024-02-29', max: '2024-03-01', approximate: false, openEnd: false },
  { edtf: '2023-05-15~', kind: 'point', precision: ['day', 'day'], min: '2023-05-15', max: '2023-05-16', approximate: true, openEnd: false },
  { edtf: '2023?', kind: 'point', precision: ['year', 'year'], min: '2023-01-01', max: '2024-01-01', approximate: false, uncertain: true, openEnd: false },
  { edtf: '2023-05-15%', kind: 'point', precision: ['day', 'day'], min: '2023-05-15', max: '2023-05-16', approximate: true, uncertain: true, openEnd: false },
  { edtf: '2022-10-12/2022-10-14', kind: 'interval', precision: ['day', 'day'], min: '2022-10-12', max: '2022-10-15', approximate: false, openEnd: false },
  { edtf: '2022-10/2023-01-15', kind: 'interval', precision: ['month', 'day'], min: '2022-10-01', max: '2023-01-16', approximate: false, openEnd: false },
  { edtf: '2010/2012', kind: 'interval', precision: ['year', 'year'], min: '2010-01-01', max: '2013-01-01', approximate: false, openEnd: false },
  { edtf: '2022-06~/..', kind: 'interval', precision: ['month', null], min: '2022-06-01', max: '2022-07-01', approximate: true, openEnd: true },
  { edtf: '2022-06/', kind: 'interval', precision: ['month', null], min: '2022-06-01', max: '2022-07-01', approximate: false, openEnd: true },
  { edtf: '2023-05-15/..', kind: 'interval', precision: ['day', null], min: '2023-05-15', max: '2023-05-16', approximate: false, openEnd: true },
  { edtf: '[2024-04-14..2024-04-16]', kind: 'oneOf', precision: ['day', 'day'], min: '2024-04-14', max: '2024-04-17', approximate: false, openEnd: false }
];

describe('parseEventDate accepts', () => {
  it.each(ACCEPTED)('"$edtf" as a $kind', ({ edtf, kind, precision, min, max, approximate, uncertain, openEnd }) => {
    const date = parseEventDate(edtf);
    expect(date.edtf).toBe(edtf);
    expect(date.kind).toBe(kind);
    expect([date.start.precision, date.end?.precision ?? null]).toEqual(precision);
    expect(iso(date.min)).toBe(min);
    expect(iso(date.max)).toBe(max);
    expect(date.start.approximate).toBe(approximate);
    expect(date.start.uncertain).toBe(uncertain ?? false);
    expect(date.openEnd).toBe(openEnd);
    expect(date.end === null).toBe(openEnd);
  });

  it('gives each end its calendar parts and its text without qualifiers', () => {
    const date = parseEventDate('2022-06~/2023-05-15');
    expect(date.start).toMatchObject({ iso: '2022-06', precision: 'month', year: 2022, month: 6, approximate: true });
    expect(date.start.day).toBeUndefined();
    expect(date.end).toMatchObject({ iso: '2023-05-15', precision: 'day', year: 2023, month: 5, day: 15, approximate: false });
  });

  it('leaves out month and day on a year', () => {
    const { start } = parseEventDate('2018');
    expect(start).toMatchObject({ year: 2018, precision: 'year' });
    expect('month' in start).toBe(false);
    expect('day' in start).toBe(false);
  });

  it('makes a point start and end at the same calendar period', () => {
    const date = parseEventDate('2023-05-15');
    expect(date.end).toEqual(date.start);
    expect(date.min).toBe(date.start.start);
    expect(date.max).toBe(date.start.end);
  });

  it('reads dates in UTC whatever the local time zone', () => {
    expect(parseEventDate('2023-05-15').min).toBe(Date.UTC(2023, 4, 15));
  });
});

const REJECTED: [string, RegExp][] = [
  ['2024-XX', /"2024-XX" uses X digits/],
  ['202X', /"202X" uses X digits/],
  ['2024-04-XX', /uses X digits; write the known precision instead/],
  ['2024-04-16/2024-04-14', /^"2024-04-16\/2024-04-14" ends before it starts$/],
  ['[2024-04-16..2024-04-14]', /^"\[2024-04-16\.\.2024-04-14\]" ends before it starts$/],
  ['2023-13-01', /^"2023-13-01" is not a valid EDTF date/],
  ['2023-02-30', /^"2023-02-30" is not a valid EDTF date/],
  ['15/05/2023', /is not a valid EDTF date/],
  ['May 2023', /is not a valid EDTF date/],
  ['', /is not a valid EDTF date/],
  ['../2023', /has no known start; an event needs one/],
  ['/2023', /has no known start/],
  ['[2024-04..2024-05]', /must name days at both ends/],
  ['[2024-04-14, 2024-04-16]', /must be one range "\[first\.\.last\]" of possible days/],
  ['2023-21', /is an EDTF Season, which the timeline does not place/],
  ['1985-04-12T23:20:30Z', /has no year, month or day precision/]
];

describe('parseEventDate rejects', () => {
  it.each(REJECTED)('"%s" with a reason', (text, message) => {
    expect(() => parseEventDate(text)).toThrow(DateParseError);
    expect(() => parseEventDate(text)).toThrow(message);
  });
});
