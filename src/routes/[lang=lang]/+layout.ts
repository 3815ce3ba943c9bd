import { useInterfaceStrings } from '$lib/i18n/translators.svelte';
import type { LayoutLoad } from './$types';

// A load runs before the pages render, on the server and in the browser, so
// every component finds its language's strings ready.
export const load: LayoutLoad = ({ data }) => {
  useInterfaceStrings(data.interfaceStrings);
  return data;
};
