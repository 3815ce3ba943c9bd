import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_KINDS } from '../../src/lib/data/schema';
import { interfaceStrings, resources } from '../../src/lib/i18n/resources';
import { createTranslator } from '../../src/lib/i18n/createTranslator';
import {
  loadTranslator,
  ownLanguageName,
  translator,
  useInterfaceStrings
} from '../../src/lib/i18n/translators.svelte';
import type { Granularity } from '../../src/lib/timeline/ticks';
import { LANGS, type Lang } from '../../src/lib/timeline/types';

// i18next plural forms; a language has only those it needs (Vietnamese: _other).
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a resource as "dotted.key" → value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else out.set(prefix, value);
  return out;
}

const flat = Object.fromEntries(LANGS.map((lang) => [lang, flatten(resources[lang])])) as Record<Lang, Map<string, unknown>>;

/** Keys with plural forms folded into one. */
const baseKeys = (lang: Lang) => new Set([...flat[lang].keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));

/** The {{placeholders}} of a key, over all its plural forms. */
function placeholders(lang: Lang, base: string): string[] {
  const names = new Set<string>();
  for (const [key, value] of flat[lang]) {
    if (key.replace(PLURAL_SUFFIX, '') !== base) continue;
    for (const match of String(value).matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1]);
  }
  return [...names].sort();
}

