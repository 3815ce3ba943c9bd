// The pieces every wording of a date is made of (month names, the parts of
// a date, how two dates share their tail), apart from the wordings
// themselves: the timeline's compact labels (formatShortDate.ts) load with
// the page, the running text (formatEventDate.ts) with the details and the list.
import type { DatePoint, Lang } from './types';

/** Running text ("long") or a compact label ("short"). */
export type Style = 'long' | 'short';

const monthNames = new Map<string, readonly string[]>();

/**
 * The twelve month names of a language, as Intl writes them inside a date
 * ("mai", "tháng 5"), asked once per language and style and kept: formatting
 * twelve dates is cheap, building formatters on every label is not. UTC, as
 * Observable Plot does, so no time zone moves a month boundary. 'en' is
 * CLDR's en-US, whose three-letter abbreviations ("Sep") read better on
 * compact labels than en-GB's "Sept".
 */
function monthNamesOf(lang: Lang, style: Style): readonly string[] {
  const key = `${lang} ${style}`;
  let names = monthNames.get(key);
  if (!names) {
    // With a day, Intl gives the month's form used in a date, which for
    // Vietnamese is the lower-case "tháng 5", not the standalone "Tháng 5".
    const format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: style });
    names = Array.from({ length: 12 }, (_, i) =>
      format.formatToParts(Date.UTC(2000, i, 15)).find((part) => part.type === 'month')!.value
    );
    monthNames.set(key, names);
  }
  return names;
}

/** A language's twelve month names in both styles, as monthNamesOf asks Intl for them. */
export interface MonthNames {
  long: readonly string[];
  short: readonly string[];
}

/** The month names of a language in both styles, from this runtime's Intl (the build's, for the page's data). */
export function monthNamesFor(lang: Lang): MonthNames {
  return { long: monthNamesOf(lang, 'long'), short: monthNamesOf(lang, 'short') };
}

/**
 * Takes a language's month names as the build's Intl wrote them (they come
 * with the page's data), so the browser does not start Intl's date
 * formatting, some 15–35 ms the first time, before the page takes input;
 * the labels then read exactly as in the prerendered HTML. Names already
 * known, or not twelve strings, are left as they are.
 */
export function useMonthNames(lang: Lang, names: MonthNames | undefined): void {
  for (const style of ['long', 'short'] as const) {
    const list = names?.[style];
    const key = `${lang} ${style}`;
    if (!monthNames.has(key) && Array.isArray(list) && list.length === 12 && list.every((name) => typeof name === 'string' && name)) {
      monthNames.set(key, [...list]);
    }
  }
}

/**
 * The name of a month (1–12) as written in running text ("long") or on a
 * compact label ("short"): "May"/"May", "avril"/"avr.", "tháng 4"/"T4".
 */
export function monthName(month: number, lang: Lang, style: Style): string {
  // Vietnamese charts and calendars abbreviate "tháng 4" as "T4"; Intl's
  // "thg 4" is rarely seen in print.
  if (lang === 'vi' && style === 'short') return `T${month}`;
  return monthNamesOf(lang, style)[month - 1];
}

// The fields come from the EDTF text, so no time zone can shift a day; there
// is no Date object here at all.
/** The parts of a date, smallest unit first, so that two dates can share their tail: "12–14 | October 2022". */
export function parts(p: DatePoint, lang: Lang, style: Style): string[] {
  const { day, month, year } = p;
  if (lang === 'vi' && style === 'short') {
    // "15/5/2023" for a day, but "tháng 6/2022" for a month: a bare "6/2022"
    // reads as a fraction or a day to a Vietnamese reader.
    if (day === undefined && month !== undefined) return [`tháng ${month}`, String(year)];
    return [day, month, year].filter((n) => n !== undefined).map(String);
  }
  const out: string[] = [];
  if (day !== undefined) {
    if (lang === 'fr') out.push(day === 1 ? '1er' : String(day));
    else if (lang === 'vi') out.push(`ngày ${day}`);
    else out.push(String(day));
  }
  if (month !== undefined) out.push(monthName(month, lang, style));
  out.push(lang === 'vi' ? `năm ${year}` : String(year));
  return out;
}

/** What joins the parts of a date. */
export function separator(lang: Lang, style: Style): string {
  return lang === 'vi' && style === 'short' ? '/' : ' ';
}

/** Two dates of the same precision drop the parts they share at the end ("12 October – 3 November 2022"); the heads are never empty. */
export function splitShared(a: string[], b: string[]): { a: string[]; b: string[]; tail: string[] } {
  let shared = 0;
  if (a.length === b.length) {
    while (shared < a.length - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  }
  return { a: a.slice(0, a.length - shared), b: b.slice(0, b.length - shared), tail: a.slice(a.length - shared) };
}

/** The en dash, set close between single terms ("12–14", "May–July") and spaced when a term has several words ("12 Oct – 3 Nov"). */
export function dash(a: string, b: string): string {
  return /[\s/]/.test(a + b) ? `${a} – ${b}` : `${a}–${b}`;
}

/** Whether a date is approximate or uncertain. */
export function isQualified(p: DatePoint): boolean {
  return p.approximate || p.uncertain;
}

/** Whether two dates are the same, hedges included. */
export function sameDate(a: DatePoint, b: DatePoint): boolean {
  return a.iso === b.iso && a.approximate === b.approximate && a.uncertain === b.uncertain;
}

