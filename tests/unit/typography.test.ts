import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { resources } from '../../src/lib/i18n/resources';
import { LANGS, type Lang } from '../../src/lib/timeline/types';

// Typography of every text a reader sees: the data (data/) and the interface
// strings (src/lib/i18n/locales/). French sets a narrow no-break space
// (U+202F) before : ; ! ? and inside « »; every language uses the
// typographic apostrophe ’ and curly quotes, never the typewriter ' and ".

const NNBSP = '\u202f';

/** Every text of the data folder and the interface, by language, with where it comes from. */
function textsByLang(): Record<Lang, [string, string][]> {
  const out: Record<Lang, [string, string][]> = { fr: [], en: [], vi: [] };
  const { raw } = readDataFolder('data');
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}.${i}`));
    else if (value && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      if (LANGS.every((lang) => typeof map[lang] === 'string')) {
        for (const lang of LANGS) out[lang].push([`${where}.${lang}`, map[lang] as string]);
        return;
      }
      for (const [key, child] of Object.entries(map)) visit(child, `${where}.${key}`);
    }
  };
  for (const file of [raw.meta, raw.sources, raw.people, raw.places, raw.domains, ...raw.events]) visit(file.content, file.path);
  // A source's title is shown as published, in its own language.
  for (const source of raw.sources.content as { id: string; title: string; language: string }[]) {
    if ((LANGS as readonly string[]).includes(source.language)) {
      out[source.language as Lang].push([`${raw.sources.path} ${source.id} title`, source.title]);
    }
  }
  const strings = (value: unknown, where: string, lang: Lang) => {
    if (typeof value === 'string') out[lang].push([where, value]);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) strings(child, `${where}.${key}`, lang);
    }
  };
  for (const lang of LANGS) strings(resources[lang], `${lang}.json`, lang);
  return out;
}

const texts = textsByLang();

/** The texts of a language with a mark where they break a rule: "where: …context…". */
function breaches(lang: Lang, rule: RegExp): string[] {
  return texts[lang].flatMap(([where, text]) =>
    [...text.matchAll(new RegExp(rule.source, `${rule.flags.replace('g', '')}g`))].map(
      (match) => `${where}: …${text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 5)}…`
    )
  );
}

describe('French typography', () => {
  it('has French texts to check, from the data and the interface', () => {
    expect(texts.fr.filter(([where]) => where.startsWith('data')).length).toBeGreaterThan(50);
    expect(texts.fr.filter(([where]) => where.startsWith('fr.json')).length).toBeGreaterThan(50);
  });

  it('sets a narrow no-break space before : ; ! ? (not a space, not a no-break space, not nothing)', () => {
    // "://" is an address, not punctuation.
    expect(breaches('fr', new RegExp(`[^${NNBSP}](?:[;!?]|:(?!//))`))).toEqual([]);
  });

  it('sets a narrow no-break space inside « »', () => {
    expect(breaches('fr', new RegExp(`«(?!${NNBSP})|(?<!${NNBSP})»`))).toEqual([]);
  });
});

describe('English and Vietnamese typography', () => {
  it.each(['en', 'vi'] as Lang[])('%s sets no space before : ; ! ?', (lang) => {
    expect(breaches(lang, /\s(?:[;!?]|:(?!\/\/))/u)).toEqual([]);
  });
});

describe('apostrophes and quotes', () => {
  it.each(LANGS)('%s uses ’ and curly quotes, never a straight apostrophe or quote', (lang) => {
    expect(breaches(lang, /['"]/)).toEqual([]);
  });
});
