import { FILTER_GROUPS, NO_FILTERS, type FilterGroup, type Filters } from '../search/filters';
import { LANGS, type Lang } from './types';

/** What a shared link restores: the open event, the visible window (UTC ms) and the second language. */
export interface ViewState {
  event: string | null;
  from: number | null;
  to: number | null;
  second: Lang | null;
  /** The events shown as a list instead of the timeline (`view=list`). */
  list: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Shorter windows show nothing a person would want to share, and such links
// are more likely typos than intent.
const MIN_WINDOW = HOUR;
// Wide enough for any zoom-out a person can reach, narrow enough to turn away
// a mistyped year such as 20023.
const BOUNDS_MARGIN = 100 * 365.25 * DAY;
const DAY_RESOLUTION_FROM = 2 * DAY;

// A UTC calendar day, optionally with a time. Z may be left off because every
// time in the timeline is UTC; a person trimming a link should not lose it.
const URL_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?$/;

/** UTC ms of a `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss[.sss]]Z` text, or null when it names no real instant. */
export function parseUrlDate(text: string): number | null {
  const match = URL_DATE.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millisecond = Number((match[7] ?? '').padEnd(3, '0'));
  // Date.UTC maps years below 100 to the 1900s; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  // Date rolls 2023-02-30 over to March; reading the fields back catches it.
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return real ? date.getTime() : null;
}

/** `ms` as `YYYY-MM-DD` (day) or `YYYY-MM-DDTHH:mmZ` (minute), dropping finer parts; null outside years 0–9999. */
export function formatUrlDate(ms: number, resolution: 'day' | 'minute'): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return null;
  const iso = date.toISOString();
  return resolution === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** The event id when the timeline knows it, else null. */
function parseEvent(value: string | null, eventIds: Pick<ReadonlySet<string>, 'has'>): string | null {
  return value !== null && eventIds.has(value) ? value : null;
}

/** The second language when it is one of ours and not the page's own, else null. */
function parseSecond(value: string | null, pageLang: Lang): Lang | null {
  const lang = (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : null;
  return lang === pageLang ? null : lang;
}

/** A window at least an hour wide near the data, or [null, null]: half a window is no window. */
function parseWindow(
  fromText: string | null,
  toText: string | null,
  bounds: { min: number; max: number }
): [number, number] | [null, null] {
  const from = fromText === null ? null : parseUrlDate(fromText);
  const to = toText === null ? null : parseUrlDate(toText);
  if (from === null || to === null) return [null, null];
  if (!(to - from >= MIN_WINDOW)) return [null, null];
  if (!(from >= bounds.min - BOUNDS_MARGIN && to <= bounds.max + BOUNDS_MARGIN)) return [null, null];
  return [from, to];
}

/** Read a view from the query string; anything unknown or malformed becomes null, and it never throws. */
export function parseViewState(
  params: URLSearchParams,
  known: { eventIds: Pick<ReadonlySet<string>, 'has'>; lang: Lang; bounds: { min: number; max: number } }
): ViewState {
  const [from, to] = parseWindow(params.get('from'), params.get('to'), known.bounds);
  return {
    event: parseEvent(params.get('event'), known.eventIds),
    from,
    to,
    second: parseSecond(params.get('second'), known.lang),
    list: params.get('view') === 'list'
  };
}

/**
 * The window's ends as URL texts: whole days when it spans two days or more,
 * else minutes. Ends are rounded outward so the restored view still shows
 * everything the shared one did. Null unless both ends are finite.
 */
function formatWindow(from: number | null, to: number | null): [string, string] | null {
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const resolution = to - from >= DAY_RESOLUTION_FROM ? 'day' : 'minute';
  const unit = resolution === 'day' ? DAY : MINUTE;
  const fromText = formatUrlDate(Math.floor(from / unit) * unit, resolution);
  const toText = formatUrlDate(Math.ceil(to / unit) * unit, resolution);
  return fromText === null || toText === null ? null : [fromText, toText];
}

/**
 * Write a view as query parameters (event, from, to, second, view), leaving
 * out nulls and the default timeline view. The window is written only with both ends, rounded outward to whole
 * days (windows of two days or more) or minutes.
 */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.event !== null) params.set('event', state.event);
  const ends = formatWindow(state.from, state.to);
  if (ends) {
    params.set('from', ends[0]);
    params.set('to', ends[1]);
  }
  if (state.second !== null) params.set('second', state.second);
  if (state.list) params.set('view', 'list');
  return params;
}

// ---- Search and filters (issue 13) ------------------------------------------

/** What a link restores of a search: the query and the chosen ids of each filter group. */
export interface SearchState {
  /** The query as the reader typed it, spaces collapsed; '' for none. */
  q: string;
  filters: Filters;
}

export const NO_SEARCH: SearchState = Object.freeze({ q: '', filters: NO_FILTERS });

/** Longer queries are cut: no reader types more, and a link must stay a link. */
export const MAX_QUERY_LENGTH = 200;
/** More ids than this in one group are ignored (there are a handful of kinds, domains and places). */
const MAX_FILTER_IDS = 200;
const MAX_ID_LENGTH = 200;
// Control characters (and the replacement character a bad percent-escape decodes to) are never typed.
const UNTYPED = /[\p{Cc}\p{Cf}\ufffd]/gu;

/** A query as the view keeps it: no control characters, spaces collapsed and trimmed, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(text: string): string {
  const clean = text.replace(UNTYPED, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points, so a character outside the BMP is not split in half.
  const chars = Array.from(clean);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trimEnd() : clean;
}

/** The ids each filter group accepts. */
export type SearchKnown = Record<Exclude<FilterGroup, 'evidence'>, Pick<ReadonlySet<string>, 'has'>>;

const EVIDENCE_IDS: ReadonlySet<string> = new Set(['primary', 'context']);

/** The known ids of one group, from every value of the parameter (comma-separated, or repeated as a form sends them), sorted and once each. */
function parseIds(values: string[], known: Pick<ReadonlySet<string>, 'has'>): string[] {
  const ids = new Set<string>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const id = part.trim();
      if (id && id.length <= MAX_ID_LENGTH && known.has(id)) ids.add(id);
      if (ids.size >= MAX_FILTER_IDS) break;
    }
  }
  return [...ids].sort();
}

/**
 * Read the query (`q`) and the filters (`kind`, `domain`, `person`, `place`,
 * `evidence`, comma-separated ids) from the query string. Unknown ids are
 * dropped, malformed values ignored; it never throws.
 */
export function parseSearchState(params: URLSearchParams, known: SearchKnown): SearchState {
  const groups = { ...known, evidence: EVIDENCE_IDS };
  const filters = Object.fromEntries(
    FILTER_GROUPS.map((group) => [group, parseIds(params.getAll(group), groups[group])])
  ) as unknown as Filters;
  return { q: cleanQuery(params.get('q') ?? ''), filters };
}

/**
 * Write a search into `params` (a new set by default): `q` when there is a
 * query, then each filter group with choices as comma-separated ids.
 */
export function serializeSearchState(state: SearchState, params = new URLSearchParams()): URLSearchParams {
  const q = cleanQuery(state.q);
  if (q) params.set('q', q);
  for (const group of FILTER_GROUPS) {
    if (state.filters[group].length) params.set(group, state.filters[group].join(','));
  }
  return params;
}

/** A query string with its commas unescaped: `kind=visit,talks` reads better than `kind=visit%2Ctalks` and means the same. */
export const readableQuery = (params: URLSearchParams): string => params.toString().replace(/%2C/gi, ',');
