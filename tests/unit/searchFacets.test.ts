import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import {
  FILTER_GROUPS,
  NO_FILTERS,
  enclosingPlaces,
  facetCounts,
  facetTable,
  hasFilters,
  knownFilters,
  sameFilters,
  toggleFilter,
  type FilterGroup,
  type Filters
} from '../../src/lib/search/facets';
import { makeEvent as event, makeTimeline, text } from './fixtures/timeline';
import { mulberry32 } from './random';

// Places nest: hoai-duc ⊂ hanoi ⊂ vietnam; havana ⊂ cuba.
const data: TimelineData = makeTimeline(
  [
    event('a', { kind: 'visit', place: 'hanoi', domains: ['health'], participants: [{ person: 'lam' }] }),
    event('b', { kind: 'talks', place: 'hoai-duc', domains: ['health', 'police'], participants: [{ person: 'lam' }, { person: 'alvarez' }] }),
    event('c', { kind: 'award', place: 'havana', domains: ['police'], evidence: 'context' }),
    event('d', { kind: 'talks', domains: [], participants: [{ person: 'alvarez' }], evidence: 'context' }),
    event('e', { kind: 'visit', place: 'vietnam', domains: ['training'] })
  ],
  {
    people: { lam: { id: 'lam', name: 'Tô Lâm', country: 'VN' }, alvarez: { id: 'alvarez', name: 'Álvarez Casas', country: 'CU' } },
    places: {
      vietnam: { id: 'vietnam', name: text('Vietnam'), country: 'VN' },
      hanoi: { id: 'hanoi', name: text('Hanoi'), country: 'VN', within: 'vietnam' },
      'hoai-duc': { id: 'hoai-duc', name: text('Hoài Đức'), country: 'VN', within: 'hanoi' },
      cuba: { id: 'cuba', name: text('Cuba'), country: 'CU' },
      havana: { id: 'havana', name: text('Havana'), country: 'CU', within: 'cuba' }
    },
    domains: { health: { id: 'health', label: text('Health') }, police: { id: 'police', label: text('Police') }, training: { id: 'training', label: text('Training') } }
  }
);

const table = facetTable(data);
const filters = (partial: Partial<Record<FilterGroup, string[]>>): Filters => ({ ...NO_FILTERS, ...partial });
const matched = (result: { matches: Uint8Array }) => data.events.filter((_, e) => result.matches[e]).map((e) => e.id);
/** Counts as { id: n }, leaving out zeros. */
function countsOf(result: ReturnType<typeof facetCounts>, group: FilterGroup) {
  const ids = table.columns[group].ids;
  return Object.fromEntries(ids.flatMap((id, i) => (result.counts[group][i] ? [[id, result.counts[group][i]]] : [])));
}
const mask = (...ids: string[]) => Uint8Array.from(data.events.map((e) => (ids.includes(e.id) ? 1 : 0)));

describe('facetTable', () => {
  it('lists the kinds present, and every domain, person, place and evidence level', () => {
    expect(table.columns.kind.ids).toEqual(['award', 'talks', 'visit']);
    expect(table.columns.domain.ids).toEqual(['health', 'police', 'training']);
    expect(table.columns.person.ids).toEqual(['lam', 'alvarez']);
    expect(table.columns.place.ids).toEqual(['vietnam', 'hanoi', 'hoai-duc', 'cuba', 'havana']);
    expect(table.columns.evidence.ids).toEqual(['primary', 'context']);
  });

  it('gives an event its place and every place enclosing it', () => {
    expect(enclosingPlaces(data, 'hoai-duc')).toEqual(['hoai-duc', 'hanoi', 'vietnam']);
    expect(enclosingPlaces(data, undefined)).toEqual([]);
    expect(enclosingPlaces(data, 'atlantis')).toEqual([]);
  });

  it('stops at a loop of enclosing places', () => {
    const looped = { places: { x: { id: 'x', name: text('x'), country: 'VN', within: 'y' }, y: { id: 'y', name: text('y'), country: 'VN', within: 'x' } } };
    expect(enclosingPlaces(looped, 'x')).toEqual(['x', 'y']);
  });
});

