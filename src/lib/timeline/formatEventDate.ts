import { dash, isQualified, parts, sameDate, splitShared } from './dateParts';
import type { DatePoint, EventDate, Lang } from './types';

// The date in running text, for the details, the list, the exports: loaded
// with them, not with the page (the plot's labels use formatShortDate.ts).

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

