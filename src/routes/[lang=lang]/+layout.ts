import { useInterfaceStrings } from '$lib/i18n/translators.svelte';
import { useMonthNames } from '$lib/timeline/dateParts';
import type { Lang } from '$lib/timeline/types';
import type { LayoutLoad } from './$types';

// A load runs before the pages render, on the server and in the browser, so
// every component finds its language's strings (and month names) ready.
export const load: LayoutLoad = ({ data, params }) => {
  useInterfaceStrings(data.interfaceStrings);
  useMonthNames(params.lang as Lang, data.monthNames);
  return data;
};
