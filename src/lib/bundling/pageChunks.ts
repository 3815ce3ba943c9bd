/**
 * How the browser's JavaScript is split into files (the build's Rolldown
 * codeSplitting groups, see vite.config.ts). Left to itself the bundler makes
 * a file for every set of pages and lazy parts sharing some modules: the
 * language page started with 18 files, some of a few dozen bytes. A browser
 * fetches at most six at a time from an HTTP/1.1 host, so they arrive in
 * rounds, and the page takes input only once the last is in. Here every
 * module that several routes load from the start (what their entries, or
 * SvelteKit's, import statically) goes into one file per set of routes that
 * use it: the language page starts with 11 files. What one route alone, or
 * only lazy parts, use is left to the bundler, so no page loads more.
 */

/** What the bundler tells of a module (the field of Rolldown's ModuleInfo read here). */
export interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** SvelteKit's generated entry of a route node, in the client build; its number names the node. */
const NODE_ENTRY = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;
/** SvelteKit's own client entries (start and app), which every page loads. */
const KIT_ENTRY = /[\\/]generated[\\/]client-optimized[\\/]app\.js$|[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
/**
 * What every page loads: SvelteKit's entries, the root layout (node 0) and
 * the root error page (node 1, which SvelteKit's start loads at once).
 */
const EVERY_PAGE = new Set(['kit', '0', '1']);

/** The entries whose static imports reach `id`: route node numbers, and "kit" for SvelteKit's own. */
export function entriesReaching(id: string, graph: ModuleGraph): string[] {
  const found = new Set<string>();
  const seen = new Set<string>([id]);
  const stack = [id];
  while (stack.length) {
    const at = stack.pop()!;
    const node = NODE_ENTRY.exec(at);
    if (node) found.add(node[1]);
    else if (KIT_ENTRY.test(at)) found.add('kit');
    for (const importer of graph.getModuleInfo(at)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        stack.push(importer);
      }
    }
  }
  return [...found].sort();
}

/**
 * The chunk a module goes in: "entry-all" for what every page loads, else
 * "entry-" and the route nodes that import it statically; null for an entry
 * itself (SvelteKit keeps each in its file) and for what only lazy parts use.
 */
export function pageChunkName(id: string, graph: ModuleGraph): string | null {
  if (NODE_ENTRY.test(id) || KIT_ENTRY.test(id)) return null;
  const entries = entriesReaching(id, graph);
  if (!entries.length) return null;
  return entries.some((entry) => EVERY_PAGE.has(entry)) ? 'entry-all' : `entry-${entries.join('-')}`;
}

/** How many routes load a chunk ("entry-all": all of them). */
const reach = (name: string) => (name === 'entry-all' ? Infinity : name.split('-').length - 1);

/** Rolldown's codeSplitting groups: what pageChunkName names, the most shared first. */
export function pageChunkGroups(maxRoutes = 16) {
  // The bundler puts a module's imports in its chunk too. What more routes
  // share is captured first, so that it is not pulled into a chunk of fewer
  // routes (which would make the others load that chunk as well).
  const names = new Map<string, string | null>();
  const nameOf = (id: string, graph: ModuleGraph) => {
    if (!names.has(id)) names.set(id, pageChunkName(id, graph));
    return names.get(id)!;
  };
  const group = (routes: number) => ({
    name: (id: string, graph: ModuleGraph) => {
      const name = nameOf(id, graph);
      return name !== null && Math.min(reach(name), maxRoutes + 1) === routes ? name : null;
    },
    priority: routes
  });
  // What one route alone loads is left to the bundler: a route can also
  // load another's module lazily (the language page, the details the event
  // page shows from the start), and would then fetch all of that route's chunk.
  return Array.from({ length: maxRoutes }, (_, i) => group(maxRoutes + 1 - i));
}
