import type { PageLoad } from './$types';

// The embed lists its events only for frames that run no script.
// Imported as the load runs, so the page's own files are preloaded (see listAtStart).
export const load: PageLoad = async ({ data, url }) => {
  const { listAtStart } = await import('$lib/components/eventListCode');
  await listAtStart(url, false);
  return data;
};
