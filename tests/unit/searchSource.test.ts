import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../../src/lib/data/model';
import { sameSource } from '../../src/lib/search/connectSearch.svelte';
import type { SearchSource } from '../../src/lib/search/searchClient';

// Pages hand connectSearch a new source object whenever it is read; the
// engine must start again only for another timeline, never per keystroke.
const one = { events: [] } as unknown as TimelineData;
const other = { events: [] } as unknown as TimelineData;
const file = (url: string, subset: { kind: 'domain' | 'parent'; id: string } | null = null): SearchSource => ({ url, subset });

describe('sameSource', () => {
  it.each<[string, SearchSource, SearchSource, boolean]>([
    ['the same data in two objects', { data: one }, { data: one }, true],
    ['other data', { data: one }, { data: other }, false],
    ['the same file, no subset', file('/data/t-1.json'), file('/data/t-1.json'), true],
    ['another file', file('/data/t-1.json'), file('/data/t-2.json'), false],
    ['the same file and subset', file('/d.json', { kind: 'domain', id: 'health' }), file('/d.json', { kind: 'domain', id: 'health' }), true],
    ['another subset id', file('/d.json', { kind: 'domain', id: 'health' }), file('/d.json', { kind: 'domain', id: 'training' }), false],
    ['another subset kind', file('/d.json', { kind: 'domain', id: 'x' }), file('/d.json', { kind: 'parent', id: 'x' }), false],
    ['a subset and none', file('/d.json', { kind: 'domain', id: 'health' }), file('/d.json'), false],
    ['data and a file', { data: one }, file('/d.json'), false]
  ])('%s', (_, a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
    expect(sameSource(b, a)).toBe(same);
  });
});
