import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/locales/en.json';
import fr from '../../src/lib/i18n/locales/fr.json';
import vi from '../../src/lib/i18n/locales/vi.json';
import { createTranslator } from '../../src/lib/i18n/createTranslator';
import { wrapWidth } from '../../src/lib/timeline/labelWrap';
import { markQualifier } from '../../src/lib/timeline/markQualifier';
import { isPeriod, markPattern, markShape } from '../../src/lib/timeline/markStyle';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';
import type { Lang } from '../../src/lib/timeline/types';

describe('markShape and markPattern', () => {
  it.each([
    { edtf: '2023-05-15', shape: 'dot', approximate: false, openEnd: false, dayUnknown: false },
    { edtf: '2023-05-15~', shape: 'dot', approximate: true, openEnd: false, dayUnknown: false },
    { edtf: '2022-10-12/2022-10-14', shape: 'bar', approximate: false, openEnd: false, dayUnknown: false },
    { edtf: '[2024-04-14..2024-04-16]', shape: 'bar', approximate: false, openEnd: false, dayUnknown: true },
    { edtf: '2023-05', shape: 'bar', approximate: false, openEnd: false, dayUnknown: true },
    { edtf: '2010', shape: 'bar', approximate: false, openEnd: false, dayUnknown: true },
    { edtf: '2023-05~', shape: 'bar', approximate: true, openEnd: false, dayUnknown: true },
    { edtf: '2022-06~/..', shape: 'bar', approximate: true, openEnd: true, dayUnknown: false },
    { edtf: '2022-06/2022-08~', shape: 'bar', approximate: true, openEnd: false, dayUnknown: false }
  ])('draws $edtf as a $shape (approximate $approximate, open end $openEnd, day unknown $dayUnknown)', ({ edtf, shape, ...pattern }) => {
    const date = parseEventDate(edtf);
    expect(markShape(date)).toBe(shape);
    expect(markPattern(date)).toEqual(pattern);
  });

  it('sees no unknown day in a period dated by its year or month: it covers all of it', () => {
    expect(markPattern(parseEventDate('2023'), true).dayUnknown).toBe(false);
    expect(markPattern(parseEventDate('2023-05'), true).dayUnknown).toBe(false);
    expect(markPattern(parseEventDate('[2024-04-14..2024-04-16]'), true).dayUnknown).toBe(true);
  });
});

describe('isPeriod', () => {
  it.each([
    { kind: 'cooperation-period', edtf: '2022-06~/..', period: true },
    { kind: 'review', edtf: '2023', period: true },
    { kind: 'visit', edtf: '2010', period: false },
    { kind: 'agreement', edtf: '2018', period: false },
    { kind: 'visit', edtf: '2022-10-12/2022-10-14', period: false },
    { kind: 'working-visit', edtf: '2019-01-01/2020-06-30', period: true },
    { kind: 'working-visit', edtf: '2019-01-01/2019-12-31', period: false },
    { kind: 'talks', edtf: '2024-01/..', period: true }
  ] as const)('puts a $kind dated $edtf in the band: $period', ({ kind, edtf, period }) => {
    expect(isPeriod(kind, parseEventDate(edtf))).toBe(period);
  });
});

describe('markQualifier', () => {
  const strings = { en, fr, vi };
  const t = (lang: Lang) => createTranslator(lang, strings[lang]);
  it.each([
    { edtf: '2023-05-15', lang: 'en', text: null },
    { edtf: '2023-05-15~', lang: 'en', text: 'c. 15 May 2023' },
    { edtf: '2023-05-15~', lang: 'fr', text: 'vers le 15 mai 2023' },
    { edtf: '2023-05-15~', lang: 'vi', text: 'khoảng 15/5/2023' },
    { edtf: '2023-05~', lang: 'fr', text: 'vers mai 2023' },
    { edtf: '2022-06~/..', lang: 'en', text: 'c. Jun 2022 – ongoing' },
    { edtf: '2022-06~/..', lang: 'fr', text: 'vers juin 2022 – en cours' },
    { edtf: '2022-06~/..', lang: 'vi', text: 'khoảng tháng 6/2022 – đang tiếp diễn' },
    { edtf: '2022-06/..', lang: 'en', text: 'Jun 2022 – ongoing' },
    { edtf: '2022-06~/2022-08', lang: 'en', text: 'c. Jun–Aug 2022' }
  ] as const)('starts the label of $edtf in $lang with "$text"', ({ edtf, lang, text }) => {
    expect(markQualifier(parseEventDate(edtf), lang, t(lang))).toBe(text);
  });
});

describe('wrapWidth', () => {
  it.each([
    { words: [], lines: 2, width: 0 },
    { words: [50], lines: 2, width: 50 },
    { words: [50, 50], lines: 2, width: 50 },
    // 40 + 4 + 40 = 84 on the first line, 100 on the second.
    { words: [40, 40, 100], lines: 2, width: 100 },
    { words: [30, 30, 30, 30], lines: 2, width: 64 },
    { words: [30, 30, 30, 30], lines: 3, width: 64 },
    { words: [30, 30, 30, 30, 30, 30], lines: 3, width: 64 },
    { words: [30, 30, 30, 30, 30, 30], lines: 2, width: 98 },
    { words: [30, 30, 30, 30], lines: 1, width: 132 },
    { words: [10, 200, 10], lines: 2, width: 214 },
    { words: [33.2, 33.2], lines: 2, width: 34 }
  ])('wraps words $words on $lines lines in $width px', ({ words, lines, width }) => {
    expect(wrapWidth(words, 4, lines)).toBe(width);
  });
});
