import timeline from 'virtual:timeline-data';
import { exportJsonPieces } from '$lib/export/exportRecord';
import { downloadStreamResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The whole compiled record as JSON (src/lib/export/exportSchema.ts documents its shape), streamed: 139 MB at 100,000 events. */
export const GET: RequestHandler = () =>
  downloadStreamResponse(
    exportJsonPieces(timeline, { site: siteUrl(), eventPages: eventPagesEnabled(timeline.events.length) }),
    'json'
  );
