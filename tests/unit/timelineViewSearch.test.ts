import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { NO_FILTERS } from '../../src/lib/search/filters';
import { TimelineView } from '../../src/lib/state/timelineView.svelte';

const data = compileTimeline(readDataFolder('data').raw);
const ids = (events: readonly { id: string }[] | null) => events?.map((e) => e.id) ?? null;
/** The engine's answer for these event ids, in this order. */
const answer = (view: TimelineView, query: string, eventIds: string[]) => ({
  query,
  indices: Uint32Array.from(eventIds.map((id) => view.indexOf(id)!)),
  size: view.events.length,
  complete: true
});

describe('TimelineView: search and filters', () => {
  it('is pending, and narrows nothing yet, until the code that counts is loaded (it never comes with the page)', async () => {
    const view = new TimelineView(() => data);
    view.toggleFilter('evidence', 'context');
    expect(view.searching).toBe(true);
    expect(view.facets).toBeNull();
    expect(view.searchPending).toBe(true);
    expect(view.matches).toBeNull();
    expect(view.isMatch(data.events[0].id)).toBe(true);
    await view.loadFacets();
    expect(view.searchPending).toBe(false);
    expect(view.matches?.every((e) => e.evidence === 'context')).toBe(true);
  });

  it('narrows nothing without a query or filter', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    expect(view.searching).toBe(false);
    expect(view.matches).toBeNull();
    expect(view.isMatch(data.events[0].id)).toBe(true);
    expect(view.facets!.total).toBe(data.events.length);
  });

  it('keeps the events of a filter, in time order, and walks them with previous and next', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    view.toggleFilter('evidence', 'context');
    const context = data.events.filter((e) => e.evidence === 'context').map((e) => e.id);
    expect(context.length).toBeGreaterThan(1);
    expect(ids(view.matches)).toEqual(context);
    view.select(context[0]);
    expect(view.previousId).toBeNull();
    expect(view.nextId).toBe(context[1]);
    view.select(context.at(-1)!);
    expect(view.nextId).toBeNull();
    expect(view.previousId).toBe(context.at(-2));
    // An event selected outside the matches steps to the nearest match.
    const primary = data.events.find((e) => e.evidence === 'primary' && view.indexOf(e.id)! > view.indexOf(context[0])!)!;
    view.select(primary.id);
    expect(view.isMatch(primary.id)).toBe(false);
    const before = context.filter((id) => view.indexOf(id)! < view.indexOf(primary.id)!);
    expect(view.previousId).toBe(before.at(-1));
  });

  it("combines the engine's answer with the filters, best first in rankedMatches", async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    view.query = '  tuyen ';
    expect(view.searchText).toBe('tuyen');
    expect(view.searchPending).toBe(true);
    const withTuyen = data.events.filter((e) => e.participants.some((p) => p.person === 'le-van-tuyen')).map((e) => e.id);
    expect(withTuyen.length).toBeGreaterThan(1);
    const ranked = [...withTuyen].reverse();
    view.queryResult = answer(view, 'tuyen', ranked);
    expect(view.searchPending).toBe(false);
    expect(ids(view.matches)).toEqual(withTuyen);
    expect(ids(view.rankedMatches)).toEqual(ranked);
    const evidence = data.events.find((e) => e.id === withTuyen[0])!.evidence;
    view.toggleFilter('evidence', evidence);
    const both = withTuyen.filter((id) => data.events.find((e) => e.id === id)!.evidence === evidence);
    expect(ids(view.matches)).toEqual(both);
    expect(ids(view.rankedMatches)).toEqual(ranked.filter((id) => both.includes(id)));
  });

  it("ignores an answer about other data, and keeps the last answer while the next is on its way", async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    view.query = 'tuy';
    view.queryResult = { ...answer(view, 'tuy', [data.events[0].id]), size: data.events.length + 1 };
    expect(view.narrows).toBe(false);
    expect(view.matches).toBeNull();
    expect(view.isMatch(data.events[1].id)).toBe(true);
    view.queryResult = answer(view, 'tuy', [data.events[0].id]);
    expect(ids(view.matches)).toEqual([data.events[0].id]);
    view.query = 'tuye';
    expect(view.searchPending).toBe(true);
    expect(ids(view.matches)).toEqual([data.events[0].id]);
  });

  it('shows what it showed while the answer to a query typed over the last one is on its way, never the last query\'s matches', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    const [first, second] = data.events;
    view.query = 'tuyen';
    view.queryResult = answer(view, 'tuyen', [first.id]);
    expect(ids(view.matches)).toEqual([first.id]);
    // Deleting a letter: the last answer is not of a narrower query, but it is what is on screen.
    view.query = 'tuye';
    expect(view.searchPending).toBe(true);
    expect(ids(view.matches)).toEqual([first.id]);
    // Cleared, then a new word: every event, as before it, until its answer comes.
    view.query = '';
    expect(view.matches).toBeNull();
    view.query = 'hanoi';
    expect(view.searchPending).toBe(true);
    expect(view.narrows).toBe(false);
    expect(view.matches).toBeNull();
    expect(view.isMatch(first.id) && view.isMatch(second.id)).toBe(true);
    view.queryResult = answer(view, 'hanoi', [second.id]);
    expect(ids(view.matches)).toEqual([second.id]);
  });

  it('ranks the matches of an answer that matches the same events as the one before in its own order', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    const [first, second] = data.events;
    view.query = 'tuy';
    view.queryResult = answer(view, 'tuy', [first.id, second.id]);
    view.query = 'tuye';
    view.queryResult = answer(view, 'tuye', [second.id, first.id]);
    expect(ids(view.matches)).toEqual([first.id, second.id]);
    expect(ids(view.rankedMatches)).toEqual([second.id, first.id]);
    view.query = 'tuyen';
    view.queryResult = answer(view, 'tuyen', [first.id]);
    expect(ids(view.matches)).toEqual([first.id]);
  });

  it('says what the query and filters leave (found), the same as the facet counts say', async () => {
    const view = new TimelineView(() => data);
    expect(view.found).toBeNull();
    await view.loadFacets();
    const [first, second] = data.events;
    view.query = 'tuy';
    view.queryResult = answer(view, 'tuy', [first.id, second.id]);
    expect(view.found!.total).toBe(2);
    expect(view.found!.total).toBe(view.facets!.total);
    expect([...view.found!.matches]).toEqual([...view.facets!.matches]);
    view.toggleFilter('kind', first.kind);
    const left = [first, second].filter((e) => e.kind === first.kind).length;
    expect(view.found!.total).toBe(left);
    expect([...view.found!.matches]).toEqual([...view.facets!.matches]);
  });

  it('counts, for each filter choice, what it would leave', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    const hanoi = view.facetTable!.columns.place.ids.indexOf('hanoi');
    const inHanoi = data.events.filter((e) => e.place === 'hanoi' || e.place === 'hoai-duc').length;
    expect(view.facets!.counts.place[hanoi]).toBe(inHanoi);
  });

  it('clears query and filters together', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    view.query = 'tuyen';
    view.toggleFilter('kind', 'visit');
    view.clearSearch();
    expect(view.query).toBe('');
    expect(view.filters).toBe(NO_FILTERS);
    expect(view.searching).toBe(false);
  });

  it('fits a window to the matches', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    expect(view.matchWindow()).toBeNull();
    view.toggleFilter('kind', 'agreement');
    const agreement = data.events.find((e) => e.kind === 'agreement')!;
    const window = view.matchWindow()!;
    expect(window.from).toBeLessThanOrEqual(agreement.date.min);
    expect(window.to).toBeGreaterThanOrEqual(agreement.date.max);
    expect(window.to - window.from).toBeLessThan(view.full.to - view.full.from);
  });

  it('knows the ids a link may name', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    expect(view.searchKnown.kind.has('visit')).toBe(true);
    expect(view.searchKnown.kind.has('parade')).toBe(false);
    expect(view.searchKnown.place.has('hoai-duc')).toBe(true);
    expect(view.searchKnown.person.has('toString')).toBe(false);
    expect(view.searchKnown.domain.has('health')).toBe(true);
  });
});

describe('TimelineView.setSearch', () => {
  it('sets query and filters at once, dropping ids it does not know', async () => {
    const view = new TimelineView(() => data);
    await view.loadFacets();
    view.toggleFilter('kind', 'award');
    view.setSearch('  tuyen ', { kind: ['visit', 'parade', 'visit'], place: ['hanoi'], evidence: ['context', 'secondary'] });
    expect(view.query).toBe('tuyen');
    expect(view.filters).toEqual({ kind: ['visit'], domain: [], person: [], place: ['hanoi'], evidence: ['context'] });
  });
});
