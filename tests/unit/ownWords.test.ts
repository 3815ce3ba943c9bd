import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { LANGS } from '../../src/lib/timeline/types';
import { articleFingerprints, copiedRuns, RUN } from '../support/copyCheck';
import type { seedRuns } from '../support/seedFingerprints';
import { SEED_RUNS } from '../support/seedFingerprints';

// Every text of the record is written in our own words. The source articles
// are not copied into the project: tests/fixtures/seed-runs.json keeps a
// fingerprint of each run of RUN words in them (tests/support/seedFingerprints.ts
// writes it from ../shared/seeds), which is all the comparison needs.

const fingerprints = JSON.parse(readFileSync(SEED_RUNS, 'utf8')) as ReturnType<typeof seedRuns>;
const seen = new Set(fingerprints.articles.flatMap((article) => article.runs));

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
    expect(copiedRuns(text, new Set(articleFingerprints(article)))).toHaveLength(expected);
  });

  it('does not count a run that only crosses a ministry’s or a medal’s name', () => {
    const source = 'a reçu la médaille de l’amitié pour sa contribution à la promotion de la coopération';
    const sourceRuns = new Set(articleFingerprints(source));
    expect(copiedRuns('le ministre a reçu la médaille de l’Amitié pour sa contribution', sourceRuns)).toEqual([]);
    expect(copiedRuns('pour sa contribution à la promotion de la coopération entre', sourceRuns)).toHaveLength(1);
  });

  it('has the fingerprints of both source articles', () => {
    expect(fingerprints.run).toBe(RUN);
    expect(fingerprints.articles).toHaveLength(2);
    for (const article of fingerprints.articles) expect(article.runs.length).toBeGreaterThan(300);
  });
});

describe('the record is written in our own words', () => {
  const texts = dataTexts('data');

  it('has texts to check in every language', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it(`shares no run of ${RUN} words with a source article`, () => {
    const copied = texts.flatMap(([where, text]) => copiedRuns(text, seen).map((run) => `${where}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
