import type { TimelineEvent } from '../data/model';
import { dash, isQualified, parts, sameDate, separator, splitShared } from './dateParts';
import type { DatePoint, EventDate, Lang } from './types';

// EDTF's own marks, "~" approximate and "?" uncertain, read well on a label.
function shortPoint(p: DatePoint, lang: Lang): string {
  return (p.approximate ? '~' : '') + parts(p, lang, 'short').join(separator(lang, 'short')) + (p.uncertain ? '?' : '');
}

function shortRange(a: DatePoint, b: DatePoint, lang: Lang): string {
  if (isQualified(a) || isQualified(b)) return dash(shortPoint(a, lang), shortPoint(b, lang));
  const sep = separator(lang, 'short');
  const split = splitShared(parts(a, lang, 'short'), parts(b, lang, 'short'));
  const tail = split.tail.length ? sep + split.tail.join(sep) : '';
  // Two months of one year share "tháng": "tháng 5–7/2023".
  if (lang === 'vi' && split.a.length === 1 && a.day === undefined && b.day === undefined && a.month && b.month) {
    return `tháng ${a.month}–${b.month}${tail}`;
  }
  return dash(split.a.join(sep), split.b.join(sep)) + tail;
}

const FROM_SHORT: Record<Lang, (p: DatePoint) => string> = {
  en: () => 'from ',
  // "dès" needs no elision, and takes "le" before a day as "à partir du" would.
  fr: (p) => (p.precision === 'day' ? 'dès le ' : 'dès '),
  vi: () => 'từ '
};

const DAY_UNKNOWN: Record<Lang, string> = { en: ' (day unknown)', fr: ' (jour inconnu)', vi: ' (chưa rõ ngày)' };

/** The date in a few characters, for mark labels and accessible names: "15 May 2023", "12–14/10/2022". */
export function formatShortDate(date: EventDate, lang: Lang): string {
  const { start, end } = date;
  if (date.openEnd || !end) return FROM_SHORT[lang](start) + shortPoint(start, lang);
  if (date.kind === 'point' || sameDate(start, end)) return shortPoint(start, lang);
  const range = shortRange(start, end, lang);
  return date.kind === 'oneOf' ? range + DAY_UNKNOWN[lang] : range;
}

/** A compact date for labels and accessible names: the data's own wording for vague dates, else generated from EDTF. */
export function eventShortDate(event: TimelineEvent, lang: Lang): string {
  return event.dateLabel?.[lang] ?? formatShortDate(event.date, lang);
}
