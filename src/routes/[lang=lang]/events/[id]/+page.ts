import type { PageLoad } from './$types';

// The list's code comes with the page only when the page opens on the list.
// Imported as the load runs, not at the top: SvelteKit lists the files a
// page preloads by walking its route's imports in order, and a file it
// first meets through a lazy import (the list's, the menu's) it does not
// list again when a later static import needs it. Imported first, this
// module's file hid the page's own files, fetched only once the app ran.
export const load: PageLoad = async ({ data, url }) => {
  const { listAtStart } = await import('$lib/components/eventListCode');
  await listAtStart(url);
  return data;
};
