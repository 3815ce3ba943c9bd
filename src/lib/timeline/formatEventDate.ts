import type { DatePoint, EventDate, Lang } from './types';

type Style = 'long' | 'short';

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

// The parts of a date, smallest unit first, so that two dates can share
// their tail: "12–14 | October 2022". The fields come from the EDTF text, so
// no time zone can shift a day; there is no Date object here at all.
function parts(p: DatePoint, lang: Lang, style: Style): string[] {
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

function separator(lang: Lang, style: Style): string {
  return lang === 'vi' && style === 'short' ? '/' : ' ';
}

// Two dates of the same precision drop the parts they share at the end
// ("12 October – 3 November 2022"); the heads are never empty.
function splitShared(a: string[], b: string[]): { a: string[]; b: string[]; tail: string[] } {
  let shared = 0;
  if (a.length === b.length) {
    while (shared < a.length - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  }
  return { a: a.slice(0, a.length - shared), b: b.slice(0, b.length - shared), tail: a.slice(a.length - shared) };
}

// Typographic convention: the en dash is set close between single terms
// ("12–14", "May–July") and spaced when a term has several words ("12 Oct – 3 Nov").
function dash(a: string, b: string): string {
  return /[\s/]/.test(a + b) ? `${a} – ${b}` : `${a}–${b}`;
}

function isQualified(p: DatePoint): boolean {
  return p.approximate || p.uncertain;
}

function sameDate(a: DatePoint, b: DatePoint): boolean {
  return a.iso === b.iso && a.approximate === b.approximate && a.uncertain === b.uncertain;
}

const UNCERTAIN: Record<Lang, string> = { en: ' (uncertain)', fr: ' (incertain)', vi: ' (chưa chắc chắn)' };

function approxPrefix(p: DatePoint, lang: Lang): string {
  if (!p.approximate) return '';
  if (lang === 'en') return 'around ';
  if (lang === 'fr') return p.precision === 'day' ? 'vers le ' : 'vers ';
  return 'khoảng ';
}

function words(p: DatePoint, lang: Lang): string {
  return parts(p, lang, 'long').join(' ');
}

// A date standing on its own: "around 15 May 2023", "vers le 15 mai 2023".
function standalone(p: DatePoint, lang: Lang): string {
  return approxPrefix(p, lang) + words(p, lang) + (p.uncertain ? UNCERTAIN[lang] : '');
}

// A date after a French preposition: "de vers juin" is not French, so the
// hedge moves after the date ("de juin 2022 environ").
function frBound(p: DatePoint): string {
  return words(p, 'fr') + (p.approximate ? ' environ' : '') + (p.uncertain ? UNCERTAIN.fr : '');
}

// "de" contracts before a day ("du 12") and elides before a vowel ("d’avril").
function frFrom(p: DatePoint, text: string): string {
  if (p.precision === 'day') return `du ${text}`;
  return /^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}

function frTo(p: DatePoint, text: string): string {
  return p.precision === 'day' ? `au ${text}` : `à ${text}`;
}

function formatRange(a: DatePoint, b: DatePoint, lang: Lang): string {
  if (isQualified(a) || isQualified(b)) {
    if (lang === 'en') return `from ${standalone(a, lang)} to ${standalone(b, lang)}`;
    if (lang === 'fr') return `${frFrom(a, frBound(a))} ${frTo(b, frBound(b))}`;
    return `từ ${standalone(a, lang)} đến ${standalone(b, lang)}`;
  }
  const split = splitShared(parts(a, lang, 'long'), parts(b, lang, 'long'));
  const [head, last] = [split.a.join(' '), split.b.join(' ')];
  const tail = split.tail.length ? ` ${split.tail.join(' ')}` : '';
  if (lang === 'en') return dash(head, last) + tail;
  if (lang === 'fr') return `${frFrom(a, head)} ${frTo(b, last)}${tail}`;
  return `từ ${head} đến ${last}${tail}`;
}

function formatOpen(a: DatePoint, lang: Lang): string {
  const hedge = a.uncertain ? UNCERTAIN[lang] : '';
  if (lang === 'en') return `from ${approxPrefix(a, lang)}${words(a, lang)} onwards${hedge}`;
  if (lang === 'fr') return `à partir ${frFrom(a, words(a, lang) + (a.approximate ? ' environ' : ''))}${hedge}`;
  return `từ ${approxPrefix(a, lang)}${words(a, lang)} trở đi${hedge}`;
}

function formatOneOf(a: DatePoint, b: DatePoint, lang: Lang): string {
  let head: string, last: string, tail = '';
  if (isQualified(a) || isQualified(b)) {
    [head, last] = lang === 'fr' ? [frBound(a), frBound(b)] : [standalone(a, lang), standalone(b, lang)];
  } else {
    const split = splitShared(parts(a, lang, 'long'), parts(b, lang, 'long'));
    [head, last] = [split.a.join(' '), split.b.join(' ')];
    tail = split.tail.length ? ` ${split.tail.join(' ')}` : '';
  }
  if (lang === 'en') return `one day between ${head} and ${last}${tail}`;
  if (lang === 'fr') return `un jour entre le ${head} et le ${last}${tail}`;
  // Vietnamese names each bound as a day ("từ ngày 14 đến ngày 16"), as in a range.
  return `một ngày trong khoảng từ ${head} đến ${last}${tail}`;
}

/** The date in words, with its precision and hedges: "around May 2023", "du 12 au 14 octobre 2022". */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const { start, end } = date;
  if (date.openEnd || !end) return formatOpen(start, lang);
  if (date.kind === 'point' || sameDate(start, end)) return standalone(start, lang);
  if (date.kind === 'oneOf') return formatOneOf(start, end, lang);
  return formatRange(start, end, lang);
}

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
