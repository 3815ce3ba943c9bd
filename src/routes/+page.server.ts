import { ownLanguageNames, resources } from '$lib/i18n/resources';
import { siteUrl } from '$lib/site';
import { LANGS } from '$lib/timeline/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  siteUrl: siteUrl(),
  // Each language offers itself in its own words.
  choices: LANGS.map((code) => ({ code, name: ownLanguageNames[code], prompt: resources[code].site.chooseLanguage }))
});
