import type { TimelineData } from '../data/model';
import type { Translate } from '../i18n/createTranslator';
import type { Filters } from '../search/facets';
import type { TimeWindow } from '../timeline/timeWindow';
import type { Lang } from '../timeline/types';
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

/** "1–31 May 2023", "12 Oct 2022 – 16 May 2023": the window's first and last days, in the page's language. */
export function windowSpanText(window: TimeWindow, lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // The window's edges fall mid-day while zooming: the days they fall in are shown.
  const from = new Date(Math.floor(window.from / DAY) * DAY);
  const to = new Date(Math.max(from.getTime(), Math.ceil(window.to / DAY) * DAY - DAY));
  return format.formatRange(from, to);
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