describe('facetCounts', () => {
  it('matches everything and counts every value without filters or query', () => {
    const result = facetCounts(table, NO_FILTERS);
    expect(result.total).toBe(5);
    expect(countsOf(result, 'kind')).toEqual({ award: 1, talks: 2, visit: 2 });
    expect(countsOf(result, 'place')).toEqual({ vietnam: 3, hanoi: 2, 'hoai-duc': 1, cuba: 1, havana: 1 });
    expect(countsOf(result, 'evidence')).toEqual({ primary: 3, context: 2 });
  });

  it('keeps the events of the places within a chosen place (Hanoi keeps Hoài Đức)', () => {
    expect(matched(facetCounts(table, filters({ place: ['hanoi'] })))).toEqual(['a', 'b']);
    expect(matched(facetCounts(table, filters({ place: ['vietnam'] })))).toEqual(['a', 'b', 'e']);
    expect(matched(facetCounts(table, filters({ place: ['hoai-duc'] })))).toEqual(['b']);
  });

  it('widens within a group (OR) and narrows across groups (AND)', () => {
    expect(matched(facetCounts(table, filters({ kind: ['visit', 'award'] })))).toEqual(['a', 'c', 'e']);
    expect(matched(facetCounts(table, filters({ kind: ['visit', 'award'], domain: ['health'] })))).toEqual(['a']);
    expect(matched(facetCounts(table, filters({ kind: ['talks'], person: ['alvarez'], evidence: ['context'] })))).toEqual(['d']);
  });

  it("counts each choice with the query and the other groups' choices, not its own group's", () => {
    const result = facetCounts(table, filters({ kind: ['visit'], domain: ['health'] }));
    expect(matched(result)).toEqual(['a']);
    // Kinds, given domain health: a (visit), b (talks).
    expect(countsOf(result, 'kind')).toEqual({ visit: 1, talks: 1 });
    // Domains, given kind visit: a (health), e (training).
    expect(countsOf(result, 'domain')).toEqual({ health: 1, training: 1 });
    // Other groups count what is left: a alone.
    expect(countsOf(result, 'person')).toEqual({ lam: 1 });
    expect(countsOf(result, 'place')).toEqual({ vietnam: 1, hanoi: 1 });
  });

  it('applies the query before everything', () => {
    const result = facetCounts(table, filters({ person: ['alvarez'] }), mask('a', 'b', 'c'));
    expect(matched(result)).toEqual(['b']);
    expect(result.total).toBe(1);
    // Given the query only (a, b, c): lam appears in a and b, alvarez in b.
    expect(countsOf(result, 'person')).toEqual({ lam: 2, alvarez: 1 });
    expect(countsOf(result, 'kind')).toEqual({ talks: 1 });
  });

  it('leaves out events without a value when their group is filtered', () => {
    expect(matched(facetCounts(table, filters({ domain: ['health', 'police', 'training'] })))).toEqual(['a', 'b', 'c', 'e']);
    expect(matched(facetCounts(table, filters({ place: ['vietnam', 'cuba'] })))).toEqual(['a', 'b', 'c', 'e']);
  });

  it('ignores ids it does not know, which choose nothing', () => {
    expect(matched(facetCounts(table, filters({ kind: ['parade'] })))).toEqual([]);
    expect(knownFilters(table, filters({ kind: ['parade', 'visit'], place: ['atlantis'] }))).toEqual(filters({ kind: ['visit'] }));
  });

  it('agrees with the obvious computation on random filters and queries', () => {
    const random = mulberry32(13);
    const valuesOf = (e: TimelineEvent, group: FilterGroup): string[] =>
      group === 'kind' ? [e.kind] : group === 'domain' ? e.domains : group === 'person' ? e.participants.map((p) => p.person) : group === 'place' ? enclosingPlaces(data, e.place) : [e.evidence];
    const passes = (e: TimelineEvent, f: Filters, group: FilterGroup) => !f[group].length || valuesOf(e, group).some((v) => f[group].includes(v));
    for (let run = 0; run < 300; run += 1) {
      const f = filters(Object.fromEntries(FILTER_GROUPS.map((group) => [group, table.columns[group].ids.filter(() => random() < 0.3)])));
      const query = Uint8Array.from(data.events.map(() => (random() < 0.7 ? 1 : 0)));
      const result = facetCounts(table, f, query);
      const inQuery = data.events.filter((_, i) => query[i]);
      expect(matched(result)).toEqual(inQuery.filter((e) => FILTER_GROUPS.every((g) => passes(e, f, g))).map((e) => e.id));
      for (const group of FILTER_GROUPS) {
        const others = inQuery.filter((e) => FILTER_GROUPS.every((g) => g === group || passes(e, f, g)));
        table.columns[group].ids.forEach((id, i) => {
          expect(result.counts[group][i]).toBe(others.filter((e) => valuesOf(e, group).includes(id)).length);
        });
      }
    }
  });
});

describe('on the project data', () => {
  const project = compileTimeline(readDataFolder('data').raw);
  const projectTable = facetTable(project);
  const ids = (result: { matches: Uint8Array }) => project.events.filter((_, e) => result.matches[e]).map((e) => e.id);

  it('finds the events in Hoài Đức when Hanoi is chosen', () => {
    const inHoaiDuc = project.events.filter((e) => e.place === 'hoai-duc').map((e) => e.id);
    expect(inHoaiDuc.length).toBeGreaterThan(0);
    const inHanoi = ids(facetCounts(projectTable, filters({ place: ['hanoi'] })));
    for (const id of inHoaiDuc) expect(inHanoi).toContain(id);
  });

  it('counts as many events per evidence level as there are', () => {
    const result = facetCounts(projectTable, NO_FILTERS);
    expect(result.total).toBe(project.events.length);
    const primary = project.events.filter((e) => e.evidence === 'primary').length;
    expect([...result.counts.evidence]).toEqual([primary, project.events.length - primary]);
  });
});

describe('filter helpers', () => {
  it('toggles a choice on and off, keeping ids sorted', () => {
    const one = toggleFilter(NO_FILTERS, 'kind', 'visit');
    const two = toggleFilter(one, 'kind', 'award');
    expect(two.kind).toEqual(['award', 'visit']);
    expect(toggleFilter(two, 'kind', 'visit').kind).toEqual(['award']);
    expect(NO_FILTERS.kind).toEqual([]);
  });

  it('tells whether any group is filtered, and whether two filter sets are the same', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(filters({ evidence: ['primary'] }))).toBe(true);
    expect(sameFilters(filters({ kind: ['a', 'b'] }), filters({ kind: ['a', 'b'] }))).toBe(true);
    expect(sameFilters(filters({ kind: ['a'] }), filters({ domain: ['a'] }))).toBe(false);
  });
});
