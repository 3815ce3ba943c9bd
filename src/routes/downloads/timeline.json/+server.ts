import timeline from 'virtual:timeline-data';
import { exportJsonText, toExportRecord } from '$lib/export/exportRecord';
import { downloadResponse } from '$lib/export/responses';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The whole compiled record as JSON (src/lib/export/exportSchema.ts documents its shape). */
export const GET: RequestHandler = () =>
  downloadResponse(
    exportJsonText(toExportRecord(timeline, { site: siteUrl(), eventPages: eventPagesEnabled(timeline.events.length) })),
    'json'
  );
