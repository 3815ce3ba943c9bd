import timeline from 'virtual:timeline-data';
import { eventsCsvPieces } from '$lib/export/csv';
import { downloadStreamResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every event as a CSV row, texts in French, English and Vietnamese side by side (streamed: 111 MB at 100,000 events). */
export const GET: RequestHandler = () =>
  downloadStreamResponse(
    eventsCsvPieces(timeline, timeline.events, 'multilingual', { site: siteUrl(), eventPages: eventPagesEnabled(timeline.events.length) }),
    'csv'
  );
