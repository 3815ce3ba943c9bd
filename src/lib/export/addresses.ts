import type { Lang } from '../timeline/types';

/**
 * The stable addresses of the downloads made at build time. Routes, the
 * footer, the tests and the README all take them from here, so a link can
 * never point where no file is.
 */
export const DOWNLOADS = {
  /** The whole compiled record (see exportSchema.ts). */
  json: '/downloads/timeline.json',
  /** The JSON Schema of that record. */
  schema: '/downloads/timeline.schema.json',
  /** One row per event, texts in one language. */
  csv: (lang: Lang) => `/downloads/timeline-${lang}.csv`,
  /** One row per event, texts in the three languages side by side. */
  multilingualCsv: '/downloads/timeline-multilingual.csv',
  /** Every event as an all-day calendar entry, texts in one language. */
  calendar: (lang: Lang) => `/downloads/timeline-${lang}.ics`,
  /** One event as a calendar entry (only while events have their own pages: see eventPagesEnabled). */
  eventCalendar: (lang: Lang, id: string) => `/${lang}/events/${id}.ics`
} as const;

/** An event's address on the site: its own page, or the language page opened on it when events have none. */
export function eventPath(lang: Lang, id: string, eventPages: boolean): string {
  return eventPages ? `/${lang}/events/${id}` : `/${lang}?event=${encodeURIComponent(id)}`;
}
