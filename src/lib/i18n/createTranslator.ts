import i18next from 'i18next';
import type { Lang } from '../timeline/types';

/** Values for a string's {{placeholders}}; `count` also picks the plural form. */
export type TranslateOptions = { count?: number; defaultValue?: string } & Record<string, unknown>;

/** Looks up an interface string by its dotted key: i18next's `t`, fixed to one language. */
export type Translate = (key: string, options?: TranslateOptions) => string;

/** One language's resource file (src/lib/i18n/locales), in i18next's JSON format (v4). */
export type Strings = { readonly [key: string]: string | Strings };

/** A page's interface strings: its language's, and every language's own name. */
export interface InterfaceStrings {
  lang: Lang;
  strings: Strings;
  ownLanguageNames: Record<Lang, string>;
}

/**
 * An i18next instance for one language, holding that language's resources
 * only, initialised synchronously (the resources are at hand: no backend),
 * and its `t` fixed to that language: nested keys, `{{name}}` interpolation,
 * `_one`/`_other`… plural forms chosen by the language's Intl.PluralRules.
 * What a key without options gives is remembered.
 */
export function createTranslator(lang: Lang, strings: Strings): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    // A missing string shows its key, never another language's text.
    fallbackLng: false,
    resources: { [lang]: { translation: strings } },
    initAsync: false,
    // Svelte escapes every value when it renders; escaping here would show "&lt;".
    interpolation: { escapeValue: false }
  });
  const fixed = instance.getFixedT(lang) as unknown as Translate;
  // The resources never change after init, so a string asked for without
  // options is always the same: i18next looks each such key up once, not on
  // every render (a page asks for some on every update of a toolbar or legend).
  const plain = new Map<string, string>();
  return (key, options) => {
    if (options) return fixed(key, options);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = fixed(key)));
    return text;
  };
}
