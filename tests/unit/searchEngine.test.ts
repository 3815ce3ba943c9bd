import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import type { TimelineData, TimelineEvent } from '../../src/lib/data/model';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { searchDocuments } from '../../src/lib/search/documents';
import { SearchEngine } from '../../src/lib/search/searchEngine';
import { SearchWorkerCore, type FromSearchWorker } from '../../src/lib/search/searchWorkerCore';
import en from '../../src/lib/i18n/locales/en.json';
import fr from '../../src/lib/i18n/locales/fr.json';
import vi from '../../src/lib/i18n/locales/vi.json';
import type { Lang } from '../../src/lib/timeline/types';
import { makeEvent, makeTimeline, text } from './fixtures/timeline';

const project = compileTimeline(readDataFolder('data').raw);
const labels = Object.fromEntries(Object.entries({ fr, en, vi }).map(([lang, s]) => [lang, { kind: s.event.kind, evidence: s.event.evidence }]));
const engine = new SearchEngine(project, labels);
for (const lang of ['fr', 'en', 'vi'] as const) engine.indexSome(lang);

const find = (query: string, langs: Lang[] = ['en'], data = project, search = engine) => [...search.search(query, langs).indices].map((i) => data.events[i].id);
const withPerson = (person: string) => project.events.filter((e) => e.participants.some((p) => p.person === person)).map((e) => e.id);
const withPlace = (...places: string[]) => project.events.filter((e) => places.includes(e.place ?? '')).map((e) => e.id);
const sorted = (ids: string[]) => [...ids].sort();

describe('the issue’s examples, without a single accent', () => {
  it.each<[string, Lang]>([
    ['tuyen', 'en'],
    ['tuyen', 'fr'],
    ['tuyen', 'vi'],
    ['tuy', 'en'],
    ['le van tuyen', 'vi'],
    ['tuyen le van', 'vi'],
    ['levantuyen', 'en']
  ])('"%s" (%s) finds every event with Lê Văn Tuyến', (query, lang) => {
    const expected = withPerson('le-van-tuyen');
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(find(query, [lang]))).toEqual(expect.arrayContaining(sorted(expected)));
  });

  it.each<[string, Lang]>([
    ['alvarez', 'en'],
    ['alvarez casas', 'fr'],
    ['casas alvarez', 'vi'],
    ['ALVAREZ', 'en']
  ])('"%s" (%s) finds every event with Álvarez Casas', (query, lang) => {
    expect(find(query, [lang])).toEqual(expect.arrayContaining(withPerson('alvarez-casas')));
  });

  it.each<[string, Lang]>([
    ['ha noi', 'vi'],
    // The place's own name is searched on every page: Hà Nội on the English and French ones too.
    ['ha noi', 'en'],
    ['ha noi', 'fr'],
    ['hanoi', 'vi'],
    ['hanoi', 'fr'],
    ['hanoi', 'en'],
    ['han', 'vi']
  ])('"%s" (%s) finds every event in Hà Nội and the places within it', (query, lang) => {
    const expected = withPlace('hanoi', 'hoai-duc');
    expect(expected.length).toBeGreaterThan(1);
    expect(find(query, [lang])).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string, Lang]>([
    ['hoai duc', 'vi'],
    ['hoai duc', 'en'],
    ['duc hoai', 'fr'],
    ['hoaiduc', 'vi']
  ])('"%s" (%s) finds the events in Hoài Đức, and only those', (query, lang) => {
    expect(sorted(find(query, [lang]))).toEqual(sorted(withPlace('hoai-duc')));
  });

  it('"medaille" (fr) finds « médaille »', () => {
    const withMedaille = project.events.filter((e) => /médaille/i.test(`${e.title.fr} ${e.summary.fr} ${e.notes?.fr ?? ''}`)).map((e) => e.id);
    expect(withMedaille.length).toBeGreaterThan(0);
    expect(sorted(find('medaille', ['fr']))).toEqual(sorted(withMedaille));
  });

  it('finds kinds and evidence by the words the page shows', () => {
    const awards = project.events.filter((e) => e.kind === 'award').map((e) => e.id);
    expect(find('decoration', ['fr'])).toEqual(expect.arrayContaining(awards));
    const context = project.events.filter((e) => e.evidence === 'context').map((e) => e.id);
    expect(find('context', ['en'])).toEqual(expect.arrayContaining(context));
  });

  it('finds sources by publisher', () => {
    const publisher = Object.values(project.sources)[0];
    const citing = project.events.filter((e) => e.sources.includes(publisher.id)).map((e) => e.id);
    expect(sorted(find(publisher.publisher.en, ['en']))).toEqual(expect.arrayContaining(sorted(citing)));
    expect(sorted(find(publisher.publisher.vi, ['vi']))).toEqual(expect.arrayContaining(sorted(citing)));
  });

  it('finds nothing for a word the record does not have', () => {
    expect(find('zzyzx')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find('  ,;  ')).toEqual([]);
  });
});

