import { DOWNLOADS } from '$lib/export/addresses';
import { exportJsonSchema } from '$lib/export/exportSchema';
import { downloadResponse } from '$lib/export/responses';
import { siteUrl } from '$lib/site';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The JSON Schema (draft 2020-12) of /downloads/timeline.json, generated from its zod schema. */
export const GET: RequestHandler = () =>
  downloadResponse(`${JSON.stringify(exportJsonSchema(siteUrl() + DOWNLOADS.schema), null, 2)}\n`, 'json');
