import { describe, expect, it } from 'vitest';
import { monthName } from '../../src/lib/timeline/dateParts';
import { formatEventDate } from '../../src/lib/timeline/formatEventDate';
import { formatShortDate } from '../../src/lib/timeline/formatShortDate';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';
import type { Lang } from '../../src/lib/timeline/types';

// Each row: EDTF text, then the expected words in en, fr and vi.
type Row = [edtf: string, en: string, fr: string, vi: string];

function table(rows: Row[]) {
  return rows.flatMap(([edtf, en, fr, vi]) =>
    (
      [
        ['en', en],
        ['fr', fr],
        ['vi', vi]
      ] as [Lang, string][]
    ).map(([lang, expected]) => ({ edtf, lang, expected }))
  );
}

describe('formatEventDate', () => {
  describe('writes a point at its precision', () => {
    it.each(
      table([
        ['2010', '2010', '2010', 'năm 2010'],
        ['2023-05', 'May 2023', 'mai 2023', 'tháng 5 năm 2023'],
        ['2023-05-15', '15 May 2023', '15 mai 2023', 'ngày 15 tháng 5 năm 2023'],
        ['2023-05-01', '1 May 2023', '1er mai 2023', 'ngày 1 tháng 5 năm 2023'],
        ['2022-08', 'August 2022', 'août 2022', 'tháng 8 năm 2022']
      ])
    )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
      expect(formatEventDate(parseEventDate(edtf), lang)).toBe(expected);
    });
  });

  describe('hedges an approximate or uncertain point', () => {
    it.each(
      table([
        ['2023-05-15~', 'around 15 May 2023', 'vers le 15 mai 2023', 'khoảng ngày 15 tháng 5 năm 2023'],
        ['2023-05~', 'around May 2023', 'vers mai 2023', 'khoảng tháng 5 năm 2023'],
        ['2010~', 'around 2010', 'vers 2010', 'khoảng năm 2010'],
        ['2023?', '2023 (uncertain)', '2023 (incertain)', 'năm 2023 (chưa chắc chắn)'],
        ['2023-05-15?', '15 May 2023 (uncertain)', '15 mai 2023 (incertain)', 'ngày 15 tháng 5 năm 2023 (chưa chắc chắn)'],
        ['2023-05%', 'around May 2023 (uncertain)', 'vers mai 2023 (incertain)', 'khoảng tháng 5 năm 2023 (chưa chắc chắn)']
      ])
    )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
      expect(formatEventDate(parseEventDate(edtf), lang)).toBe(expected);
    });
  });

  describe('writes a closed interval once, sharing what both ends share', () => {
    it.each(
      table([
        ['2022-10-12/2022-10-14', '12–14 October 2022', 'du 12 au 14 octobre 2022', 'từ ngày 12 đến ngày 14 tháng 10 năm 2022'],
        [
          '2022-10-12/2022-11-03',
          '12 October – 3 November 2022',
          'du 12 octobre au 3 novembre 2022',
          'từ ngày 12 tháng 10 đến ngày 3 tháng 11 năm 2022'
        ],
        [
          '2022-12-28/2023-01-03',
          '28 December 2022 – 3 January 2023',
          'du 28 décembre 2022 au 3 janvier 2023',
          'từ ngày 28 tháng 12 năm 2022 đến ngày 3 tháng 1 năm 2023'
        ],
        ['2023-05/2023-07', 'May–July 2023', 'de mai à juillet 2023', 'từ tháng 5 đến tháng 7 năm 2023'],
        ['2023-08/2023-10', 'August–October 2023', 'd’août à octobre 2023', 'từ tháng 8 đến tháng 10 năm 2023'],
        ['2023-05/2024-04', 'May 2023 – April 2024', 'de mai 2023 à avril 2024', 'từ tháng 5 năm 2023 đến tháng 4 năm 2024'],
        ['2010/2012', '2010–2012', 'de 2010 à 2012', 'từ năm 2010 đến năm 2012'],
        [
          '2023-05/2024-04-15',
          'May 2023 – 15 April 2024',
          'de mai 2023 au 15 avril 2024',
          'từ tháng 5 năm 2023 đến ngày 15 tháng 4 năm 2024'
        ],
        [
          '2022-06~/2023-01',
          'from around June 2022 to January 2023',
          'de juin 2022 environ à janvier 2023',
          'từ khoảng tháng 6 năm 2022 đến tháng 1 năm 2023'
        ]
      ])
    )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
      expect(formatEventDate(parseEventDate(edtf), lang)).toBe(expected);
    });
  });

  describe('writes an open interval as a start that goes on', () => {
    it.each(
      table([
        ['2022-06~/..', 'from around June 2022 onwards', 'à partir de juin 2022 environ', 'từ khoảng tháng 6 năm 2022 trở đi'],
        ['2022-06/..', 'from June 2022 onwards', 'à partir de juin 2022', 'từ tháng 6 năm 2022 trở đi'],
        ['2023-05-15/..', 'from 15 May 2023 onwards', 'à partir du 15 mai 2023', 'từ ngày 15 tháng 5 năm 2023 trở đi'],
        ['2022-04/..', 'from April 2022 onwards', 'à partir d’avril 2022', 'từ tháng 4 năm 2022 trở đi'],
        ['2010?/..', 'from 2010 onwards (uncertain)', 'à partir de 2010 (incertain)', 'từ năm 2010 trở đi (chưa chắc chắn)']
      ])
    )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
      expect(formatEventDate(parseEventDate(edtf), lang)).toBe(expected);
    });
  });

  describe('writes one unknown day within a range', () => {
    it.each(
      table([
        [
          '[2024-04-14..2024-04-16]',
          'one day between 14 and 16 April 2024',
          'un jour entre le 14 et le 16 avril 2024',
          'một ngày trong khoảng từ ngày 14 đến ngày 16 tháng 4 năm 2024'
        ],
        [
          '[2024-04-30..2024-05-02]',
          'one day between 30 April and 2 May 2024',
          'un jour entre le 30 avril et le 2 mai 2024',
          'một ngày trong khoảng từ ngày 30 tháng 4 đến ngày 2 tháng 5 năm 2024'
        ],
        [
          '[2023-12-30..2024-01-02]',
          'one day between 30 December 2023 and 2 January 2024',
          'un jour entre le 30 décembre 2023 et le 2 janvier 2024',
          'một ngày trong khoảng từ ngày 30 tháng 12 năm 2023 đến ngày 2 tháng 1 năm 2024'
        ],
        [
          '[2024-05-01..2024-05-03]',
          'one day between 1 and 3 May 2024',
          'un jour entre le 1er et le 3 mai 2024',
          'một ngày trong khoảng từ ngày 1 đến ngày 3 tháng 5 năm 2024'
        ]
      ])
    )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
      expect(formatEventDate(parseEventDate(edtf), lang)).toBe(expected);
    });
  });

  it('keeps the day of a date at midnight UTC whatever the local time zone', () => {
    const date = parseEventDate('2023-12-31');
    // Local-time APIs would read this instant as 30 December west of Greenwich.
    expect(new Date(date.min).toISOString()).toBe('2023-12-31T00:00:00.000Z');
    expect(formatEventDate(date, 'en')).toBe('31 December 2023');
    expect(formatEventDate(date, 'fr')).toBe('31 décembre 2023');
    expect(formatEventDate(date, 'vi')).toBe('ngày 31 tháng 12 năm 2023');
    expect(formatShortDate(parseEventDate('2024-01-01'), 'vi')).toBe('1/1/2024');
  });
});

