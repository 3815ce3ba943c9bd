import type { TimelineData } from '../data/model';
import type { Translate } from '../i18n/createTranslator';
import type { Filters } from '../search/facets';
import type { TimeWindow } from '../timeline/timeWindow';
import { dash, parts, separator, splitShared } from '../timeline/dateParts';
import type { DatePoint, Lang } from '../timeline/types';
import type { PictureTexts } from './viewSvg';

const DAY = 86_400_000;

export interface PictureView {
  /** The visible window (UTC ms, `to` exclusive). */
  window: TimeWindow;
  /** How many events the view shows (its filters and window). */
  count: number;
  /** The search query, as searched ('' for none). */
  query: string;
  filters: Filters;
  second: Lang | null;
  /** The absolute address of the view. */
  address: string;
}

/** The hedge a mark's label starts with (markQualifier, which the page has loaded already: passed in, not imported). */
export type Qualifier = PictureTexts['qualifier'];

// Beyond these, a window's days (or months) say less than its axis does: a
// picture of 15 years is "2009–2024", not "6 June 2009 – 11 November 2024".
const MONTHS_FROM = 4 * 31 * DAY;
const YEARS_FROM = 3 * 365 * DAY;

/** The first or last day of a window as a date of the given precision. */
function windowEnd(time: number, precision: 'year' | 'month' | 'day'): Pick<DatePoint, 'year' | 'month' | 'day'> {
  const date = new Date(time);
  return {
    year: date.getUTCFullYear(),
    month: precision === 'year' ? undefined : date.getUTCMonth() + 1,
    day: precision === 'day' ? date.getUTCDate() : undefined
  };
}

/**
 * The window's first and last days in the page's language, as the site writes
 * dates ("1–31 May 2023", "21 avril – 10 juin 2023", "21/4 – 10/6/2023"), at
 * the precision its length calls for: days, then months ("April – June 2023"),
 * then years ("2009–2024").
 */
export function windowSpanText(window: TimeWindow, lang: Lang): string {
  const length = window.to - window.from;
  const precision = length >= YEARS_FROM ? 'year' : length >= MONTHS_FROM ? 'month' : 'day';
  // The window's edges fall mid-day while zooming: the days they fall in are shown.
  const from = Math.floor(window.from / DAY) * DAY;
  const to = Math.max(from, Math.ceil(window.to / DAY) * DAY - DAY);
  // Vietnamese headings write dates the short way ("21/4/2023"): "ngày 21 tháng 4 – ngày 10 tháng 6 năm 2023" is a sentence.
  const style = lang === 'vi' ? 'short' : 'long';
  const join = separator(lang, style);
  const [a, b] = [from, to].map((time) => parts(windowEnd(time, precision) as DatePoint, lang, style));
  if (a.join(join) === b.join(join)) return a.join(join);
  const split = splitShared(a, b);
  const tail = split.tail.length ? join + split.tail.join(join) : '';
  return dash(split.a.join(join), split.b.join(join)) + tail;
}

/** The search and filters in words ("Only the events matching: “alvarez”, Visit, Health"), or null when nothing narrows. */
export function filtersText(data: TimelineData, lang: Lang, t: Translate, query: string, filters: Filters): string | null {
  const names = [
    ...(query ? [t('picture.query', { q: query })] : []),
    ...filters.kind.map((id) => t(`event.kind.${id}`)),
    ...filters.domain.map((id) => data.domains[id]?.label[lang] ?? id),
    ...filters.person.map((id) => data.people[id]?.name ?? id),
    ...filters.place.map((id) => data.places[id]?.name[lang] ?? id),
    ...filters.evidence.map((id) => t(`event.evidence.${id}`))
  ];
  return names.length ? t('picture.filters', { list: names.join(', ') }) : null;
}

/** Every word a picture of the view writes, in the page's language (see viewSvg). */
export function pictureTexts(data: TimelineData, lang: Lang, t: Translate, view: PictureView, qualifier: Qualifier): PictureTexts {
  return {
    title: data.meta.title[lang],
    secondTitle: view.second ? data.meta.title[view.second] : null,
    span: `${windowSpanText(view.window, lang)} · ${t('picture.events', { count: view.count })}`,
    filters: filtersText(data, lang, t, view.query, view.filters),
    legendTitle: t('timeline.legend.title'),
    kindName: (kind) => t(`event.kind.${kind}`),
    symbolName: (symbol) => t(`timeline.legend.${symbol}`),
    qualifier,
    source: t('site.sourcesFooter'),
    address: view.address
  };
}
