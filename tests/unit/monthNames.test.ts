import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/lib/timeline/types';

// The month names come with the page's data (the build's Intl), so the
// browser need not start Intl's date formatting before the page takes input.
// Each test starts from a fresh module: the names are kept once known.
const dateParts = () => import('../../src/lib/timeline/dateParts');
beforeEach(() => vi.resetModules());

const twelve = (word: string) => Array.from({ length: 12 }, (_, i) => `${word}-${i + 1}`);

describe('useMonthNames', () => {
  it('makes monthName answer with the names given, in both styles', async () => {
    const { monthName, useMonthNames } = await dateParts();
    useMonthNames('fr', { long: twelve('long'), short: twelve('short') });
    expect(monthName(3, 'fr', 'long')).toBe('long-3');
    expect(monthName(12, 'fr', 'short')).toBe('short-12');
  });

  it('keeps names already known', async () => {
    const { monthName, useMonthNames } = await dateParts();
    expect([monthName(5, 'en', 'long'), monthName(9, 'en', 'short')]).toEqual(['May', 'Sep']);
    useMonthNames('en', { long: twelve('x'), short: twelve('y') });
    expect([monthName(5, 'en', 'long'), monthName(9, 'en', 'short')]).toEqual(['May', 'Sep']);
  });

  it.each([
    ['a list that is not twelve names', { long: ['tháng 1'], short: Array(12).fill('') }],
    ['no names at all', undefined]
  ])('ignores %s, and Intl answers instead', async (_, names) => {
    const { monthName, useMonthNames } = await dateParts();
    useMonthNames('vi', names);
    expect(monthName(4, 'vi', 'long')).toBe('tháng 4');
    expect(monthName(4, 'fr', 'short')).toBe('avr.');
  });
});

describe('the language layout', () => {
  it.each(LANGS)('sends the month names of %s from the build, and the page takes them', async (lang) => {
    const server = await import('../../src/routes/[lang=lang]/+layout.server');
    const data = (await server.load({ params: { lang } } as never)) as { monthNames: { long: string[]; short: string[] } };
    // What the browser gets is JSON: fresh modules stand for the browser's,
    // with names it could not have made itself.
    const sent = JSON.parse(JSON.stringify({ ...data, monthNames: { long: twelve(`${lang}-long`), short: twelve(`${lang}-short`) } }));
    expect(data.monthNames.long).toHaveLength(12);
    vi.resetModules();
    const layout = await import('../../src/routes/[lang=lang]/+layout');
    await layout.load({ data: sent, params: { lang } } as never);
    const { monthName } = await dateParts();
    expect(monthName(7, lang, 'long')).toBe(`${lang}-long-7`);
    if (lang !== 'vi') expect(monthName(7, lang, 'short')).toBe(`${lang}-short-7`);
  });

  it('sends each language its own names, as Intl writes them', async () => {
    const server = await import('../../src/routes/[lang=lang]/+layout.server');
    const names = async (lang: string) => ((await server.load({ params: { lang } } as never)) as { monthNames: { long: string[] } }).monthNames.long[7];
    expect([await names('fr'), await names('en'), await names('vi')]).toEqual(['août', 'August', 'tháng 8']);
  });
});
