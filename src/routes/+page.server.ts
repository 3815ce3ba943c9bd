import { siteUrl } from '$lib/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ siteUrl: siteUrl() });
