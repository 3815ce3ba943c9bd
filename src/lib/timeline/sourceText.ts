import type { Source } from '../data/model';
import { formatEventDate } from './formatEventDate';
import type { Lang } from './types';

// How a source is cited in running text. The wording depends on how finely
// the publication date is known: French says « publié le 16 mai 2023 » but
// « publié en mai 2023 », so the date cannot be slotted into one sentence.

type Exact = { day: string; other: string };

// The words before a date known exactly (not approximate), by precision.
const PUBLISHED: Record<Lang, Exact> = {
  en: { day: 'published on', other: 'published in' },
  fr: { day: 'publié le', other: 'publié en' },
  vi: { day: 'đăng', other: 'đăng vào' }
};

// Before an approximate date, whose words carry their own hedge
// ("around May 2023", « vers mai 2023 », "khoảng tháng 5 năm 2023").
const PUBLISHED_APPROX: Record<Lang, string> = { en: 'published', fr: 'publié', vi: 'đăng vào' };

// Before a span ("12–14 October 2022", « un jour entre le 14 et le 16 avril »).
const PUBLISHED_SPAN: Record<Lang, string> = { en: 'published', fr: 'publié', vi: 'đăng' };

/** When a source came out, in words fitting its precision: « publié le 16 mai 2023 », "published in May 2023", "đăng vào năm 2023". */
export function publicationPhrase(source: Pick<Source, 'date'>, lang: Lang): string {
  const { date } = source;
  const words = formatEventDate(date, lang);
  if (date.kind !== 'point') return `${PUBLISHED_SPAN[lang]} ${words}`;
  if (date.start.approximate) return `${PUBLISHED_APPROX[lang]} ${words}`;
  const lead = PUBLISHED[lang];
  // Vietnamese writes "ngày" before a day itself: "đăng ngày 16 tháng 5 năm 2023".
  return `${date.start.precision === 'day' ? lead.day : lead.other} ${words}`;
}

/** A label followed by its text, with the colon French typography wants: « Sources : … », "Sources: …". */
export function labelled(label: string, text: string, lang: Lang): string {
  return lang === 'fr' ? `${label}\u202f: ${text}` : `${label}: ${text}`;
}

/** The publishers of some sources in one language, separated by commas. */
export function publisherList(sources: readonly (Pick<Source, 'publisher'> | undefined)[], lang: Lang): string {
  return sources
    .filter((source): source is Pick<Source, 'publisher'> => source !== undefined)
    .map((source) => source.publisher[lang])
    .join(', ');
}
