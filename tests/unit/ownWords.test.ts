import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { LANGS } from '../../src/lib/timeline/types';

// Every text of the record is written in our own words. The two source
// articles are kept in tests/fixtures/seeds/ only so that this test can
// compare the data with them, word for word.

/** How many words in a row make a copied phrase. */
const RUN = 8;

/**
 * Names, not prose: the two ministries and the awards. A data text may say
 * "le ministère cubain de l’Intérieur" as the source does without having
 * copied anything, so these are cut out (as word breaks) before comparing.
 * Written already normalised (see `words`), longest first.
 */
const NAMES = [
  'ministere vietnamien de la securite publique',
  'ministere de la securite publique',
  'ministere cubain de l interieur',
  'ministere de l interieur',
  'vietnamese ministry of public security',
  'ministry of public security of vietnam',
  'ministry of public security',
  'cuban ministry of the interior',
  'cuban ministry of interior',
  'ministry of the interior of cuba',
  'ministry of interior of cuba',
  'ministry of the interior',
  'ministry of interior',
  'medaille de l amitie',
  'protection de la securite nationale',
  'friendship medal',
  'protection of national security'
].map((name) => name.split(' '));

/** Lower-case words without accents; quotes, apostrophes and punctuation only separate them. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words of a text, with each name replaced by a break (null) that no run can cross. */
function prose(text: string): (string | null)[] {
  const all = words(text);
  const out: (string | null)[] = [];
  for (let i = 0; i < all.length; ) {
    const name = NAMES.find((n) => n.every((word, k) => all[i + k] === word));
    if (name) {
      out.push(null);
      i += name.length;
    } else out.push(all[i++]);
  }
  return out;
}

/** Every run of RUN consecutive words of a text (no name inside), as "w1 w2 … w8", with where it starts. */
function runs(tokens: (string | null)[]): { at: number; run: string }[] {
  const out: { at: number; run: string }[] = [];
  for (let at = 0; at + RUN <= tokens.length; at++) {
    const run = tokens.slice(at, at + RUN);
    if (run.every((t) => t !== null)) out.push({ at, run: run.join(' ') });
  }
  return out;
}

/** The longest passages of `text` made of runs that also occur in one of `articles`, in normalised words. */
function copiedRuns(text: string, articles: string[]): string[] {
  const seen = new Set(articles.flatMap((article) => runs(prose(article)).map(({ run }) => run)));
  const tokens = prose(text);
  const copied = new Array<boolean>(tokens.length).fill(false);
  for (const { at, run } of runs(tokens)) if (seen.has(run)) copied.fill(true, at, at + RUN);
  const passages: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!copied[i]) continue;
    const start = i;
    while (i + 1 < tokens.length && copied[i + 1]) i++;
    passages.push(tokens.slice(start, i + 1).join(' '));
  }
  return passages;
}

const SEEDS = join(process.cwd(), 'tests/fixtures/seeds');
const articles = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

/** Every translated text of a data folder, as "file id path.lang" → text. */
function dataTexts(folder: string): [string, string][] {
  const { raw } = readDataFolder(folder);
  const out: [string, string][] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${where}.${i}`));
    else if (value && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      if (LANGS.every((lang) => typeof map[lang] === 'string')) {
        for (const lang of LANGS) out.push([`${where}.${lang}`, map[lang] as string]);
      } else for (const [key, child] of Object.entries(map)) visit(child, `${where}.${key}`);
    }
  };
  for (const file of [raw.meta, raw.sources, raw.people, raw.places, raw.domains, ...raw.events]) {
    visit(file.content, file.path);
  }
  return out;
}

describe('the copy check itself', () => {
  const article = 'Lundi, Alvarez Casas et sa délégation ont également effectué une visite de travail au parc.';

  it.each([
    ['finds eight words in a row whatever the case, accents and punctuation', 'ALVAREZ CASAS, et « sa » délégation — ont egalement effectue une visite', 1],
    ['lets seven words in a row pass', 'Álvarez Casas et sa délégation ont également visité le parc', 0],
    ['counts apostrophes and quotes as word breaks, not as letters', 'Alvarez Casas et sa delegation ont’egalement “effectue” une', 1]
  ])('%s', (_, text, expected) => {
    expect(copiedRuns(text, [article])).toHaveLength(expected);
  });

  it('does not count a run that only crosses a ministry’s or a medal’s name', () => {
    const source = 'a reçu la médaille de l’amitié pour sa contribution à la promotion de la coopération';
    expect(copiedRuns('le ministre a reçu la médaille de l’Amitié pour sa contribution', [source])).toEqual([]);
    expect(copiedRuns('pour sa contribution à la promotion de la coopération entre', [source])).toHaveLength(1);
  });

  it('reads both source articles', () => {
    expect(articles).toHaveLength(2);
    for (const text of articles) expect(words(text).length).toBeGreaterThan(300);
  });
});

describe('the record is written in our own words', () => {
  const texts = dataTexts('data');

  it('has texts to check in every language', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it(`shares no run of ${RUN} words with a source article`, () => {
    const copied = texts.flatMap(([where, text]) => copiedRuns(text, articles).map((run) => `${where}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
