import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../timeline/types';
import en from './locales/en.json';
import fr from './locales/fr.json';
import vi from './locales/vi.json';

/** Interface strings, one resource file per language. */
export const resources = { fr, en, vi } as const;

const translators = new Map<Lang, TFunction>();

/**
 * Each language's name in that language ("Français", "English", "Tiếng
 * Việt"), read from the resources: a page names all three, and asking three
 * i18next instances for one plain string each costs its start.
 */
export const ownLanguageNames = Object.fromEntries(
  Object.entries(resources).map(([code, strings]) => [code, strings.site.languageName])
) as Record<Lang, string>;

/** The i18next `t` for a language; one instance per language, created once. */
export function translator(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    // Resources are bundled, so initialisation is synchronous.
    instance.init({
      lng: lang,
      fallbackLng: false,
      resources: { [lang]: { translation: resources[lang] } },
      initAsync: false,
      interpolation: { escapeValue: false },
      showSupportNotice: false
    } as Parameters<typeof instance.init>[0]);
    t = instance.t;
    translators.set(lang, t);
  }
  return t;
}
