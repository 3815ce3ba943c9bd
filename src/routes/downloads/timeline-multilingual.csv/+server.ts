import timeline from 'virtual:timeline-data';
import { eventsCsv } from '$lib/export/csv';
import { downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every event as a CSV row, texts in French, English and Vietnamese side by side. */
export const GET: RequestHandler = () =>
  downloadResponse(
    eventsCsv(timeline, timeline.events, 'multilingual', { site: siteUrl(), eventPages: eventPagesEnabled(timeline.events.length) }),
    'csv'
  );
