/**
 * The filters a reader chooses (kind, domain, person, place, evidence), as
 * the address and the view keep them: what the page needs from its first
 * paint. Counting and matching them is ./facets.ts, loaded with search.
 */

export const FILTER_GROUPS = ['kind', 'domain', 'person', 'place', 'evidence'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** The chosen ids of each group; an empty list leaves that group unfiltered. */
export type Filters = Readonly<Record<FilterGroup, readonly string[]>>;

export const NO_FILTERS: Filters = Object.freeze({ kind: [], domain: [], person: [], place: [], evidence: [] });

/** Whether any group has a choice. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_GROUPS.some((group) => filters[group].length > 0);
}

/** The filters with `id` chosen in `group` if it was not, or no longer chosen if it was (ids kept sorted). */
export function toggleFilter(filters: Filters, group: FilterGroup, id: string): Filters {
  const chosen = filters[group];
  const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id].sort();
  return { ...filters, [group]: next };
}

/** Whether two filter sets choose the same ids (in the same order, as toggleFilter and the URL keep them). */
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_GROUPS.every((group) => a[group].length === b[group].length && a[group].every((id, i) => b[group][i] === id));
}
