import timeline from 'virtual:timeline-data';
import { eventsCalendar } from '$lib/export/calendar';
import { buildCalendarOptions, downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

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
