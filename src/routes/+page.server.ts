import { resources } from '$lib/i18n/resources';
import { siteUrl } from '$lib/site';
import { LANGS } from '$lib/timeline/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  siteUrl: siteUrl(),
  // Each language offers itself in its own words.
  choices: LANGS.map((code) => ({ code, name: resources[code].site.languageName, prompt: resources[code].site.chooseLanguage }))
});
