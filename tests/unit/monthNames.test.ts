import { describe, expect, it } from 'vitest';
import { monthName, monthNamesFor, useMonthNames } from '../../src/lib/timeline/dateParts';

// The month names come with the page's data (the build's Intl), so the
// browser need not start Intl's date formatting before the page takes input.
describe('useMonthNames', () => {
  it('makes monthName answer with the names given, in both styles', () => {
    const long = Array.from({ length: 12 }, (_, i) => `long-${i + 1}`);
    const short = Array.from({ length: 12 }, (_, i) => `short-${i + 1}`);
    useMonthNames('fr', { long, short });
    expect(monthName(3, 'fr', 'long')).toBe('long-3');
    expect(monthName(12, 'fr', 'short')).toBe('short-12');
  });

  it('keeps names already known', () => {
    const before = [monthName(5, 'en', 'long'), monthName(9, 'en', 'short')];
    useMonthNames('en', { long: Array(12).fill('x'), short: Array(12).fill('y') });
    expect([monthName(5, 'en', 'long'), monthName(9, 'en', 'short')]).toEqual(before);
    expect(before).toEqual(['May', 'Sep']);
  });

  it('ignores a list that is not twelve names, and Intl answers instead', () => {
    useMonthNames('vi', { long: ['tháng 1'], short: Array(12).fill('') });
    expect(monthName(4, 'vi', 'long')).toBe('tháng 4');
    useMonthNames('vi', undefined);
    expect(monthName(4, 'vi', 'long')).toBe('tháng 4');
  });

  it('round-trips what monthNamesFor gives', () => {
    const names = monthNamesFor('en');
    expect(names.long).toHaveLength(12);
    expect(names.short[8]).toBe('Sep');
    expect(JSON.parse(JSON.stringify(names))).toEqual({ long: [...names.long], short: [...names.short] });
  });
});
