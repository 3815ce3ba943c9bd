import { listAtStart } from '$lib/components/eventListCode';
import type { PageLoad } from './$types';

// The list's code comes with the page only when the page opens on the list.
export const load: PageLoad = async ({ data, url }) => {
  await listAtStart(url);
  return data;
};
