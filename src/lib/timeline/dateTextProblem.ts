// Plain words for the date texts a maintainer gets wrong most often: a month
// or day that does not exist, a year without its four digits, a day first.
// The EDTF parser only says where its grammar failed ("Syntax error at line 1
// col 7"), which names neither the part nor the reason.

/** The date forms the timeline places, each with an example, for messages. */
export const ACCEPTED_DATES =
  'write "2023", "2023-05" or "2023-05-15"; add "~" when approximate ("2023-05-15~"), ' +
  '"start/end" for a period ("2022-10-12/2022-10-14"), "start/.." for one still going ("2022-06/.."), ' +
  'and "[first..last]" for one unknown day in a range ("[2024-04-14..2024-04-16]")';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
];

/** Days in a month of the proleptic Gregorian calendar (EDTF's). */
function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last of this one; setUTCFullYear, unlike Date.UTC, keeps years below 100.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

// One end of a date, loosely: digits separated by dashes, then qualifiers.
const LOOSE_PART = /^(-?)(\d+)(?:-(\d+))?(?:-(\d+))?[~?%]?$/;

/** What is wrong with one calendar date ("2023-13-45"), or null when its parts exist. */
function partProblem(part: string): string | null {
  const match = LOOSE_PART.exec(part);
  if (!match) return null;
  const [, , yearText, monthText, dayText] = match;
  if (yearText.length !== 4) {
    return `the year "${yearText}" must have four digits (e.g. "2023")`;
  }
  if ((monthText ?? '00').length !== 2 || (dayText ?? '00').length !== 2) {
    const fixed = [yearText, monthText, dayText].filter((p) => p !== undefined).map((p) => p!.padStart(2, '0'));
    return `write months and days with two digits ("${match[1]}${fixed.join('-')}")`;
  }
  const year = Number(`${match[1]}${yearText}`);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (year === 0) return 'year 0 does not exist (1 BC is followed by AD 1)';
  // Months 21 to 41 are EDTF seasons, which the caller explains; a season has no day.
  const season = month !== undefined && month >= 21 && month <= 41 && day === undefined;
  if (month !== undefined && (month < 1 || month > 12) && !season) {
    return `month ${month} does not exist (months go from 01 to 12)`;
  }
  if (day !== undefined && month !== undefined) {
    if (day < 1) return `day ${day} does not exist (days start at 01)`;
    if (day > 31) return `day ${day} does not exist (no month has more than 31 days)`;
    const last = daysIn(year, month);
    if (day > last) {
      const name = MONTHS[month - 1];
      return `day ${day} does not exist: ${name}${month === 2 ? ` ${year}` : ''} has ${last} days`;
    }
  }
  return null;
}

/**
 * Why a date text cannot be a date, in plain words, or null when nothing is
 * obviously wrong (the EDTF parser then decides). Checks each end of a
 * period or a range.
 */
export function dateTextProblem(text: string): string | null {
  if (text.trim() === '') return `a date cannot be empty; ${ACCEPTED_DATES}`;
  if (text !== text.trim()) return 'remove the spaces around the date';
  // 15/05/2023 or 15.05.2023: a day written first.
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  if (dayFirst) {
    const [, a, b, year] = dayFirst;
    return `write the year first, then month and day, with dashes: "${year}-${b.padStart(2, '0')}-${a.padStart(2, '0')}"`;
  }
  // 2023/05/15: slashes for dashes, which EDTF reads as a period.
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (slashed) {
    const [, year, month, day] = slashed;
    return `write the date with dashes: "${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}" (a "/" separates the start and the end of a period)`;
  }
  const inner = /^\[(.*)\]$/.exec(text)?.[1];
  const parts = inner !== undefined ? inner.split(/\.\.|,/) : text.split('/');
  for (const part of parts) {
    const problem = partProblem(part.trim());
    if (problem) return problem;
  }
  return null;
}
