import { describe, expect, it } from 'vitest';
import { labelled, publicationPhrase, publisherList } from '../../src/lib/timeline/sourceText';
import { parseEventDate } from '../../src/lib/timeline/parseEventDate';
import type { Lang } from '../../src/lib/timeline/types';

const published = (edtf: string, lang: Lang) => publicationPhrase({ date: parseEventDate(edtf) }, lang);

describe('publicationPhrase', () => {
  // Each row: EDTF, then the phrase in en, fr and vi.
  it.each([
    ['2023-05-16', 'published on 16 May 2023', 'publié le 16 mai 2023', 'đăng ngày 16 tháng 5 năm 2023'],
    ['2023-05-01', 'published on 1 May 2023', 'publié le 1er mai 2023', 'đăng ngày 1 tháng 5 năm 2023'],
    ['2023-05', 'published in May 2023', 'publié en mai 2023', 'đăng vào tháng 5 năm 2023'],
    ['2023', 'published in 2023', 'publié en 2023', 'đăng vào năm 2023'],
    ['2023-05-16~', 'published around 16 May 2023', 'publié vers le 16 mai 2023', 'đăng vào khoảng ngày 16 tháng 5 năm 2023'],
    ['2023-05~', 'published around May 2023', 'publié vers mai 2023', 'đăng vào khoảng tháng 5 năm 2023'],
    ['2023~', 'published around 2023', 'publié vers 2023', 'đăng vào khoảng năm 2023']
  ])('words a publication date of %s by its precision', (edtf, en, fr, vi) => {
    expect({ en: published(edtf, 'en'), fr: published(edtf, 'fr'), vi: published(edtf, 'vi') }).toEqual({ en, fr, vi });
  });

  it('never writes « publié le » before a month or a year', () => {
    for (const edtf of ['2023-05', '2023', '2023-05~', '2023~']) expect(published(edtf, 'fr')).not.toMatch(/publié le (?!\d)/);
    expect(published('2023-05', 'fr')).not.toContain('publié le');
  });

  it('words a span without a preposition that would contradict it', () => {
    expect(published('[2024-04-14..2024-04-16]', 'fr')).toBe('publié un jour entre le 14 et le 16 avril 2024');
    expect(published('2022-10-12/2022-10-14', 'en')).toBe('published 12–14 October 2022');
    expect(published('2022-10-12/2022-10-14', 'vi')).toBe('đăng từ ngày 12 đến ngày 14 tháng 10 năm 2022');
  });
});

describe('labelled', () => {
  it.each([
    ['fr', 'Sources\u202f: RHC'],
    ['en', 'Sources: RHC'],
    ['vi', 'Sources: RHC']
  ] as [Lang, string][])('in %s sets the colon as the language does', (lang, expected) => {
    expect(labelled('Sources', 'RHC', lang)).toBe(expected);
  });
});

describe('publisherList', () => {
  const acn = { publisher: { fr: 'Agence cubaine de nouvelles (ACN)', en: 'Cuban News Agency (ACN)', vi: 'Hãng thông tấn Cuba (ACN)' } };
  const vns = { publisher: { fr: 'Viet Nam News', en: 'Viet Nam News', vi: 'Viet Nam News' } };

  it('names each publisher in the language asked, separated by commas, skipping unknown sources', () => {
    expect(publisherList([vns, undefined, acn], 'fr')).toBe('Viet Nam News, Agence cubaine de nouvelles (ACN)');
    expect(publisherList([vns, acn], 'vi')).toBe('Viet Nam News, Hãng thông tấn Cuba (ACN)');
  });
});
