import { describe, expect, it } from 'vitest';
import { dateTimeAttribute } from '../../src/lib/timeline/dateTimeAttribute';

describe('dateTimeAttribute', () => {
  it.each([
    [{ year: 2022, precision: 'year' as const }, '2022'],
    [{ year: 2022, month: 6, precision: 'month' as const }, '2022-06'],
    [{ year: 2022, month: 10, day: 3, precision: 'day' as const }, '2022-10-03'],
    [{ year: 987, month: 1, day: 9, precision: 'day' as const }, '0987-01-09'],
    // A month precision never writes a day, even when one is at hand.
    [{ year: 2023, month: 5, day: 1, precision: 'month' as const }, '2023-05'],
    [{ year: 2023, month: 5, precision: 'year' as const }, '2023']
  ])('writes %o as %s, an HTML year, month or date string', (point, expected) => {
    expect(dateTimeAttribute(point)).toBe(expected);
  });
});
