import type { Subset } from '../data/subsetTimeline';
import {
  NO_SEARCH,
  parseSearchState,
  parseViewState,
  readableQuery,
  serializeSearchState,
  serializeViewState,
  type SearchKnown,
  type SearchState,
  type ViewState
} from '../timeline/urlState';
import type { Lang } from '../timeline/types';

/** light or dark, or `auto`: follow the reader's system. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** `auto`: the embed reports its height and the host script sizes the frame; a number: fixed, in px. */
export type EmbedHeight = 'auto' | number;

/** What an embed shows and how, read from its address. */
export interface EmbedOptions {
  /** The selected event, the window and the second language, as on the full page. */
  view: ViewState;
  /** The query and filters it opens with (`q`, `kind`, `domain`, `person`, `place`, `evidence`), as on the full page. */
  search: SearchState;
  /** Only these events, or all of them. */
  subset: Subset | null;
  theme: EmbedTheme;
  /** Whether the details of the selected event show below the axis. */
  details: boolean;
  height: EmbedHeight;
  /** Whether the compact language switch shows. */
  langs: boolean;
  /** Whether the timeline's title shows above it (off by default: the host page has its own). */
  title: boolean;
  /** Whether the Download / Share menu shows (data, image, link, citation). */
  share: boolean;
  /** The host page's origin, set by the host script; commands from any other origin are ignored. */
  origin: string | null;
}

/** What the options are checked against. */
export interface EmbedKnown {
  eventIds: ReadonlySet<string>;
  domainIds: ReadonlySet<string>;
  lang: Lang;
  bounds: { min: number; max: number };
  /** The ids each filter group accepts; without it, only `domainIds` (for `domain`) are known. */
  search?: Partial<SearchKnown>;
}

export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 2000;

export const EMBED_DEFAULTS: EmbedOptions = {
  view: { event: null, from: null, to: null, second: null, list: false },
  search: NO_SEARCH,
  subset: null,
  theme: 'auto',
  details: true,
  height: 'auto',
  langs: true,
  title: false,
  share: true,
  origin: null
};

/** The query parameters an embed keeps in its address besides the view's (event, from, to, second). */
export const EMBED_PARAMS = ['domain', 'parent', 'theme', 'details', 'height', 'langs', 'title', 'share', 'origin'] as const;

function parseFlag(value: string | null, fallback: boolean): boolean {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return fallback;
}

function parseTheme(value: string | null): EmbedTheme {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : EMBED_DEFAULTS.theme;
}

function parseHeight(value: string | null): EmbedHeight {
  const match = /^(\d{1,4})(?:px)?$/.exec(value ?? '');
  const px = match ? Number(match[1]) : NaN;
  return px >= MIN_HEIGHT && px <= MAX_HEIGHT ? px : 'auto';
}

/** An http(s) origin written as one (no path, query, fragment or credentials), normalised; else null. */
export function parseOrigin(value: string | null): string | null {
  if (value === null || value.length > 300) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    !url.username &&
    !url.password &&
    url.pathname === '/' &&
    !url.search &&
    !url.hash &&
    !/[?#]/.test(value);
  return bare ? url.origin : null;
}

const NOTHING: Pick<ReadonlySet<string>, 'has'> = { has: () => false };

/** The ids each filter group accepts: those given, and the domains for `domain`. */
function searchKnown(known: EmbedKnown): SearchKnown {
  return {
    kind: known.search?.kind ?? NOTHING,
    domain: known.search?.domain ?? known.domainIds,
    person: known.search?.person ?? NOTHING,
    place: known.search?.place ?? NOTHING
  };
}

// A parent visit narrows more than a domain, so it wins when both are given.
// `domain` is also a filter (see parseSearchState): when it names one known
// domain, a subset keeps older embeds showing only that domain's events, as
// they always have; read from the filter, so both always agree.
function parseSubset(params: URLSearchParams, known: EmbedKnown, search: SearchState): Subset | null {
  const parent = params.get('parent');
  if (parent !== null && known.eventIds.has(parent)) return { kind: 'parent', id: parent };
  const domains = search.filters.domain;
  if (domains.length === 1 && known.domainIds.has(domains[0])) return { kind: 'domain', id: domains[0] };
  return null;
}

/**
 * Read an embed's options from its query string. Anything unknown or
 * malformed falls back to its default; it never throws, and every value it
 * returns is one of a known set (ids, languages, themes) or a number.
 */
export function parseEmbedOptions(params: URLSearchParams, known: EmbedKnown): EmbedOptions {
  const search = parseSearchState(params, searchKnown(known));
  return {
    view: parseViewState(params, known),
    search,
    subset: parseSubset(params, known, search),
    theme: parseTheme(params.get('theme')),
    details: parseFlag(params.get('details'), EMBED_DEFAULTS.details),
    height: parseHeight(params.get('height')),
    langs: parseFlag(params.get('langs'), EMBED_DEFAULTS.langs),
    title: parseFlag(params.get('title'), EMBED_DEFAULTS.title),
    share: parseFlag(params.get('share'), EMBED_DEFAULTS.share),
    origin: parseOrigin(params.get('origin'))
  };
}

/** Write options as query parameters, leaving out defaults, in a stable order. */
export function serializeEmbedOptions(options: Partial<EmbedOptions>): URLSearchParams {
  const all = { ...EMBED_DEFAULTS, ...options };
  const params = serializeSearchState(all.search, serializeViewState(all.view));
  // After the filters: a subset's domain is the one the embed shows.
  if (all.subset) params.set(all.subset.kind, all.subset.id);
  if (all.theme !== EMBED_DEFAULTS.theme) params.set('theme', all.theme);
  if (all.details !== EMBED_DEFAULTS.details) params.set('details', all.details ? '1' : '0');
  if (all.height !== EMBED_DEFAULTS.height) params.set('height', String(all.height));
  if (all.langs !== EMBED_DEFAULTS.langs) params.set('langs', all.langs ? '1' : '0');
  if (all.title !== EMBED_DEFAULTS.title) params.set('title', all.title ? '1' : '0');
  if (all.share !== EMBED_DEFAULTS.share) params.set('share', all.share ? '1' : '0');
  if (all.origin !== null) params.set('origin', all.origin);
  return params;
}

/** The embed page's path for a language and options, e.g. `/fr/embed?event=…&theme=dark`. */
export function embedPath(lang: Lang, options: Partial<EmbedOptions> = {}): string {
  const query = readableQuery(serializeEmbedOptions(options));
  return `/${lang}/embed${query ? `?${query}` : ''}`;
}
