import timeline from 'virtual:timeline-data';
import { deliver } from '$lib/data/delivery';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

// Runs at build time: the validated data is inlined in each prerendered
// page, or a preview of it when it is large (see delivery.ts).
export const load: PageServerLoad = ({ params }) => ({
  ...deliver(timeline),
  lang: params.lang as Lang,
  siteUrl: siteUrl(),
  eventPages: eventPagesEnabled(timeline.events.length)
});
