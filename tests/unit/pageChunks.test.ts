import { describe, expect, it } from 'vitest';
import { entriesReaching, pageChunkGroups, pageChunkName, type ModuleGraph } from '../../src/lib/bundling/pageChunks';

const KIT = '/p/node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const APP = '/p/.svelte-kit/generated/client-optimized/app.js';
const node = (n: number) => `/p/.svelte-kit/generated/client-optimized/nodes/${n}.js`;

/** A module graph from "importer → imported" pairs (static imports only, as the namer reads them). */
function graph(edges: [string, string][]): ModuleGraph {
  const importers = new Map<string, string[]>();
  for (const [from, to] of edges) importers.set(to, [...(importers.get(to) ?? []), from]);
  return { getModuleInfo: (id) => ({ importers: importers.get(id) ?? [] }) };
}

// kit → svelte; root layout (0) → styles; [lang] page (4) and embed (5) → Timeline → d3; event page (6) → Details;
// TimelinePage imported by 4 and 6; a lazy-only module imported by nobody statically.
const modules = graph([
  [KIT, 'svelte'],
  [node(0), 'styles'],
  [node(4), 'TimelinePage'],
  [node(6), 'TimelinePage'],
  ['TimelinePage', 'Timeline'],
  [node(5), 'Timeline'],
  ['Timeline', 'd3'],
  ['Timeline', 'svelte'],
  [node(6), 'Details'],
  ['Details', 'Timeline']
]);

describe('pageChunkName', () => {
  it.each([
    ['svelte', 'entry-all'], // SvelteKit's entry imports it: every page loads it
    ['styles', 'entry-all'], // the root layout: every page
    ['Timeline', 'entry-4-5-6'],
    ['d3', 'entry-4-5-6'],
    ['TimelinePage', 'entry-4-6'],
    ['Details', 'entry-6'],
    ['lazyOnly', null],
    [node(4), null], // entries keep their own files
    [APP, null],
    [KIT, null]
  ])('%s goes in %s', (id, name) => {
    expect(pageChunkName(id, modules)).toBe(name);
  });

  it('follows import cycles without looping', () => {
    const cyclic = graph([
      [node(4), 'a'],
      ['a', 'b'],
      ['b', 'a']
    ]);
    expect(entriesReaching('b', cyclic)).toEqual(['4']);
  });
});

describe('pageChunkGroups', () => {
  const groupOf = (id: string) => {
    const groups = pageChunkGroups(6);
    const matched = groups.filter((group) => group.name(id, modules) !== null);
    return matched.map((group) => ({ name: group.name(id, modules), priority: group.priority }));
  };

  it('puts a module in one group, the more routes share it the higher its priority', () => {
    expect(groupOf('svelte')).toEqual([{ name: 'entry-all', priority: 7 }]);
    expect(groupOf('Timeline')).toEqual([{ name: 'entry-4-5-6', priority: 3 }]);
    expect(groupOf('TimelinePage')).toEqual([{ name: 'entry-4-6', priority: 2 }]);
  });

  it('leaves what one route alone loads, and what only lazy parts load, to the bundler', () => {
    expect(groupOf('Details')).toEqual([]);
    expect(groupOf('lazyOnly')).toEqual([]);
  });
});
