import timeline from 'virtual:timeline-data';
import { deliver } from '$lib/data/delivery';
import { eventPagesEnabled, siteUrl } from '$lib/site';
import { LANGS, type Lang } from '$lib/timeline/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

// Runs at build time, like the language page; the embed's options are read
// from its address in the browser, since one prerendered page serves them all.
export const load: PageServerLoad = ({ params }) => ({
  ...deliver(timeline),
  lang: params.lang as Lang,
  siteUrl: siteUrl(),
  eventPages: eventPagesEnabled(timeline.events.length)
});
