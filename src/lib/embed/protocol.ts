/**
 * The messages an embed and its host page exchange with postMessage.
 * Version 1; static/embed.js speaks the same format without importing this
 * file (it has no build step), and the README documents it.
 *
 * embed → host: ready (once, when it takes commands), resize (its content
 * height, with automatic height only), select (the selected event changed).
 * host → embed: select (an event id, or null to close), language, filter
 * (a query and filters that replace the embed's).
 */
import { FILTER_GROUPS, type FilterGroup } from '../search/filters';
import { isLang } from '../timeline/lang';
import type { Lang } from '../timeline/types';
import { MAX_QUERY_LENGTH, cleanQuery } from '../timeline/urlState';

export const MESSAGE_SOURCE = 'mps-minint-timeline';
export const PROTOCOL_VERSION = 1;

interface Envelope {
  source: typeof MESSAGE_SOURCE;
  version: typeof PROTOCOL_VERSION;
}

export type EmbedMessage = Envelope &
  (
    | { type: 'ready'; lang: Lang }
    | { type: 'resize'; height: number }
    | { type: 'select'; event: string | null }
  );

/**
 * What a `filter` command asks for: a query and, per group, ids (an empty or
 * missing one clears that group). Ids the embed does not know are ignored.
 */
export type HostFilter = { q: string } & Record<FilterGroup, string[]>;

export type HostMessage = Envelope &
  (
    | { type: 'select'; event: string | null }
    | { type: 'language'; lang: Lang }
    | { type: 'filter'; filter: HostFilter }
  );

/** Longer ids, or heights beyond this, are not ours. */
const MAX_ID_LENGTH = 200;
/** More ids in one filter group are not a reader's choice. */
const MAX_FILTER_IDS = 200;
const MAX_HEIGHT = 100_000;

const envelope: Envelope = { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION };

/** embed → host: the content is now `height` px tall. */
export const resizeMessage = (height: number): EmbedMessage => ({ ...envelope, type: 'resize', height });
/** embed → host: the reader (or the host) selected this event, or closed it. */
export const selectedMessage = (event: string | null): EmbedMessage => ({ ...envelope, type: 'select', event });
/** embed → host: ready for commands, in this language. */
export const readyMessage = (lang: Lang): EmbedMessage => ({ ...envelope, type: 'ready', lang });
/** host → embed: select this event, or close the details with null. */
export const selectCommand = (event: string | null): HostMessage => ({ ...envelope, type: 'select', event });
/** host → embed: show the embed in this language. */
export const languageCommand = (lang: Lang): HostMessage => ({ ...envelope, type: 'language', lang });
/** host → embed: search for `q` among the events these filters leave (missing parts are empty). */
export const filterCommand = (filter: Partial<HostFilter>): HostMessage => ({
  ...envelope,
  type: 'filter',
  filter: { q: filter.q ?? '', ...Object.fromEntries(FILTER_GROUPS.map((group) => [group, [...(filter[group] ?? [])]])) } as HostFilter
});

/** A plain object with exactly these keys, carrying our source and version. */
function ours(data: unknown, keys: string[]): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = data as Record<string, unknown>;
  const own = Object.keys(record);
  return (
    own.length === keys.length + 3 &&
    ['source', 'version', 'type', ...keys].every((key) => Object.hasOwn(record, key)) &&
    record.source === MESSAGE_SOURCE &&
    record.version === PROTOCOL_VERSION
  );
}

const isEventId = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_FILTER_IDS && value.every((id) => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH);

/** A filter command's `filter`: a plain object with only `q` (text) and group keys (lists of ids), each optional; else null. */
function parseFilter(value: unknown): HostFilter | null {
  if (!isPlainObject(value)) return null;
  const keys = Object.keys(value);
  if (!keys.every((key) => key === 'q' || (FILTER_GROUPS as readonly string[]).includes(key))) return null;
  const { q } = value;
  if (q !== undefined && (typeof q !== 'string' || q.length > 10 * MAX_QUERY_LENGTH)) return null;
  if (!FILTER_GROUPS.every((group) => value[group] === undefined || isIdList(value[group]))) return null;
  const ids = (group: FilterGroup) => [...new Set(value[group] as string[] | undefined)].sort();
  return { q: cleanQuery(q ?? ''), ...Object.fromEntries(FILTER_GROUPS.map((group) => [group, ids(group)])) } as HostFilter;
}

/** A message from the host, checked key by key; anything else is null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (ours(data, ['event']) && data.type === 'select' && isEventId(data.event)) return selectCommand(data.event);
  if (ours(data, ['lang']) && data.type === 'language' && isLang(data.lang)) return languageCommand(data.lang);
  if (ours(data, ['filter']) && data.type === 'filter') {
    const filter = parseFilter(data.filter);
    return filter ? filterCommand(filter) : null;
  }
  return null;
}

/** A message from an embed, checked key by key; anything else is null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (ours(data, ['height']) && data.type === 'resize') {
    const { height } = data;
    return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT
      ? resizeMessage(height)
      : null;
  }
  if (ours(data, ['event']) && data.type === 'select' && isEventId(data.event)) return selectedMessage(data.event);
  if (ours(data, ['lang']) && data.type === 'ready' && isLang(data.lang)) return readyMessage(data.lang);
  return null;
}

/**
 * Whether the embed takes a message: it must come from the page that frames
 * it, and from `origin` when the host script named one.
 */
export function acceptsHostMessage(
  message: { source: unknown; origin: string },
  parent: unknown,
  origin: string | null
): boolean {
  return parent !== null && message.source === parent && (origin === null || message.origin === origin);
}
