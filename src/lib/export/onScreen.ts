import type { TimelineData, TimelineEvent } from '../data/model';
import type { Lang } from '../timeline/types';
import { eventsCsv, type CsvMode } from './csv';
import { exportJsonText, toExportRecord, type ExportView } from './exportRecord';
import { viewFileStem } from './viewFiles';

export { eventsOnScreen, viewFileStem } from './viewFiles';

// "What is on screen now" as files, made in the browser: the events of the
// current view (filters and window) as CSV or JSON, in the same shapes as
// the static downloads. Load it on demand, `await import('$lib/export/onScreen')`,
// so the CSV writer is fetched only by readers who ask for a file.

/** A file ready to save: its suggested name, MIME type and content. */
export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export interface OnScreenInput {
  data: TimelineData;
  /** The events the view shows, in time order (see eventsOnScreen). */
  events: readonly TimelineEvent[];
  lang: Lang;
  /** The site's absolute address (location.origin in the browser). */
  site: string;
  /** Whether events have their own pages (the page's eventPages). */
  eventPages: boolean;
  /** The view: its address, window and filters, written into the JSON and the file name. */
  view: ExportView;
}

/** The view's events as CSV, in the page's language or in the three (`mode`). */
export function onScreenCsv(input: OnScreenInput, mode: CsvMode = input.lang): DownloadFile {
  return {
    name: `${viewFileStem(mode, input.view)}.csv`,
    type: 'text/csv;charset=utf-8',
    text: eventsCsv(input.data, input.events, mode, { site: input.site, eventPages: input.eventPages })
  };
}

/** The view's events, and what they refer to, as JSON in the shape of the static download (with `meta.view` set). */
export function onScreenJson(input: OnScreenInput, generated = new Date()): DownloadFile {
  const record = toExportRecord(input.data, {
    site: input.site,
    eventPages: input.eventPages,
    events: input.events,
    view: input.view,
    generated
  });
  return { name: `${viewFileStem(input.lang, input.view)}.json`, type: 'application/json', text: exportJsonText(record) };
}

/** A file as a Blob, to save through an object URL. */
export function fileBlob(file: DownloadFile): Blob {
  return new Blob([file.text], { type: file.type });
}
