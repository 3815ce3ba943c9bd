import type { TimelineView } from '../state/timelineView.svelte';
import type { Lang } from '../timeline/types';
import type { SearchClient, SearchSource } from './searchClient';

interface SearchLink {
  /** The page's language; the view's second language is searched too. */
  readonly lang: Lang;
  /** Where the search gets the timeline the view shows; null while it has none to give (a preview). */
  readonly source: SearchSource | null;
}

/**
 * Whether two sources are the same timeline. Pages build a new source object
 * each time they are asked, so it is compared by what it names: starting the
 * engine again (a new worker, the whole index again) on every keystroke would
 * make each answer wait for the first slice of a new index.
 */
export function sameSource(a: SearchSource, b: SearchSource): boolean {
  if ('data' in a || 'data' in b) return 'data' in a && 'data' in b && a.data === b.data;
  return a.url === b.url && a.subset?.kind === b.subset?.kind && a.subset?.id === b.subset?.id;
}

/**
 * Runs the view's query through the search engine and writes the answers to
 * `view.queryResult`. The engine (FlexSearch, the worker) is downloaded only
 * once a query exists (typed, or from the address) or the reader shows they
 * want one (`view.searchWanted`, set when the search field gets focus), so
 * pages that nobody searches never load it; the code that counts and
 * matches (view.loadFacets) comes then too, or with filters alone. Must be called while a
 * component initialises.
 */
export function connectSearch(view: TimelineView, link: SearchLink): void {
  let client: SearchClient | null = null;
  let clientSource: SearchSource | null = null;
  let loading: Promise<typeof import('./searchClient')> | null = null;
  let clientCode: typeof import('./searchClient') | null = null;
  // Bumped when a new client starts, so an answer from a stopped one is not used.
  let generation = 0;

  // Before the page updates (.pre): the query is on its way to the worker
  // while the page redraws for the keystroke, not after.
  $effect.pre(() => {
    const query = view.searchText;
    const wanted = view.searchWanted || query !== '';
    const langs: Lang[] = view.second && view.second !== link.lang ? [link.lang, view.second] : [link.lang];
    const source = link.source;
    // Counting and matching come with search, and with filters alone (from the address).
    if (wanted || view.searching) view.loadFacets();
    if (!wanted || !source) return;
    let cancelled = false;
    const ask = ({ startSearch }: typeof import('./searchClient')) => {
      if (cancelled) return;
      if (!client || !clientSource || !sameSource(clientSource, source)) {
        client?.stop();
        const current = ++generation;
        clientSource = source;
        view.searchError = null;
        client = startSearch(
          source,
          (answer) => {
            if (current !== generation) return;
            view.queryResult = { query: answer.query, indices: answer.indices, size: answer.size, complete: answer.complete };
          },
          (message) => {
            if (current !== generation) return;
            console.error(`Search: ${message}`);
            view.searchError = message;
          }
        );
      }
      if (query) client.search(query, langs);
      else client.prepare(langs);
    };
    // Once the client's code is in, at once: a promise's callback would wait for the redraw.
    if (clientCode) ask(clientCode);
    else
      (loading ??= import('./searchClient')).then((code) => {
        clientCode = code;
        ask(code);
      });
    return () => {
      cancelled = true;
    };
  });

  $effect(() => () => {
    generation += 1;
    client?.stop();
    client = null;
  });
}
