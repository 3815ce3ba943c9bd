import { error } from '@sveltejs/kit';
import timeline from 'virtual:timeline-data';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  eventPagesEnabled(timeline.events.length)
    ? LANGS.flatMap((lang) => timeline.events.map((event) => ({ lang, id: event.id })))
    : [];

export const load: PageServerLoad = ({ params }) => {
  if (!timeline.events.some((event) => event.id === params.id)) error(404, 'No such event');
  return { timeline, lang: params.lang as Lang, eventId: params.id, siteUrl: siteUrl(), eventPages: true };
};
