import { LANGS, type Lang } from './types';

/** True when a value names one of our languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages we have, or English. */
export function preferredLang(accepted: readonly string[]): Lang {
  for (const tag of accepted) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
