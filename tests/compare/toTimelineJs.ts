/**
 * Our compiled timeline as TimelineJS3's JSON (the format its `TL.Timeline`
 * takes): one slide per event, in one language, without media, each date
 * at the precision the data gives it. Used only by the comparison script.
 */
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { eventDateText } from '../../src/lib/timeline/eventText';
import type { DatePoint, Lang } from '../../src/lib/timeline/types';

/** A TimelineJS date: a year, and a month and day only when the source gives them. */
export interface TlDate {
  year: string;
  month?: string;
  day?: string;
}

/** A TimelineJS slide (see its API.md, "Event data format"). */
export interface TlEvent {
  unique_id: string;
  start_date: TlDate;
  end_date?: TlDate;
  /** Shown instead of the generated date, on the slide and its marker. */
  display_date: string;
  text: { headline: string; text: string };
}

export interface TlTimeline {
  title: { text: { headline: string; text: string } };
  events: TlEvent[];
}

/** Escapes text for HTML: TimelineJS reads headlines and texts as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One end of a date, no finer than the source knows it. */
export function tlDate(point: DatePoint): TlDate {
  const date: TlDate = { year: String(point.year) };
  if (point.precision !== 'year' && point.month) date.month = String(point.month);
  if (point.precision === 'day' && point.day) date.day = String(point.day);
  return date;
}

/**
 * One event as a slide. A range keeps its end; an open-ended period and a
 * single date have none (TimelineJS has no "ongoing"). The date as words
 * ("around 2022", "one day between 14 and 16 April 2024") goes into
 * `display_date`, as a newsroom would type it in the sheet's Display Date
 * column: TimelineJS has no other way to say a date is vague.
 */
export function toTlEvent(event: TimelineEvent, lang: Lang): TlEvent {
  const { start, end, openEnd } = event.date;
  const slide: TlEvent = {
    unique_id: event.id,
    start_date: tlDate(start),
    display_date: eventDateText(event, lang),
    text: { headline: escapeHtml(event.title[lang]), text: `<p>${escapeHtml(event.summary[lang])}</p>` }
  };
  if (end && !openEnd && end.iso !== start.iso) slide.end_date = tlDate(end);
  return slide;
}

/** The whole timeline in one language, with the title slide TimelineJS opens on. */
export function toTimelineJs(data: TimelineData, lang: Lang): TlTimeline {
  return {
    title: { text: { headline: escapeHtml(data.meta.title[lang]), text: `<p>${escapeHtml(data.meta.description[lang])}</p>` } },
    events: data.events.map((event) => toTlEvent(event, lang))
  };
}
