import { error } from '@sveltejs/kit';
import timeline from 'virtual:timeline-data';
import { dataFileBody, dataFileName, isFetched } from '$lib/data/delivery';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// The whole timeline as one file, for pages too large to inline it (see delivery.ts).
export const entries: EntryGenerator = () => (isFetched(timeline) ? [{ file: dataFileName(timeline) }] : []);

export const GET: RequestHandler = ({ params }) => {
  if (!isFetched(timeline) || params.file !== dataFileName(timeline)) error(404, 'No such data file');
  return new Response(dataFileBody(timeline), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
