import { listAtStart } from '$lib/components/eventListCode';
import type { PageLoad } from './$types';

// The embed lists its events only for frames that run no script.
export const load: PageLoad = async ({ data, url }) => {
  await listAtStart(url, false);
  return data;
};