describe('formatShortDate', () => {
  it.each(
    table([
      ['2010', '2010', '2010', '2010'],
      ['2023-05', 'May 2023', 'mai 2023', 'tháng 5/2023'],
      ['2023-05-15', '15 May 2023', '15 mai 2023', '15/5/2023'],
      ['2023-07-01', '1 Jul 2023', '1er juil. 2023', '1/7/2023'],
      ['2023-05-15~', '~15 May 2023', '~15 mai 2023', '~15/5/2023'],
      ['2023?', '2023?', '2023?', '2023?'],
      ['2022-10-12/2022-10-14', '12–14 Oct 2022', '12–14 oct. 2022', '12–14/10/2022'],
      ['2022-10-12/2022-11-03', '12 Oct – 3 Nov 2022', '12 oct. – 3 nov. 2022', '12/10 – 3/11/2022'],
      ['2022-12-28/2023-01-03', '28 Dec 2022 – 3 Jan 2023', '28 déc. 2022 – 3 janv. 2023', '28/12/2022 – 3/1/2023'],
      ['2023-05/2023-07', 'May–Jul 2023', 'mai–juil. 2023', 'tháng 5–7/2023'],
      ['2023-05/2024-04', 'May 2023 – Apr 2024', 'mai 2023 – avr. 2024', 'tháng 5/2023 – tháng 4/2024'],
      ['2010/2012', '2010–2012', '2010–2012', '2010–2012'],
      ['2022-06~/2023-01', '~Jun 2022 – Jan 2023', '~juin 2022 – janv. 2023', '~tháng 6/2022 – tháng 1/2023'],
      ['2022-06~/..', 'from ~Jun 2022', 'dès ~juin 2022', 'từ ~tháng 6/2022'],
      ['2022-06/..', 'from Jun 2022', 'dès juin 2022', 'từ tháng 6/2022'],
      ['2023-05-15/..', 'from 15 May 2023', 'dès le 15 mai 2023', 'từ 15/5/2023'],
      ['[2024-04-14..2024-04-16]', '14–16 Apr 2024 (day unknown)', '14–16 avr. 2024 (jour inconnu)', '14–16/4/2024 (chưa rõ ngày)'],
      [
        '[2024-04-30..2024-05-02]',
        '30 Apr – 2 May 2024 (day unknown)',
        '30 avr. – 2 mai 2024 (jour inconnu)',
        '30/4 – 2/5/2024 (chưa rõ ngày)'
      ]
    ])
  )('$edtf in $lang is "$expected"', ({ edtf, lang, expected }) => {
    expect(formatShortDate(parseEventDate(edtf), lang)).toBe(expected);
  });
});

