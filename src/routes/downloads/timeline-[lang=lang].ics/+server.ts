import timeline from 'virtual:timeline-data';
import { eventsCalendar } from '$lib/export/calendar';
import { buildCalendarOptions, downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Made while events have their own pages (EVENT_PAGES_MAX, default 500), as
// the per-event files are: a calendar of thousands of entries is of no use in
// a calendar program, and each entry costs about half a millisecond per
// language to write (ical-generator folds lines character by character).
export const entries: EntryGenerator = () => (eventPagesEnabled(timeline.events.length) ? LANGS.map((lang) => ({ lang })) : []);

/** Every event as an all-day calendar entry, texts in one language. */
export const GET: RequestHandler = ({ params }) =>
  downloadResponse(
    eventsCalendar(
      timeline,
      timeline.events,
      buildCalendarOptions(params.lang as Lang, siteUrl(), eventPagesEnabled(timeline.events.length))
    ),
    'ics'
  );
