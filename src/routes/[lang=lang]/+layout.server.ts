import { interfaceStrings } from '$lib/i18n/resources';
import type { Lang } from '$lib/timeline/types';
import type { LayoutServerLoad } from './$types';

// Only the page's own language travels with it (inlined in the prerendered
// HTML, or in __data.json on a client-side language switch).
export const load: LayoutServerLoad = ({ params }) => ({ interfaceStrings: interfaceStrings(params.lang as Lang) });
