/**
 * Filters and their counts (faceted search), pure and fast enough to run on
 * every keystroke at 100,000 events. Loaded with search (TimelineView.loadFacets);
 * what the page needs from its first paint (the filters in the address) is
 * in ./filters.ts.
 *
 * Semantics, as readers know them from shop and library catalogues: choices
 * within a group widen (an event of kind visit OR talks), groups narrow
 * (kind AND domain AND …), and each choice shows how many events would be
 * left with it chosen, given the query and the other groups' choices.
 *
 * Places nest: choosing Hanoi keeps the events in Hoài Đức, which lies within
 * Hanoi, and Vietnam keeps both. A reader asking for "what happened in Hanoi"
 * means the city and its districts; the record names the most precise place
 * it knows, not every place that contains it.
 */
import type { TimelineData, TimelineEvent } from '../data/model';
import { FILTER_GROUPS, type FilterGroup, type Filters } from './filters';
import { enclosingPlaces } from './enclosingPlaces';

// The search's documents use it too.
export { enclosingPlaces };

export * from './filters';

/**
 * One group's values for every event, as small integers: event `e` has the
 * values `values[offsets[e]]` up to (not including) `values[offsets[e + 1]]`,
 * each an index into `ids`.
 */
export interface FacetColumn {
  ids: readonly string[];
  offsets: Uint32Array;
  values: Uint16Array;
}

/** Every group's column for one timeline; built once, read on every keystroke. */
export interface FacetTable {
  size: number;
  columns: Readonly<Record<FilterGroup, FacetColumn>>;
}

/** The evidence levels, in the order the details name them. */
const EVIDENCE = ['primary', 'context'] as const;

/**
 * A column from each event's values (ids; unknown ones are left out, repeats
 * kept once). Written as plain loops over typed arrays: at 100,000 events it
 * is built on the page's main thread, on the first search.
 */
function column(events: readonly TimelineEvent[], ids: readonly string[], valuesOf: (event: TimelineEvent, add: (id: string) => void) => void): FacetColumn {
  const code = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Uint32Array(events.length + 1);
  let values = new Uint16Array(Math.max(16, events.length * 2));
  let length = 0;
  let start = 0;
  const add = (id: string) => {
    const value = code.get(id);
    if (value === undefined) return;
    for (let at = start; at < length; at += 1) if (values[at] === value) return;
    if (length === values.length) {
      const grown = new Uint16Array(values.length * 2);
      grown.set(values);
      values = grown;
    }
    values[length] = value;
    length += 1;
  };
  for (let e = 0; e < events.length; e += 1) {
    start = length;
    valuesOf(events[e], add);
    offsets[e + 1] = length;
  }
  return { ids, offsets, values: values.slice(0, length) };
}


/** The facet table of a timeline: kinds present in it, every domain, person and place it defines, both evidence levels. */
export function facetTable(data: TimelineData): FacetTable {
  const { events } = data;
  const kinds = [...new Set(events.map((event) => event.kind))].sort();
  // Enclosing places are looked up once per place, not once per event.
  const chains = new Map(Object.keys(data.places).map((id) => [id, enclosingPlaces(data, id)]));
  return {
    size: events.length,
    columns: {
      kind: column(events, kinds, (event, add) => add(event.kind)),
      domain: column(events, Object.keys(data.domains), (event, add) => {
        for (const domain of event.domains) add(domain);
      }),
      person: column(events, Object.keys(data.people), (event, add) => {
        for (const participant of event.participants) add(participant.person);
      }),
      place: column(events, Object.keys(data.places), (event, add) => {
        if (event.place) for (const place of chains.get(event.place) ?? []) add(place);
      }),
      evidence: column(events, EVIDENCE, (event, add) => add(event.evidence))
    }
  };
}

/** The filters with every id the table does not know left out. */
export function knownFilters(table: FacetTable, filters: Filters): Filters {
  const known = (group: FilterGroup) => filters[group].filter((id) => table.columns[group].ids.includes(id));
  return Object.fromEntries(FILTER_GROUPS.map((group) => [group, known(group)])) as unknown as Filters;
}

/** What the filters and the query leave, and what each choice would leave. */
export interface FacetResult {
  /** 1 for each event (by index) that matches the query and every group. */
  matches: Uint8Array;
  /** How many events match. */
  total: number;
  /** Per group, aligned with the column's `ids`: events left with that choice made (query and other groups applied). */
  counts: Readonly<Record<FilterGroup, Uint32Array>>;
}

/**
 * Matches and counts in one pass over the events. `query` is 1 for each
 * event the search matched, or null when there is no query. An event that
 * fails no group counts for every group's choices it has; one that fails one
 * group counts only for that group's choices (choosing one would bring it
 * back); one that fails two or more counts nowhere.
 */
export function facetCounts(table: FacetTable, filters: Filters, query: Uint8Array | null = null): FacetResult {
  const columns = FILTER_GROUPS.map((group) => table.columns[group]);
  const counts = columns.map((col) => new Uint32Array(col.ids.length));
  // For each group with choices, a lookup of its chosen values.
  const chosen = FILTER_GROUPS.map((group, g) => {
    if (!filters[group].length) return null;
    const picked = new Uint8Array(columns[g].ids.length);
    for (const id of filters[group]) {
      const value = columns[g].ids.indexOf(id);
      if (value >= 0) picked[value] = 1;
    }
    return picked;
  });
  const active = chosen.flatMap((picked, g) => (picked ? [g] : []));
  const matches = new Uint8Array(table.size);
  let total = 0;

  for (let e = 0; e < table.size; e += 1) {
    if (query && !query[e]) continue;
    let failed = -1;
    let failures = 0;
    for (const g of active) {
      const { offsets, values } = columns[g];
      const picked = chosen[g]!;
      let pass = false;
      for (let at = offsets[e]; at < offsets[e + 1]; at += 1) {
        if (picked[values[at]]) {
          pass = true;
          break;
        }
      }
      if (!pass) {
        failed = g;
        failures += 1;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (let g = 0; g < columns.length; g += 1) {
      if (failures === 1 && g !== failed) continue;
      const { offsets, values } = columns[g];
      const count = counts[g];
      for (let at = offsets[e]; at < offsets[e + 1]; at += 1) count[values[at]] += 1;
    }
    if (failures === 0) {
      matches[e] = 1;
      total += 1;
    }
  }
  return {
    matches,
    total,
    counts: Object.fromEntries(FILTER_GROUPS.map((group, g) => [group, counts[g]])) as unknown as FacetResult['counts']
  };
}
