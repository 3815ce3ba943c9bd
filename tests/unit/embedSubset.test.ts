import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { subsetTimeline } from '../../src/lib/data/subsetTimeline';
import { makeEvent, makeTimeline } from './fixtures/timeline';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A minimal event: only what subsetTimeline reads is meaningful. */
const event = (id: string, from: string, to: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  makeEvent(id, { kind: 'visit', date: { min: utc(from), max: utc(to) } as TimelineEvent['date'], ...extra });

// visit (2023-05) ⊃ talks (15 May) ⊃ signing (15 May); a review in 2024; a 2010 visit.
const data: TimelineData = makeTimeline(
  [
    event('visit-2010', '2010-01-01', '2011-01-01', { domains: ['delegations'] }),
    event('visit', '2023-05-01', '2023-06-01', { children: ['talks'], domains: ['delegations', 'police'] }),
    event('talks', '2023-05-15', '2023-05-16', {
      parent: 'visit',
      depth: 1,
      children: ['signing'],
      domains: ['police', 'health']
    }),
    event('signing', '2023-05-15', '2023-05-16', { parent: 'talks', depth: 2, domains: ['health'] }),
    event('review', '2024-01-01', '2025-01-01', { domains: ['police'] })
  ],
  { span: { min: utc('2010-01-01'), max: utc('2025-01-01') } }
);

const ids = (d: TimelineData) => d.events.map((e) => e.id);
const byId = (d: TimelineData, id: string) => d.events.find((e) => e.id === id)!;

describe('subsetTimeline', () => {
  it('returns the same data for no subset', () => {
    expect(subsetTimeline(data, null)).toBe(data);
  });

  it('keeps a parent and all its milestones, at any depth, with their links intact', () => {
    const part = subsetTimeline(data, { kind: 'parent', id: 'visit' });
    expect(ids(part)).toEqual(['visit', 'talks', 'signing']);
    expect(byId(part, 'visit')).toMatchObject({ parent: null, depth: 0, children: ['talks'] });
    expect(byId(part, 'talks')).toMatchObject({ parent: 'visit', depth: 1, children: ['signing'] });
    expect(byId(part, 'signing')).toMatchObject({ parent: 'talks', depth: 2 });
    expect(part.span).toEqual({ min: utc('2023-05-01'), max: utc('2023-06-01') });
  });

  it('makes a milestone chosen as parent the top of its subset', () => {
    const part = subsetTimeline(data, { kind: 'parent', id: 'talks' });
    expect(ids(part)).toEqual(['talks', 'signing']);
    expect(byId(part, 'talks')).toMatchObject({ parent: null, depth: 0, children: ['signing'] });
    expect(byId(part, 'signing')).toMatchObject({ parent: 'talks', depth: 1 });
    expect(part.span).toEqual({ min: utc('2023-05-15'), max: utc('2023-05-16') });
  });

  it('keeps the events of a domain, moving those whose parent is left out to the top level', () => {
    const part = subsetTimeline(data, { kind: 'domain', id: 'health' });
    expect(ids(part)).toEqual(['talks', 'signing']);
    expect(byId(part, 'talks')).toMatchObject({ parent: null, depth: 0, children: ['signing'] });
    expect(byId(part, 'signing')).toMatchObject({ parent: 'talks', depth: 1 });
  });

  it('drops children that are not in the subset and recomputes the span', () => {
    const part = subsetTimeline(data, { kind: 'domain', id: 'police' });
    expect(ids(part)).toEqual(['visit', 'talks', 'review']);
    expect(byId(part, 'talks')).toMatchObject({ parent: 'visit', depth: 1, children: [] });
    expect(part.span).toEqual({ min: utc('2023-05-01'), max: utc('2025-01-01') });
  });

  it('re-sorts events whose depth shrank, as the data is sorted: start, depth, id', () => {
    // In the full data the day's top-level event comes before a milestone of the same day.
    const sameDay: TimelineData = {
      ...data,
      events: [
        event('trip', '2023-05-01', '2023-06-01', { children: ['b-talks'] }),
        event('z-award', '2023-05-15', '2023-05-16', { domains: ['police'] }),
        event('b-talks', '2023-05-15', '2023-05-16', { parent: 'trip', depth: 1, domains: ['police'] })
      ]
    };
    const part = subsetTimeline(sameDay, { kind: 'domain', id: 'police' });
    expect(ids(part)).toEqual(['b-talks', 'z-award']);
    expect(part.events.map((e) => e.depth)).toEqual([0, 0]);
  });

  it.each([
    { kind: 'domain', id: 'no-such-domain' },
    { kind: 'parent', id: 'no-such-event' }
  ] as const)('returns all the data when %o would be empty, so the page always has events', (subset) => {
    expect(subsetTimeline(data, subset)).toBe(data);
  });

  it('leaves the input untouched', () => {
    const before = structuredClone(data);
    subsetTimeline(data, { kind: 'domain', id: 'health' });
    expect(data).toEqual(before);
  });

  it('works on compiled data: a visit and its milestone from the test fixtures', () => {
    const compiled = compileTimeline(readDataFolder('tests/fixtures/valid').raw);
    const part = subsetTimeline(compiled, { kind: 'parent', id: 'state-visit-2023-05' });
    expect(ids(part)).toEqual(['state-visit-2023-05', 'talks-2023-05-15']);
    expect(part.people).toBe(compiled.people);
    expect(part.sources).toBe(compiled.sources);
    expect(part.span.min).toBe(utc('2023-05-14'));
  });
});
