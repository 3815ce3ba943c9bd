import { browser } from '$app/environment';
import type EventList from './EventList.svelte';
import { LazyComponent } from './lazyComponent.svelte';

/**
 * The list view's code, shared by every page of one visit, so a page made
 * anew (a language switch, the whole of a large timeline arriving) finds it
 * already there. With scripts the timeline is the first view, so the list
 * loads when wanted (see TimelinePage), not with the page.
 */
export const eventListCode = new LazyComponent<typeof EventList>(() => import('./EventList.svelte'));

/**
 * Has the list's code in hand before a page renders, where the page shows
 * the list from the start: always while prerendering (without JavaScript the
 * list is the page), and in the browser when the address asks for the list
 * view (`view=list`, as app.html's first script reads it), so hydration finds
 * the list it must take over. `scripted: false` is for a page whose list is
 * only its no-JavaScript fallback (the embed): the browser never needs it.
 *
 * Routes import this module as their load runs, not at the top: SvelteKit
 * lists the files a page preloads by walking its route's imports in order,
 * and a file it first meets through a lazy import (the list's, the menu's)
 * it does not list again when a later static import needs it. Imported
 * first, this module's file hid the page's own files, fetched only once the
 * app ran.
 */
export function listAtStart(url: URL, scripted = true): Promise<void> | void {
  if (!browser || (scripted && url.searchParams.get('view') === 'list')) return eventListCode.load();
}