describe('monthName', () => {
  it.each([
    { month: 5, lang: 'en', style: 'long', expected: 'May' },
    { month: 9, lang: 'en', style: 'short', expected: 'Sep' },
    { month: 2, lang: 'fr', style: 'long', expected: 'février' },
    { month: 7, lang: 'fr', style: 'short', expected: 'juil.' },
    { month: 12, lang: 'vi', style: 'long', expected: 'tháng 12' },
    { month: 5, lang: 'vi', style: 'short', expected: 'T5' }
  ] as const)('month $month in $lang ($style) is "$expected"', ({ month, lang, style, expected }) => {
    expect(monthName(month, lang, style)).toBe(expected);
  });

  // Intl's names, pinned: a change in the browser's or Node's CLDR data shows here.
  it.each([
    ['en', 'long', 'January February March April May June July August September October November December'],
    ['en', 'short', 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'],
    ['fr', 'long', 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'],
    ['fr', 'short', 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'],
    ['vi', 'long', 'tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12'],
    ['vi', 'short', 'T1|T2|T3|T4|T5|T6|T7|T8|T9|T10|T11|T12']
  ] as const)('names the twelve months in %s (%s)', (lang, style, expected) => {
    const names = Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang, style));
    expect(names).toEqual(expected.split(expected.includes('|') ? '|' : ' '));
  });

  it('takes the names from Intl, in the form used inside a date', () => {
    const intl = new Intl.DateTimeFormat('fr', { timeZone: 'UTC', day: 'numeric', month: 'long' });
    const fromIntl = intl.formatToParts(Date.UTC(2024, 7, 1)).find((part) => part.type === 'month')?.value;
    expect(monthName(8, 'fr', 'long')).toBe(fromIntl);
    // Standalone, Intl capitalises the Vietnamese month ("Tháng 8"); inside a date it does not.
    expect(monthName(8, 'vi', 'long')).toBe('tháng 8');
  });

  // Run under TZ=Pacific/Kiritimati (UTC+14) or TZ=America/Los_Angeles to see the UTC pinning hold.
  it('keeps the first and the last day of a year in their month, whatever the time zone', () => {
    expect(formatEventDate(parseEventDate('2024-01-01'), 'en')).toBe('1 January 2024');
    expect(formatEventDate(parseEventDate('2023-12-31'), 'fr')).toBe('31 décembre 2023');
  });
});
