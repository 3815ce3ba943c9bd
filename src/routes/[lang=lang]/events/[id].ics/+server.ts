import { error } from '@sveltejs/kit';
import timeline from 'virtual:timeline-data';
import { eventsCalendar } from '$lib/export/calendar';
import { buildCalendarOptions, downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// One file per event and language, beside the event's page and only when
// events have their own pages (EVENT_PAGES_MAX): thousands of files would
// multiply the site's size, and the whole calendar holds every event anyway.
export const entries: EntryGenerator = () =>
  eventPagesEnabled(timeline.events.length)
    ? LANGS.flatMap((lang) => timeline.events.map((event) => ({ lang, id: event.id })))
    : [];

/** One event as an all-day calendar entry, texts in the page's language. */
export const GET: RequestHandler = ({ params }) => {
  const event = timeline.events.find((e) => e.id === params.id);
  if (!event) error(404, 'No such event');
  return downloadResponse(
    eventsCalendar(timeline, [event], buildCalendarOptions(params.lang as Lang, siteUrl(), true)),
    'ics'
  );
};
