import type { Translate } from '../i18n/createTranslator';
import { formatShortDate } from './formatShortDate';
import { markPattern } from './markStyle';
import type { DatePoint, EventDate, Lang } from './types';

const plain = (point: DatePoint): DatePoint => ({ ...point, approximate: false, uncertain: false });

/** "c. 15 May 2023", "vers juin 2022": the date without its hedge marks, hedged in words. */
function circa(date: EventDate, lang: Lang, t: Translate): string {
  const bare = formatShortDate({ ...date, start: plain(date.start), end: date.end && plain(date.end) }, lang);
  const day = date.kind === 'point' && date.start.precision === 'day';
  return t(day ? 'timeline.marks.circaDay' : 'timeline.marks.circa', { date: bare });
}

/**
 * The words a mark's label starts with when its date is hedged, in the
 * page's language: "c. 15 May 2023", « vers le 15 mai 2023 », "khoảng 6/2022
 * – đang tiếp diễn". Null for a date stated plainly. The legend explains them.
 */
export function markQualifier(date: EventDate, lang: Lang, t: Translate): string | null {
  const { approximate, openEnd } = markPattern(date);
  if (!openEnd) return approximate ? circa(date, lang, t) : null;
  const start: EventDate = { ...date, kind: 'point', end: date.start, openEnd: false };
  const from = approximate ? circa(start, lang, t) : formatShortDate(start, lang);
  return t('timeline.marks.ongoing', { from });
}
