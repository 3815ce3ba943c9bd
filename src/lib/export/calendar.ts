import ical, { ICalEventTransparency } from 'ical-generator';
import type { TimelineData, TimelineEvent } from '../data/model';
import type { Translate } from '../i18n/translator';
import { eventDateText } from '../timeline/eventText';
import { labelled } from '../timeline/sourceText';
import type { Lang, Precision } from '../timeline/types';
import { eventPath } from './addresses';
import { participantText, placePath, sourceLine } from './eventFacts';

// iCalendar (RFC 5545) files, made at build time with ical-generator, which
// folds lines at 75 octets (the `ics` package folds at 75 characters, which
// Vietnamese text overruns). Events are all-day and their dates floating:
// a day in the record is that calendar day wherever the reader is.

export interface CalendarOptions {
  lang: Lang;
  /** The interface strings of `lang`. */
  t: Translate;
  /** The site's absolute address (siteUrl()). */
  site: string;
  /** Whether events have their own pages (eventPagesEnabled), for their addresses. */
  eventPages: boolean;
  /** DTSTAMP: when the file is made; defaults to now. */
  stamp?: Date;
}

/** The days an event's calendar entry covers: UTC ms at midnight, start inclusive, end exclusive (as DTEND). */
export function calendarSpan(event: TimelineEvent): { start: number; end: number } {
  const { start, end, openEnd } = event.date;
  // An open period shows only its start (the day, month or year its start
  // names): running it up to today would claim what no source states.
  if (openEnd || !end) return { start: start.start, end: start.end };
  return { start: start.start, end: end.end };
}

const COARSENESS: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** What the entry's span means when the sources give less than days, or hedge; in the reader's language. */
export function dateCaveats(event: TimelineEvent, lang: Lang, t: Translate): string[] {
  const { date } = event;
  const ends = date.openEnd || !date.end ? [date.start] : [date.start, date.end];
  const coarsest = ends.map((p) => p.precision).reduce((a, b) => (COARSENESS[b] > COARSENESS[a] ? b : a));
  const single = ends.length === 1 || date.start.iso === date.end?.iso;
  const caveats: string[] = [];
  if (coarsest === 'year') caveats.push(t(single ? 'calendar.precisionYear' : 'calendar.precisionYears'));
  if (coarsest === 'month') caveats.push(t(single ? 'calendar.precisionMonth' : 'calendar.precisionMonths'));
  if (date.kind === 'oneOf') caveats.push(t('calendar.oneOf'));
  if (date.openEnd) caveats.push(t('calendar.openEnd'));
  if (ends.some((p) => p.approximate)) caveats.push(t('calendar.approximate'));
  if (ends.some((p) => p.uncertain)) caveats.push(t('calendar.uncertain'));
  if (event.inferred && event.dateNote) caveats.push(t('calendar.inferred', { note: event.dateNote[lang] }));
  return caveats;
}

/** The entry's description: what happened, when and how surely, where, who, the sources and the event's address. */
export function calendarDescription(
  event: TimelineEvent,
  data: TimelineData,
  options: CalendarOptions,
  parentOf: (id: string) => TimelineEvent | undefined = (id) => data.events.find((e) => e.id === id)
): string {
  const { lang, t } = options;
  const parent = event.parent ? parentOf(event.parent) : undefined;
  const sources = event.sources.map((id) => data.sources[id]).filter(Boolean);
  const paragraphs = [
    event.summary[lang],
    [labelled(t('event.when'), eventDateText(event, lang), lang), ...dateCaveats(event, lang, t)].join('\n'),
    event.place ? labelled(t('event.where'), placePath(data, event.place, lang), lang) : '',
    event.participants.length
      ? labelled(t('event.who'), event.participants.map((p) => participantText(data, p, lang)).join('; '), lang)
      : '',
    parent ? labelled(t('event.partOf'), parent.title[lang], lang) : '',
    [labelled(t('event.sources'), '', lang).trimEnd(), ...sources.map((source) => `- ${sourceLine(source, lang)}`)].join('\n'),
    t('calendar.onTimeline', { url: options.site + eventPath(lang, event.id, options.eventPages) })
  ];
  return paragraphs.filter(Boolean).join('\n\n');
}

/** The host part of the site's address, for stable UIDs (`<event id>@<host>`). */
function uidHost(site: string): string {
  return new URL(site).hostname;
}

/**
 * An iCalendar file of `events`, titles and descriptions in `options.lang`:
 * one all-day VEVENT per event, its UID `<id>@<site host>` (the same in every
 * language and every file, so a calendar updates an entry rather than
 * doubling it), marked transparent (a past event does not make anyone busy).
 */
export function eventsCalendar(data: TimelineData, events: readonly TimelineEvent[], options: CalendarOptions): string {
  const { lang, t, site } = options;
  const stamp = options.stamp ?? new Date();
  const calendar = ical({
    prodId: { company: uidHost(site), product: 'timeline', language: lang.toUpperCase() },
    name: data.meta.title[lang],
    description: data.meta.description[lang],
    url: `${site}/${lang}`
  });
  // Milestones name their parent: looked up by id, not by a scan per event.
  const byId = new Map(data.events.map((event) => [event.id, event]));
  for (const event of events) {
    const span = calendarSpan(event);
    calendar.createEvent({
      id: `${event.id}@${uidHost(site)}`,
      allDay: true,
      start: new Date(span.start),
      end: new Date(span.end),
      stamp,
      summary: event.title[lang],
      description: calendarDescription(event, data, options, (id) => byId.get(id)),
      location: event.place ? placePath(data, event.place, lang) : null,
      url: site + eventPath(lang, event.id, options.eventPages),
      categories: [{ name: t(`event.kind.${event.kind}`) }],
      transparency: ICalEventTransparency.TRANSPARENT
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
