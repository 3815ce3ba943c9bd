import { resources } from '../i18n/resources';
import { createTranslator } from '../i18n/createTranslator';
import type { Lang } from '../timeline/types';
import type { CalendarOptions } from './calendar';

/** The MIME types of the downloads, as the build writes them and a server should send them. */
export const DOWNLOAD_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8'
} as const;

/** A download as a response of a prerendered route. */
export function downloadResponse(body: string, type: keyof typeof DOWNLOAD_TYPES): Response {
  return new Response(body, { headers: { 'content-type': DOWNLOAD_TYPES[type] } });
}

/**
 * A download as a response whose body is written piece by piece as it is
 * read (see eventsCsvPieces): the whole text need never be in memory at once.
 * Each piece is encoded on its own, so none may end inside a surrogate pair:
 * the pieces are whole events.
 */
export function downloadStreamResponse(pieces: Iterable<string>, type: keyof typeof DOWNLOAD_TYPES): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      iterator.return?.();
    }
  });
  return new Response(body, { headers: { 'content-type': DOWNLOAD_TYPES[type] } });
}

/** Calendar options for a build-time calendar in `lang`, with that language's strings. */
export function buildCalendarOptions(lang: Lang, site: string, eventPages: boolean): CalendarOptions {
  return { lang, t: createTranslator(lang, resources[lang]), site, eventPages };
}
