import type { Place, Source, TimelineData, TimelineEvent } from '../data/model';
import { eventDateText } from '../timeline/eventText';
import { LANGS, type Lang, type Translated } from '../timeline/types';
import { DOWNLOADS, eventPath } from './addresses';
import { dateSpan } from './dateSpan';
import { EXPORT_FORMAT, EXPORT_VERSION } from './exportFormat';
import type { ExportEvent, ExportRecord } from './exportSchema';
import { pieceStarts } from './pieces';

/** The view a download of "what is on screen" was taken from. */
export interface ExportView {
  /** The address of the view (language, event, window, filters). */
  url: string;
  /** The visible window as ISO days (`to` inclusive), or null. */
  from: string | null;
  to: string | null;
  /** The view's filters by name, e.g. `{ domain: 'health' }`. */
  filters: Record<string, string>;
}

export interface ExportOptions {
  /** The site's absolute address, without a trailing slash (siteUrl()). */
  site: string;
  /** Whether events have their own pages (eventPagesEnabled), for their addresses. */
  eventPages: boolean;
  /** When the file is made; defaults to now. */
  generated?: Date;
  /** Only these events (what is on screen), with only what they refer to; default: the whole timeline. */
  events?: readonly TimelineEvent[];
  /** The view `events` were taken from. */
  view?: ExportView | null;
}

const translatedOf = (make: (lang: Lang) => string): Translated =>
  Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Translated;

/** One event as the JSON download writes it; `kept`: the ids of the events written, the only children it names. */
export function exportEvent(event: TimelineEvent, kept: Set<string>, options: ExportOptions): ExportEvent {
  return {
    id: event.id,
    kind: event.kind,
    date: {
      ...dateSpan(event.date),
      text: translatedOf((lang) => eventDateText(event, lang)),
      label: event.dateLabel ?? null,
      inferred: event.inferred,
      note: event.dateNote ?? null
    },
    parent: event.parent,
    children: event.children.filter((id) => kept.has(id)),
    place: event.place ?? null,
    participants: event.participants.map((p) => ({ person: p.person, title: p.title ?? null })),
    domains: [...event.domains],
    title: event.title,
    summary: event.summary,
    notes: event.notes ?? null,
    sources: [...event.sources],
    evidence: event.evidence,
    urls: translatedOf((lang) => options.site + eventPath(lang, event.id, options.eventPages))
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The places events name, and the places those lie within. */
function placesNamed(events: readonly TimelineEvent[], places: Record<string, Place>): Place[] {
  const found = new Map<string, Place>();
  for (const event of events) {
    for (let at = places[event.place ?? '']; at && !found.has(at.id); at = places[at.within ?? '']) found.set(at.id, at);
  }
  return [...found.values()];
}

function exportSource(source: Source) {
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title,
    date: dateSpan(source.date),
    language: source.language,
    url: source.url ?? null,
    note: source.note ?? null
  };
}

/**
 * The compiled timeline in the documented, versioned shape of the JSON
 * download (exportSchema.ts): every date as EDTF and ISO days, every
 * reference by id, lists sorted by id. With `options.events`, only those
 * events and what they refer to.
 */
export function toExportRecord(data: TimelineData, options: ExportOptions): ExportRecord {
  const subset = options.events !== undefined;
  const events = options.events ?? data.events;
  const kept = new Set(events.map((event) => event.id));
  const referenced = (ids: (event: TimelineEvent) => readonly string[]) => new Set(events.flatMap(ids));
  const personIds = referenced((e) => e.participants.map((p) => p.person));
  const sourceIds = referenced((e) => e.sources);
  const domainIds = referenced((e) => e.domains);
  const pick = <T extends { id: string }>(all: Record<string, T>, ids: Set<string>) =>
    Object.values(all).filter((item) => !subset || ids.has(item.id)).sort(byId);

  return {
    $schema: options.site + DOWNLOADS.schema,
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    meta: {
      title: data.meta.title,
      description: data.meta.description,
      site: options.site,
      languages: [...LANGS],
      generated: (options.generated ?? new Date()).toISOString(),
      eventCount: events.length,
      totalEvents: data.total ?? data.events.length,
      view: options.view ?? null
    },
    events: events.map((event) => exportEvent(event, kept, options)),
    people: pick(data.people, personIds).map(({ id, name, country }) => ({ id, name, country })),
    places: (subset ? placesNamed(events, data.places) : Object.values(data.places))
      .sort(byId)
      .map((place) => ({ id: place.id, name: place.name, country: place.country, within: place.within ?? null })),
    sources: pick(data.sources, sourceIds).map(exportSource),
    domains: pick(data.domains, domainIds).map(({ id, label }) => ({ id, label }))
  };
}

/** Above this many events the JSON is written without indentation (a third smaller). */
export const JSON_INDENT_MAX = 1000;

/** The JSON download as text: indented for readers who open it, compact for a large timeline. */
export function exportJsonText(record: ExportRecord): string {
  return `${JSON.stringify(record, null, record.events.length <= JSON_INDENT_MAX ? 2 : undefined)}\n`;
}

/**
 * exportJsonText(toExportRecord(data, options)) for the whole timeline, in
 * pieces of `perPiece` events, each made when it is asked for: the build
 * streams the download of 100,000 events (139 MB), where the record, its
 * text and its bytes at once took a gigabyte. A small (indented) record comes
 * in one piece. (A function of its own: toExportRecord, which the page also
 * runs, stays as it was.)
 */
export function* exportJsonPieces(data: TimelineData, options: Omit<ExportOptions, 'events'>, perPiece = 1000): Generator<string> {
  const { events } = data;
  if (events.length <= JSON_INDENT_MAX) {
    yield exportJsonText(toExportRecord(data, { ...options, events: undefined }));
    return;
  }
  // The record without its events: with no events picked it names every
  // person, place, source and domain, as the whole record does.
  const shell = toExportRecord({ ...data, events: [], total: data.total ?? events.length }, { ...options, events: undefined });
  shell.meta.eventCount = events.length;
  const kept = new Set(events.map((event) => event.id));
  // JSON.stringify writes an object as its members in order, joined by commas,
  // and an array as its items so: the members before `events`, its items
  // piece by piece, then the members after, make the same text.
  const members = Object.entries(shell);
  const at = members.findIndex(([name]) => name === 'events');
  const before = JSON.stringify(Object.fromEntries(members.slice(0, at))).slice(1, -1);
  const after = JSON.stringify(Object.fromEntries(members.slice(at + 1))).slice(1, -1);
  yield `{${before}${before && ','}"events":[`;
  for (const start of pieceStarts(events.length, perPiece)) {
    const items = events.slice(start, start + perPiece).map((event) => JSON.stringify(exportEvent(event, kept, options)));
    yield (start > 0 ? ',' : '') + items.join(',');
  }
  yield `]${after && ','}${after}}\n`;
}
