import timeline from 'virtual:timeline-data';
import { eventsCsv } from '$lib/export/csv';
import { downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** Every event as a CSV row, texts in one language. */
export const GET: RequestHandler = ({ params }) =>
  downloadResponse(
    eventsCsv(timeline, timeline.events, params.lang as Lang, {
      site: siteUrl(),
      eventPages: eventPagesEnabled(timeline.events.length)
    }),
    'csv'
  );