describe('matching rules', () => {
  it('needs every word (any field, any order)', () => {
    const both = find('tuyen havana');
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) expect(find('tuyen')).toContain(id);
    expect(sorted(both)).toEqual(sorted(find('havana tuyen')));
    expect(find('tuyen zzyzx')).toEqual([]);
  });

  it('takes the last word as the start of a word, the others whole', () => {
    expect(find('hoai du', ['vi'])).toEqual(find('hoai duc', ['vi']));
    // "hoa" is not a whole word of these events, so it narrows to nothing here…
    expect(find('hoa duc', ['vi'])).toEqual([]);
    // …while as the word being typed it is a start.
    expect(find('duc hoa', ['vi'])).toEqual(find('duc hoai', ['vi']));
  });

  it('searches the second language too, when asked', () => {
    const viOnly = find('hoi dam', ['vi']);
    expect(viOnly.length).toBeGreaterThan(0);
    expect(find('hoi dam', ['en'])).toEqual([]);
    expect(find('hoi dam', ['en', 'vi'])).toEqual(viOnly);
  });
});

describe('ranking', () => {
  const event = (id: string, title: string, summary: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
    makeEvent(id, { title: text(title), summary: text(summary), ...extra });
  // In time order; the title matches come late, so ranking has to move them.
  const data: TimelineData = makeTimeline(
    [
      event('summary-only', 'Meeting of the ministers', 'They talked about fire rescue training and fire rescue equipment.'),
      event('place-only', 'Meeting', 'A meeting.', { place: 'ha-noi' }),
      event('title-rescue', 'Fire rescue training', 'A course.'),
      event('title-partly', 'Fire safety', 'Rescue drills.'),
      event('unrelated', 'Agreement', 'Signed.')
    ],
    { places: { 'ha-noi': { id: 'ha-noi', name: { fr: 'Hanoï', en: 'Hanoi', vi: 'Hà Nội' }, country: 'VN' } } }
  );
  const small = new SearchEngine(data);
  small.indexSome('en');
  small.indexSome('vi');
  const rank = (query: string, langs: Lang[] = ['en']) => find(query, langs, data, small);

  it('puts events whose title has every word first', () => {
    // Then words found early (a title with one of them) before words found late (a summary).
    expect(rank('fire rescue')).toEqual(['title-rescue', 'title-partly', 'summary-only']);
    expect(rank('rescue fire')[0]).toBe('title-rescue');
    expect(rank('train')).toEqual(['title-rescue', 'summary-only']);
  });

  it('puts a title match first even when the word comes late in a long title', () => {
    const late: TimelineData = {
      ...data,
      events: [
        event('early-in-text', 'Meeting', 'Visit of the delegation.'),
        event('late-in-title', 'One two three four five six seven eight nine ten eleven twelve visit', 'Nothing else.')
      ]
    };
    const search = new SearchEngine(late);
    search.indexSome('en');
    expect(find('visit', ['en'], late, search)).toEqual(['late-in-title', 'early-in-text']);
  });

  it('puts words that run together as a name before words found apart', () => {
    // "ha" and "noi" are in both, early in one; only the place joins them.
    const joined: TimelineData = {
      ...data,
      events: [event('apart', 'Visit', 'Ha and Noi met.'), event('together', 'Visit', 'A visit.', { place: 'ha-noi' })]
    };
    const search = new SearchEngine(joined);
    search.indexSome('vi');
    expect(find('ha noi', ['vi'], joined, search)).toEqual(['together', 'apart']);
    expect(find('noi ha', ['vi'], joined, search)).toEqual(['together', 'apart']);
  });

  it('ranks title matches first on the project data', () => {
    const results = find('visit');
    const titled = project.events.filter((e) => /visit/i.test(e.title.en)).map((e) => e.id);
    expect(titled.length).toBeGreaterThan(1);
    expect(sorted(results.slice(0, titled.length))).toEqual(sorted(titled));
  });
});

/** The project's events twenty times over (ids made unique), enough to index in several slices. */
const larger: TimelineData = {
  ...project,
  events: Array.from({ length: 20 }, (_, copy) => project.events.map((e) => ({ ...e, id: `${e.id}-${copy}`, parent: null, children: [] }))).flat()
};

describe('indexing a slice at a time', () => {
  it('answers with what is indexed and says whether it is complete', () => {
    const partial = new SearchEngine(larger, labels);
    const whole = new SearchEngine(larger, labels);
    whole.indexSome('en');
    expect(partial.search('tuyen', ['en'])).toEqual({ indices: new Uint32Array(0), complete: false });
    let steps = 0;
    while (!partial.indexSome('en', 0)) steps += 1;
    expect(steps).toBeGreaterThan(0);
    expect(partial.complete('en')).toBe(true);
    expect(partial.complete('vi')).toBe(false);
    expect(partial.search('tuyen', ['en']).complete).toBe(true);
    expect(partial.search('tuyen', ['en', 'vi']).complete).toBe(false);
    expect([...partial.search('tuyen', ['en']).indices]).toEqual([...whole.search('tuyen', ['en']).indices]);
  });

  it('indexes the same documents documents.ts describes', () => {
    const docs = searchDocuments(project, 'vi', labels.vi);
    expect(docs).toHaveLength(project.events.length);
    expect(docs.find((doc) => doc.places.includes('Hoài Đức'))?.places).toContain('hoaiduc');
  });
});

describe('SearchWorkerCore', () => {
  /** A core with a clock the test moves, and the answers it posted. */
  function core() {
    let now = 0;
    const answers: Extract<FromSearchWorker, { type: 'answer' }>[] = [];
    const worker = new SearchWorkerCore((message) => message.type === 'answer' && answers.push(message), labels, () => now);
    return { worker, answers, tick: (ms: number) => (now += ms) };
  }
  const ids = (indices: Uint32Array, data = project) => [...indices].map((i) => data.events[i].id);

  it('answers the latest query only, then again when its languages are indexed', () => {
    const { worker, answers } = core();
    worker.receive({ type: 'load', data: larger });
    worker.receive({ type: 'search', query: 'tu', langs: ['en'] });
    worker.receive({ type: 'search', query: 'tuyen', langs: ['en'] });
    while (worker.step(0));
    // The first answer after a first slice, partial; the last complete; none in between (the clock stood still).
    expect(answers.map((a) => a.query)).toEqual(['tuyen', 'tuyen']);
    expect(answers[0].complete).toBe(false);
    expect(answers[0].indices.length).toBeGreaterThan(0);
    expect(answers[1].complete).toBe(true);
    const whole = new SearchEngine(larger, labels);
    whole.indexSome('en');
    expect(ids(answers[1].indices, larger)).toEqual(ids(whole.search('tuyen', ['en']).indices, larger));
    expect(answers[1].size).toBe(larger.events.length);
  });

  it('refreshes a partial answer as indexing goes on', () => {
    const { worker, answers, tick } = core();
    worker.receive({ type: 'load', data: larger });
    worker.receive({ type: 'search', query: 'hanoi', langs: ['vi'] });
    let steps = 0;
    while (worker.step(0)) {
      tick(300);
      steps += 1;
    }
    expect(steps).toBeGreaterThan(2);
    expect(answers.length).toBeGreaterThan(2);
    // Partial answers only grow.
    for (let i = 1; i < answers.length; i += 1) expect(answers[i].indices.length).toBeGreaterThanOrEqual(answers[i - 1].indices.length);
    expect(answers.filter((a) => a.complete)).toHaveLength(1);
    expect(answers.at(-1)!.complete).toBe(true);
    expect(ids(answers.at(-1)!.indices, larger).length).toBe(20 * find('hanoi', ['vi']).length);
  });

  it('indexes what it was asked to prepare, and has nothing to do without data', () => {
    const { worker, answers } = core();
    worker.receive({ type: 'prepare', langs: ['fr'] });
    expect(worker.step(10)).toBe(false);
    worker.receive({ type: 'load', data: project });
    while (worker.step(1000));
    worker.receive({ type: 'search', query: 'medaille', langs: ['fr'] });
    expect(worker.step(10)).toBe(false);
    expect(answers).toHaveLength(1);
    expect(answers[0].complete).toBe(true);
  });
});
