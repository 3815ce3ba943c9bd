import type { PageLoad } from './$types';

// The list's code comes with the page only when the page opens on the list.
// Imported as the load runs, so the page's own files are preloaded (see listAtStart).
export const load: PageLoad = async ({ data, url }) => {
  const { listAtStart } = await import('$lib/components/eventListCode');
  await listAtStart(url);
  return data;
};
