import type { Lang } from '../timeline/types';
import { createTranslator, type InterfaceStrings, type Strings, type Translate } from './createTranslator';

export type { Translate, TranslateOptions } from './createTranslator';

const translators = new Map<Lang, Translate>();
const NOT_LOADED = 'are not loaded (src/routes/[lang=lang]/+layout.ts loads them).';
let languageNames: Record<Lang, string> | undefined;

/**
 * Makes a language's strings available to `translator`. The layout's load
 * calls it, on the server and in the browser, before any component renders,
 * with the strings that came with the page's data: no request, no flash of keys.
 */
export function useInterfaceStrings({ lang, strings, ownLanguageNames }: InterfaceStrings): void {
  if (!translators.has(lang)) translators.set(lang, createTranslator(lang, strings));
  languageNames = ownLanguageNames;
}

/** The translator (i18next's fixed `t`) for a language whose strings are in (see useInterfaceStrings). */
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

// Each language's resource file is a chunk of its own, fetched only when
// asked for: a page downloads its own strings with its data, not these.
const localeFiles = import.meta.glob<Strings>('./locales/*.json', { import: 'default' });
const loading = new Map<Lang, Promise<Translate>>();

/** Loads a language's strings on demand (a second language, the embed dialog's choice) and gives its translator. */
export function loadTranslator(lang: Lang): Promise<Translate> {
  const ready = translators.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = loading.get(lang);
  if (!promise) {
    const file = localeFiles[`./locales/${lang}.json`];
    if (!file) return Promise.reject(new Error(`No interface strings for "${lang}"`));
    promise = file().then((strings) => {
      const t = translators.get(lang) ?? createTranslator(lang, strings);
      translators.set(lang, t);
      return t;
    });
    // A failed load (offline) may be retried the next time it is asked for.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

// Counts the languages whose strings arrived on demand, so that a component
// that asked for one before it was in renders again when it is.
let arrivals = $state(0);

/**
 * The translator of a language shown beside the page's own, or null until
 * its strings have arrived: asking starts the load, and a component that
 * asked renders again when they are in. Nothing in that language shows
 * before (never a key).
 */
export function translatorOnDemand(lang: Lang): Translate | null {
  void arrivals;
  const ready = translators.get(lang);
  if (ready) return ready;
  loadTranslator(lang).then(
    () => arrivals++,
    () => {}
  );
  return null;
}
