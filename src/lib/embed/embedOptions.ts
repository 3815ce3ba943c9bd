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
  /** Whether the reader gets the search field and the filters (`search=0`: the search and filters given stay as they are). */
  searchable: boolean;
  /** Only one visit and its milestones (`parent`), or every event. */
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
  searchable: true,
  subset: null,
  theme: 'auto',
  details: true,
  height: 'auto',
  langs: true,
  title: false,
  share: true,
  origin: null
};

/**
 * The query parameters an embed keeps in its address besides the view's
 * (event, from, to, second) and the search's (q, kind, domain, person,
 * place, evidence), which follow what the reader does.
 */
export const EMBED_PARAMS = ['parent', 'search', 'theme', 'details', 'height', 'langs', 'title', 'share', 'origin'] as const;

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

// `domain` is a filter like the others (see parseSearchState): an older
// embed's `domain=health` still opens on that domain's events only, and its
// reader may now widen it (unless `search=0`). Only a visit is a subset: its
// milestones are a part of the record of their own, with their own span.
function parseSubset(params: URLSearchParams, known: EmbedKnown): Subset | null {
  const parent = params.get('parent');
  return parent !== null && known.eventIds.has(parent) ? { kind: 'parent', id: parent } : null;
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
    searchable: parseFlag(params.get('search'), EMBED_DEFAULTS.searchable),
    subset: parseSubset(params, known),
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
  if (all.subset) params.set(all.subset.kind, all.subset.id);
  if (all.searchable !== EMBED_DEFAULTS.searchable) params.set('search', all.searchable ? '1' : '0');
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
