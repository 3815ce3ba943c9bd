import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { resources } from '../../src/lib/i18n/resources';
import { LANGS } from '../../src/lib/timeline/types';

// Editorial rules of the record (data/) that a reader would notice broken:
// one name per publisher and language, one rank per person and language,
// no party left unnamed, nothing listed that no event uses.

const timeline = compileTimeline(readDataFolder('data').raw);
const sources = Object.values(timeline.sources);

describe('publishers', () => {
  it.each(LANGS)('the %s footer names every publisher as the sources do in that language', (lang) => {
    const footer = resources[lang].site.sourcesFooter;
    for (const source of sources) expect(footer, source.id).toContain(source.publisher[lang]);
  });

  it('are plain names: what the reader should know about them is in the translated note', () => {
    for (const source of sources) {
      for (const lang of LANGS) expect(source.publisher[lang], `${source.id} ${lang}`).not.toMatch(/,|\bvia\b|edition|republish/i);
    }
  });
});

describe('the pointer to how the May 2023 visit was dated', () => {
  // The Radio Habana Cuba note is read on the visit itself as on other events: it names the
  // disclosure found under the visit's date by the words the page prints.
  it.each(LANGS)('in %s names the disclosure the visit shows, as the page prints it', (lang) => {
    const visit = timeline.events.find((event) => event.id === 'visit-2023-05')!;
    expect(visit.dateNote?.[lang]).toBeTruthy();
    expect(timeline.sources['rhc-2023']!.note![lang]).toContain(resources[lang].event.dateReasoning);
  });
});

describe('participants’ titles', () => {
  // A rank is the words before the first comma that name a general.
  const RANK = /^([^,]*(?:général|general|tướng)[^,]*),/i;

  it.each(LANGS)('in %s give each person one rank, the same at every event, or none', (lang) => {
    const ranks = new Map<string, Set<string>>();
    for (const event of timeline.events) {
      for (const { person, title } of event.participants) {
        const rank = title ? (RANK.exec(title[lang])?.[1] ?? '(none)') : '(no title)';
        if (rank === '(no title)') continue;
        ranks.set(person, (ranks.get(person) ?? new Set()).add(rank));
      }
    }
    const several = [...ranks].filter(([, set]) => set.size > 1).map(([person, set]) => `${person}: ${[...set].join(' / ')}`);
    expect(several).toEqual([]);
  });

  it('name the Communist Party of Cuba wherever a Cuban is a member of its Politburo', () => {
    const POLITBURO = { fr: /Bureau politique/i, en: /Politburo|Political Bureau/i, vi: /Bộ Chính trị/ };
    const PARTY = { fr: /Parti communiste de Cuba/, en: /Communist Party of Cuba/, vi: /Đảng Cộng sản Cuba/ };
    let checked = 0;
    for (const event of timeline.events) {
      for (const { person, title } of event.participants) {
        if (!title || timeline.people[person].country !== 'CU') continue;
        for (const lang of LANGS) {
          if (!POLITBURO[lang].test(title[lang])) continue;
          expect(title[lang], `${event.id} ${person} ${lang}`).toMatch(PARTY[lang]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('are kept out of the summaries: no rank is written before a name there', () => {
    const names = Object.values(timeline.people).map((p) => p.name.split(' ')[0]);
    const ranked = new RegExp(`(?:Đại tướng|Trung tướng|Lieutenant General|[Gg]énéral|General) (?:${names.join('|')})`);
    for (const event of timeline.events) for (const lang of LANGS) expect(event.summary[lang], `${event.id} ${lang}`).not.toMatch(ranked);
  });
});

describe('lists', () => {
  it('hold no place, person, domain or source that no event uses', () => {
    const used = {
      places: new Set<string>(),
      people: new Set(timeline.events.flatMap((e) => e.participants.map((p) => p.person))),
      domains: new Set(timeline.events.flatMap((e) => e.domains)),
      sources: new Set(timeline.events.flatMap((e) => e.sources))
    };
    for (const event of timeline.events) {
      // A place used by an event also uses the places it lies within.
      for (let at = event.place; at; at = timeline.places[at]?.within) used.places.add(at);
    }
    expect(Object.keys(timeline.places).filter((id) => !used.places.has(id))).toEqual([]);
    expect(Object.keys(timeline.people).filter((id) => !used.people.has(id))).toEqual([]);
    expect(Object.keys(timeline.domains).filter((id) => !used.domains.has(id))).toEqual([]);
    expect(Object.keys(timeline.sources).filter((id) => !used.sources.has(id))).toEqual([]);
  });
});
