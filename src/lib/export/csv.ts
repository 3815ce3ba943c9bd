// The browser build of csv-stringify's sync API: the package's default build
// reaches for Node's Buffer, and this one runs the same at build time (the
// static files) and in the browser (the download of what is on screen).
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { TimelineData, TimelineEvent } from '../data/model';
import { eventDateText } from '../timeline/eventText';
import { LANGS, type Lang } from '../timeline/types';
import { eventPath } from './addresses';
import { dateSpan, type DateSpan } from './dateSpan';
import { participantText, placePath, sourceLine } from './eventFacts';
import { pieceStarts } from './pieces';

/** One language's texts, or the three side by side (`title_fr`, `title_en`, `title_vi`…). */
export type CsvMode = Lang | 'multilingual';

export interface CsvOptions {
  /** The site's absolute address, for the `url` column. */
  site: string;
  /** Whether events have their own pages (eventPagesEnabled). */
  eventPages: boolean;
}

interface Row {
  event: TimelineEvent;
  span: DateSpan;
}

type Cell = (row: Row, data: TimelineData, options: CsvOptions) => string;
type TextCell = (row: Row, data: TimelineData, lang: Lang, options: CsvOptions) => string;

const flag = (value: boolean) => (value ? 'true' : 'false');
// Several values in one cell are one per line: spreadsheets show them as
// lines in the cell, and no separator character can clash with the text.
const lines = (values: readonly string[]) => values.join('\n');

/** Columns that read the same in every language, in file order. */
const SHARED: [string, Cell][] = [
  ['id', ({ event }) => event.id],
  ['kind', ({ event }) => event.kind],
  ['parent', ({ event }) => event.parent ?? ''],
  ['date_edtf', ({ span }) => span.edtf],
  ['date_type', ({ span }) => span.type],
  ['start', ({ span }) => span.start],
  ['end', ({ span }) => span.end ?? ''],
  ['precision', ({ span }) => span.precision],
  ['end_precision', ({ span }) => span.endPrecision ?? ''],
  ['approximate', ({ span }) => flag(span.approximate)],
  ['uncertain', ({ span }) => flag(span.uncertain)],
  ['inferred', ({ event }) => flag(event.inferred)],
  ['open_end', ({ span }) => flag(span.openEnd)],
  ['place_id', ({ event }) => event.place ?? ''],
  ['participant_ids', ({ event }) => lines(event.participants.map((p) => p.person))],
  ['domain_ids', ({ event }) => lines(event.domains)],
  ['evidence', ({ event }) => event.evidence],
  ['source_ids', ({ event }) => lines(event.sources)]
];

/** Columns written in a language: `title` in a one-language file, `title_fr`… in the multilingual one. */
const TEXTS: [string, TextCell][] = [
  ['date_text', ({ event }, _, lang) => eventDateText(event, lang)],
  ['date_note', ({ event }, _, lang) => event.dateNote?.[lang] ?? ''],
  ['title', ({ event }, _, lang) => event.title[lang]],
  ['summary', ({ event }, _, lang) => event.summary[lang]],
  ['notes', ({ event }, _, lang) => event.notes?.[lang] ?? ''],
  ['place', ({ event }, data, lang) => placePath(data, event.place, lang)],
  ['participants', ({ event }, data, lang) => lines(event.participants.map((p) => participantText(data, p, lang)))],
  ['domains', ({ event }, data, lang) => lines(event.domains.map((id) => data.domains[id]?.label[lang] ?? id))],
  ['sources', ({ event }, data, lang) => lines(event.sources.map((id) => (data.sources[id] ? sourceLine(data.sources[id], lang) : id)))],
  ['url', ({ event }, _, lang, options) => options.site + eventPath(lang, event.id, options.eventPages)]
];

interface Column {
  name: string;
  cell: Cell;
}

/** The columns of a CSV download, in order. */
export function csvColumns(mode: CsvMode): Column[] {
  const shared = SHARED.map(([name, cell]) => ({ name, cell }));
  const texts =
    mode === 'multilingual'
      ? TEXTS.flatMap(([name, cell]) =>
          LANGS.map((lang) => ({ name: `${name}_${lang}`, cell: ((row, data, options) => cell(row, data, lang, options)) as Cell }))
        )
      : TEXTS.map(([name, cell]) => ({ name, cell: ((row, data, options) => cell(row, data, mode, options)) as Cell }));
  return [...shared, ...texts];
}

/**
 * The events as CSV: a header row, then one row per event in the order
 * given, with RFC 4180 quoting and CRLF between records, UTF-8 with a byte
 * order mark so spreadsheet programs read Vietnamese right.
 */
export function eventsCsv(data: TimelineData, events: readonly TimelineEvent[], mode: CsvMode, options: CsvOptions): string {
  const columns = csvColumns(mode);
  const records = events.map((event) => {
    const row = { event, span: dateSpan(event.date) };
    return columns.map((column) => column.cell(row, data, options));
  });
  return stringify(records, {
    bom: true,
    header: true,
    columns: columns.map((column) => column.name),
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the delimiter, a quote or the
    // record delimiter; a lone line feed inside a cell must be quoted too.
    quoted_match: /[\r\n]/
  });
}

/**
 * eventsCsv's text in pieces of `perPiece` events, each made when it is asked
 * for: the build streams the download of 100,000 events (111 MB in three
 * languages), where the whole text, its rows and its bytes at once took a
 * gigabyte. Each record ends with its CRLF, so the pieces join to the text.
 * (A function of its own: eventsCsv, which the page also runs, stays as it was.)
 */
export function* eventsCsvPieces(
  data: TimelineData,
  events: readonly TimelineEvent[],
  mode: CsvMode,
  options: CsvOptions,
  perPiece = 1000
): Generator<string> {
  // The first piece carries the byte order mark and the header, even without events.
  for (const start of pieceStarts(events.length, perPiece, true)) {
    const text = eventsCsv(data, events.slice(start, start + perPiece), mode, options);
    yield start === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
  }
}