describe('locale files', () => {
  const PAIRS = LANGS.flatMap((a) => LANGS.filter((b) => b !== a).map((b) => [a, b] as const));

  it.each(PAIRS)('every key of %s exists in %s', (a, b) => {
    const missing = [...baseKeys(a)].filter((key) => !baseKeys(b).has(key));
    expect(missing).toEqual([]);
  });

  it.each(LANGS)('every value in %s is a non-empty string', (lang) => {
    const bad = [...flat[lang]].filter(([, value]) => typeof value !== 'string' || !value.trim()).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it.each(LANGS)('%s uses the same placeholders as the other languages', (lang) => {
    for (const base of baseKeys('en')) {
      expect(placeholders(lang, base), `${lang} ${base}`).toEqual(placeholders('en', base));
    }
  });

  it.each(LANGS)('%s has the plural "other" form of every plural key', (lang) => {
    const plural = [...flat[lang].keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, ''));
    for (const base of plural) expect(flat[lang].has(`${base}_other`), `${lang} ${base}_other`).toBe(true);
  });

  it.each(LANGS)('%s names every event kind of the data schema', (lang) => {
    for (const kind of EVENT_KINDS) expect(flat[lang].get(`event.kind.${kind}`), `${lang} ${kind}`).toBeTruthy();
  });

  it.each(LANGS)('%s names every tick granularity', (lang) => {
    const granularities: Granularity[] = ['decade', 'year', 'month', 'week', 'day'];
    for (const g of granularities) expect(flat[lang].get(`timeline.granularity.${g}`), `${lang} ${g}`).toBeTruthy();
  });

  it.each(LANGS)('%s names every language, including itself', (lang) => {
    for (const other of LANGS) expect(flat[lang].get(`languageNames.${other}`)).toBeTruthy();
  });
});

describe('translator before a page has loaded its strings', () => {
  it('fails loudly instead of showing keys', () => {
    expect(() => translator('vi')).toThrow(/interface strings of "vi" are not loaded/);
  });
});

describe('translator', () => {
  beforeAll(() => LANGS.forEach((lang) => useInterfaceStrings(interfaceStrings(lang))));

  it.each([
    ['fr', 'timeline.zoomIn', 'Zoomer'],
    ['en', 'timeline.zoomIn', 'Zoom in'],
    ['vi', 'timeline.zoomIn', 'Phóng to'],
    ['fr', 'site.languageName', 'Français'],
    ['en', 'event.kind.cooperation-period', 'Cooperation period'],
    ['vi', 'event.kind.talks', 'Hội đàm']
  ] as [Lang, string, string][])('in %s translates %s as "%s"', (lang, key, expected) => {
    expect(translator(lang)(key)).toBe(expected);
  });

  it.each([
    ['en', 1, '1 more event'],
    ['en', 3, '3 more events'],
    ['en', 0, '0 more events'],
    ['fr', 1, '1 autre événement'],
    ['fr', 3, '3 autres événements'],
    ['vi', 1, 'thêm 1 sự kiện'],
    ['vi', 3, 'thêm 3 sự kiện']
  ] as [Lang, number, string][])('in %s pluralises timeline.more for %i', (lang, count, expected) => {
    expect(translator(lang)('timeline.more', { count })).toBe(expected);
  });

  it('fills placeholders without HTML-escaping them (Svelte escapes on render)', () => {
    expect(translator('en')('timeline.visibleRange', { from: 'May 2023', to: "l'été <2024>" })).toBe(
      "Showing May 2023 – l'été <2024>"
    );
  });

  it('names each language in that language', () => {
    expect(LANGS.map((code) => ownLanguageName(code))).toEqual(['Français', 'English', 'Tiếng Việt']);
  });

  it('keeps one translator per language', () => {
    expect(translator('vi')).toBe(translator('vi'));
    expect(translator('vi')).not.toBe(translator('fr'));
  });

  it.each(LANGS)('in %s shows a missing key as the key, not another language', (lang) => {
    expect(translator(lang)('timeline.noSuchKey')).toBe('timeline.noSuchKey');
  });
});

describe('translator, through i18next', () => {
  beforeAll(() => LANGS.forEach((lang) => useInterfaceStrings(interfaceStrings(lang))));

  it.each(LANGS)('in %s gives every key a string of its own language, never the key', (lang) => {
    const t = translator(lang);
    for (const base of baseKeys(lang)) {
      const values = Object.fromEntries(placeholders(lang, base).map((name) => [name, `«${name}»`]));
      const text = t(base, { ...values, count: 2 });
      expect(text, `${lang} ${base}`).not.toBe(base);
      expect(text, `${lang} ${base}`).not.toMatch(/\{\{/);
      // `count` is a number here (it picks the plural form); the other values are marked text.
      for (const name of placeholders(lang, base)) expect(text, `${lang} ${base}`).toContain(name === 'count' ? '2' : `«${name}»`);
    }
  });

  it.each([
    ['en', 'site.listEarlier', 1, 'Show 1 earlier event'],
    ['en', 'site.listEarlier', 2, 'Show 2 earlier events'],
    ['fr', 'site.listLater', 1, 'Afficher 1 événement suivant'],
    ['fr', 'site.listLater', 0, 'Afficher 0 événement suivant'],
    ['fr', 'site.listLater', 1.5, 'Afficher 1,5 événement suivant'],
    ['fr', 'site.listLater', 2, 'Afficher 2 événements suivants']
  ] as [Lang, string, number, string][])('in %s pluralises %s for %s by the language\'s rules', (lang, key, count, expected) => {
    // In French 0 and 1.5 take the singular, in English only 1 does (CLDR, through Intl.PluralRules).
    expect(translator(lang)(key, { count, n: String(count).replace('.', lang === 'fr' ? ',' : '.') })).toBe(expected);
  });

  it.each([
    ['fr', 'share.wholeTimeline', 10000, 'Toute la frise\u202f: 10\u202f000 événements'],
    ['en', 'share.wholeTimeline', 10000, 'The whole timeline: 10,000 events'],
    ['vi', 'share.wholeTimeline', 10000, 'Toàn bộ dòng thời gian: 10.000 sự kiện'],
    ['fr', 'picture.events', 1, '1 événement'],
    ['en', 'share.thisView', 1, 'This view: 1 event']
  ] as [Lang, string, number, string][])('in %s writes the count of %s for %i as the language groups digits', (lang, key, count, expected) => {
    // `{{count, number}}`: i18next's Intl number format, in the translator's language.
    expect(translator(lang)(key, { count })).toBe(expected);
  });

  it('uses a key\'s defaultValue when the key is missing, filling its placeholders', () => {
    expect(translator('en')('languageNames.xx', { defaultValue: 'xx' })).toBe('xx');
    expect(translator('fr')('timeline.noSuchKey', { defaultValue: 'Repli {{x}}', x: 7 })).toBe('Repli 7');
  });

  it('picks plural forms with the language\'s own rules', () => {
    const t = createTranslator('fr', { n_one: 'un', n_other: 'plusieurs' });
    expect([0, 1, 1.5, 2].map((count) => t('n', { count }))).toEqual(['un', 'un', 'un', 'plusieurs']);
    const english = createTranslator('en', { n_one: 'one', n_other: 'other' });
    expect([0, 1, 2].map((count) => english('n', { count }))).toEqual(['other', 'one', 'other']);
    const vietnamese = createTranslator('vi', { n_other: 'một dạng' });
    expect([0, 1, 2].map((count) => vietnamese('n', { count }))).toEqual(['một dạng', 'một dạng', 'một dạng']);
  });

  it('remembers a string asked for without options, and still fills and pluralises one asked for with them', () => {
    const t = createTranslator('en', { n_one: 'one {{what}}', n_other: '{{count}} {{what}}s', plain: 'Plain', greet: 'Hello {{name}}' });
    expect(t('plain')).toBe('Plain');
    expect(t('plain')).toBe('Plain');
    // Asked bare first, the key is not frozen for calls that bring values.
    expect(t('greet')).toBe('Hello {{name}}');
    expect(t('greet', { name: 'Ana' })).toBe('Hello Ana');
    expect(t('greet', { name: 'Bảo' })).toBe('Hello Bảo');
    expect([1, 3].map((count) => t('n', { count, what: 'visit' }))).toEqual(['one visit', '3 visits']);
    // A missing key still shows itself, however often it is asked for.
    expect(t('timeline.noSuchKey')).toBe('timeline.noSuchKey');
    expect(t('timeline.noSuchKey')).toBe('timeline.noSuchKey');
    expect(t('timeline.noSuchKey', { defaultValue: 'Repli' })).toBe('Repli');
  });

  it('holds only its own language: another language\'s key is not found', () => {
    const t = createTranslator('vi', { only: 'chỉ tiếng Việt' });
    expect(t('only')).toBe('chỉ tiếng Việt');
    expect(t('timeline.zoomIn')).toBe('timeline.zoomIn');
  });
});

describe('strings loaded on demand (a second language, the embed dialog)', () => {
  it('loads a language\'s resource file and gives its translator', async () => {
    const t = await loadTranslator('fr');
    expect(t('timeline.zoomOut')).toBe('Dézoomer');
    expect(await loadTranslator('fr')).toBe(t);
  });

  it('gives null until the strings are in, then the translator', async () => {
    // A fresh copy of the module, in which no language is loaded yet.
    vi.resetModules();
    const fresh = await import('../../src/lib/i18n/translators.svelte');
    expect(fresh.translatorOnDemand('vi')).toBeNull();
    await fresh.loadTranslator('vi');
    expect(fresh.translatorOnDemand('vi')?.('timeline.showAll')).toBe('Xem toàn bộ');
  });
});
