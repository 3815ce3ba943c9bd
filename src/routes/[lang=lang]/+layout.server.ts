import { interfaceStrings } from '$lib/i18n/resources';
import { monthNamesFor } from '$lib/timeline/dateParts';
import type { Lang } from '$lib/timeline/types';
import type { LayoutServerLoad } from './$types';

// Only the page's own language travels with it (inlined in the prerendered
// HTML, or in __data.json on a client-side language switch), with its month
// names as the build's Intl writes them (see useMonthNames).
export const load: LayoutServerLoad = ({ params }) => ({
  interfaceStrings: interfaceStrings(params.lang as Lang),
  monthNames: monthNamesFor(params.lang as Lang)
});
