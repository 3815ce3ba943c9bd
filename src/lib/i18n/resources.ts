import type { Lang } from '../timeline/types';
import type { InterfaceStrings } from './createTranslator';
import en from './locales/en.json';
import fr from './locales/fr.json';
import vi from './locales/vi.json';

/**
 * Interface strings, one resource file per language, in i18next's JSON format.
 * Imported by build-time code and by what loads on demand (the embed dialog),
 * never by a page's first download: a page receives its own language's
 * strings with its data (src/routes/[lang=lang]/+layout.server.ts).
 */
export const resources = { fr, en, vi } as const;

/** Each language's name in that language ("Français", "English", "Tiếng Việt"). */
export const ownLanguageNames = Object.fromEntries(
  Object.entries(resources).map(([code, strings]) => [code, strings.site.languageName])
) as Record<Lang, string>;

/** What a page in `lang` needs to translate its interface. */
export function interfaceStrings(lang: Lang): InterfaceStrings {
  return { lang, strings: resources[lang], ownLanguageNames };
}
