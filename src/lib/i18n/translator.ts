import type { Lang } from '../timeline/types';

/** Values for a string's {{placeholders}}; `count` also picks the plural form. */
export type TranslateOptions = { count?: number; defaultValue?: string } & Record<string, unknown>;

/** Looks up an interface string by its dotted key. */
export type Translate = (key: string, options?: TranslateOptions) => string;

/** One language's resource file (src/lib/i18n/locales). */
export type Strings = { readonly [key: string]: string | Strings };

/** A page's interface strings: its language's, and every language's own name. */
export interface InterfaceStrings {
  lang: Lang;
  strings: Strings;
  ownLanguageNames: Record<Lang, string>;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function lookUp(strings: Strings, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The part of i18next these resources use, in a few lines instead of its
 * 15 KB gzip (see the README, Stack): nested keys, `{{name}}` placeholders
 * filled without HTML escaping (Svelte escapes on render), `_one`/`_other`…
 * plural forms chosen by Intl.PluralRules from `count`, `defaultValue`, the
 * key itself when a string is missing, a placeholder kept as written when its
 * value is missing. tests/unit/i18n.test.ts checks every string of every
 * language against i18next itself.
 */
export function createTranslator(lang: Lang, strings: Strings): Translate {
  const plurals = new Intl.PluralRules(lang);
  return (key, options) => {
    const count = options?.count;
    const template =
      (typeof count === 'number' ? lookUp(strings, `${key}_${plurals.select(count)}`) : undefined) ??
      lookUp(strings, key) ??
      options?.defaultValue ??
      key;
    return options ? template.replace(PLACEHOLDER, (whole, name: string) => (options[name] === undefined ? whole : String(options[name]))) : template;
  };
}

const translators = new Map<Lang, Translate>();
const NOT_LOADED = 'are not loaded (src/routes/[lang=lang]/+layout.ts loads them).';
let languageNames: Record<Lang, string> | undefined;

/**
 * Makes a language's strings available to `translator`. The layout's load
 * calls it, on the server and in the browser, before any component renders.
 */
export function useInterfaceStrings({ lang, strings, ownLanguageNames }: InterfaceStrings): void {
  if (!translators.has(lang)) translators.set(lang, createTranslator(lang, strings));
  languageNames = ownLanguageNames;
}

/** The translator for a language whose strings are in (see useInterfaceStrings). */
export function translator(lang: Lang): Translate {
  const t = translators.get(lang);
  if (!t) throw new Error(`The interface strings of "${lang}" ${NOT_LOADED}`);
  return t;
}

/** A language's name in that language, for language switches. */
export function ownLanguageName(code: Lang): string {
  if (!languageNames) throw new Error(`The interface strings ${NOT_LOADED}`);
  return languageNames[code];
}
