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

// Each rejection says which part is wrong and why, in the maintainer's words
// (never the parser's "Syntax error at line 1 col 7").
const ACCEPTED_FORMS = /write "2023", "2023-05" or "2023-05-15"; add "~" when approximate .*"\[2024-04-14\.\.2024-04-16\]"/;
const REJECTED: [string, RegExp][] = [
  ['2024-XX', /"2024-XX" uses X digits/],
  ['202X', /"202X" uses X digits/],
  ['2024-04-XX', /uses X digits; write the known precision instead/],
  ['2023-13-45', /^"2023-13-45": month 13 does not exist \(months go from 01 to 12\)$/],
  ['2023-00-10', /^"2023-00-10": month 0 does not exist/],
  ['2023-13', /^"2023-13": month 13 does not exist/],
  ['2023-21-05', /^"2023-21-05": month 21 does not exist/],
  ['2023-05-45', /^"2023-05-45": day 45 does not exist \(no month has more than 31 days\)$/],
  ['2023-05-00', /^"2023-05-00": day 0 does not exist \(days start at 01\)$/],
  ['2023-02-30', /^"2023-02-30": day 30 does not exist: February 2023 has 28 days$/],
  ['2023-02-29', /^"2023-02-29": day 29 does not exist: February 2023 has 28 days$/],
  ['1900-02-29', /^"1900-02-29": day 29 does not exist: February 1900 has 28 days$/],
  ['2024-02-30', /^"2024-02-30": day 30 does not exist: February 2024 has 29 days$/],
  ['2023-04-31', /^"2023-04-31": day 31 does not exist: April has 30 days$/],
  ['0000', /^"0000": year 0 does not exist \(1 BC is followed by AD 1\)$/],
  ['0000-05-15', /^"0000-05-15": year 0 does not exist/],
  ['23-05-15', /^"23-05-15": the year "23" must have four digits \(e\.g\. "2023"\)$/],
  ['2023-5-7', /^"2023-5-7": write months and days with two digits \("2023-05-07"\)$/],
  ['15/05/2023', /^"15\/05\/2023": write the year first, then month and day, with dashes: "2023-05-15"$/],
  ['2022-10-12/2022-13-01', /^"2022-10-12\/2022-13-01": month 13 does not exist/],
  ['[2024-04-14..2024-04-31]', /^"\[2024-04-14\.\.2024-04-31\]": day 31 does not exist: April has 30 days$/],
  ['2024-04-16/2024-04-14', /^"2024-04-16\/2024-04-14": the end comes before the start$/],
  ['2024-05/2024-04', /^"2024-05\/2024-04": the end comes before the start$/],
  ['[2024-04-16..2024-04-14]', /^"\[2024-04-16\.\.2024-04-14\]": the end comes before the start$/],
  ['May 2023', /^"May 2023" is not a date the timeline reads; /],
  ['2023/05/15', /^"2023\/05\/15": write the date with dashes: "2023-05-15" \(a "\/" separates the start and the end of a period\)$/],
  ['2023-05-15 ', /^"2023-05-15 ": remove the spaces around the date$/],
  ['', /^"": a date cannot be empty; /],
  ['../2023', /has no known start; an event needs one/],
  ['/2023', /has no known start/],
  ['[2024-04..2024-05]', /must name days at both ends/],
  ['[2024-04-14, 2024-04-16]', /must be one range "\[first\.\.last\]" of possible days/],
  ['2023-21', /^"2023-21" is a season \(EDTF months 21 to 41\), which the timeline does not place; /],
  ['1985-04-12T23:20:30Z', /^"1985-04-12T23:20:30Z" has a time of day; the timeline places days, so write the day alone \("1985-04-12"\)$/],
  ['2023-05-15'.repeat(10), /^"2023-05-152023-05-15…" is too long to be a date$/]
];

describe('parseEventDate rejects', () => {
  it.each(REJECTED)('"%s" with a reason', (text, message) => {
    expect(() => parseEventDate(text)).toThrow(DateParseError);
    expect(() => parseEventDate(text)).toThrow(message);
  });

  it.each(['May 2023', '', '2023-21', 'in 2023'])('"%s" with the forms it accepts, each with an example', (text) => {
    expect(() => parseEventDate(text)).toThrow(ACCEPTED_FORMS);
  });

  it('never shows the parser\'s own words', () => {
    for (const text of ['May 2023', '2023-13-45', '2023-02-30', '15.05.2023', '2023--05']) {
      expect(() => parseEventDate(text)).not.toThrow(/syntax error|line 1 col/i);
    }
  });
});
