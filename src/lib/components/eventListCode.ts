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
 */
export function listAtStart(url: URL, scripted = true): Promise<void> | void {
  if (!browser || (scripted && url.searchParams.get('view') === 'list')) return eventListCode.load();
}
