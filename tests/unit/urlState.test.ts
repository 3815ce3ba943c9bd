import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  cleanQuery,
  formatUrlDate,
  parseSearchState,
  parseUrlDate,
  parseViewState,
  readableQuery,
  serializeSearchState,
  serializeViewState,
  type SearchState,
  type ViewState
} from '../../src/lib/timeline/urlState';
import { mulberry32 } from './random';
import { LANGS, type Lang } from '../../src/lib/timeline/types';

const known = {
  eventIds: new Set(['talks-2023-05-15', 'visit-1960-09']),
  lang: 'fr' as Lang,
  bounds: { min: Date.UTC(1960, 0, 1), max: Date.UTC(2025, 0, 1) }
};

const none: ViewState = { event: null, from: null, to: null, second: null, list: false };
const parse = (query: string) => parseViewState(new URLSearchParams(query), known);
const utc = (iso: string) => Date.parse(iso);

describe('parseViewState', () => {
  it.each([
    {
      query: 'event=talks-2023-05-15&from=2023-04-20&to=2023-06-10&second=vi',
      state: { ...none, event: 'talks-2023-05-15', from: utc('2023-04-20T00:00Z'), to: utc('2023-06-10T00:00Z'), second: 'vi' }
    },
    { query: '', state: none },
    { query: 'from=2023-05-15T06:00Z&to=2023-05-15T18:00Z', state: { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T18:00Z') } },
    { query: 'from=2023-05-15T06%3A00Z&to=2023-05-15T18%3A00Z', state: { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T18:00Z') } },
    { query: 'from=2023-05-15T06:00&to=2023-05-15T18:00', state: { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T18:00Z') } },
    { query: 'from=2023-05-15T06:00:30.5Z&to=2023-05-15T18:00:00Z', state: { ...none, from: utc('2023-05-15T06:00:30.500Z'), to: utc('2023-05-15T18:00Z') } },
    { query: 'from=2023-05-15T06:00Z&to=2023-05-15T07:00Z', state: { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T07:00Z') } },
    { query: 'from=1900-01-01&to=2100-01-01', state: { ...none, from: utc('1900-01-01T00:00Z'), to: utc('2100-01-01T00:00Z') } },
    { query: 'from=2024-02-29&to=2024-03-02', state: { ...none, from: utc('2024-02-29T00:00Z'), to: utc('2024-03-02T00:00Z') } },
    { query: 'event=visit-1960-09&second=en', state: { ...none, event: 'visit-1960-09', second: 'en' } },
    { query: 'view=list', state: { ...none, list: true } },
    { query: 'view=grid', state: none },
    { query: 'view=LIST', state: none }
  ])('reads "$query"', ({ query, state }) => {
    expect(parse(query)).toEqual(state);
  });

  it.each([
    { query: 'from=banana&to=2023-06-10', why: 'an unparseable from drops the window' },
    { query: 'from=2023-04-20&to=2023-99-99', why: 'an impossible month drops the window' },
    { query: 'from=2023-02-01&to=2023-02-30', why: 'an impossible day drops the window' },
    { query: 'from=2023-02-01&to=2023-02-29', why: 'the 29th of February outside a leap year drops the window' },
    { query: 'from=2023-05-15T24:00Z&to=2023-05-16T06:00Z', why: 'hour 24 drops the window' },
    { query: 'from=2023-5-1&to=2023-06-10', why: 'unpadded digits drop the window' },
    { query: 'from=20023-01-01&to=20023-06-10', why: 'five-digit years drop the window' },
    { query: 'from=2023-05-15T06:00%2B07:00&to=2023-05-16', why: 'an offset other than Z drops the window' },
    { query: 'from=%202023-04-20&to=2023-06-10', why: 'stray spaces drop the window' },
    { query: 'from=&to=2023-06-10', why: 'an empty from drops the window' },
    { query: 'from=2023-06-10&to=2023-04-20', why: 'swapped ends drop the window' },
    { query: 'from=2023-06-10&to=2023-06-10', why: 'equal ends drop the window' },
    { query: 'from=2023-04-20', why: 'a lone from drops the window' },
    { query: 'to=2023-06-10', why: 'a lone to drops the window' },
    { query: 'from=2023-05-15T06:00Z&to=2023-05-15T06:59Z', why: 'a window under an hour is dropped' },
    { query: 'from=1800-01-01&to=2023-06-10', why: 'a from more than 100 years before the data is dropped' },
    { query: 'from=2023-01-01&to=2200-01-01', why: 'a to more than 100 years after the data is dropped' },
    { query: 'event=<script>', why: 'markup is not an event id' },
    { query: 'event=talks-2023-05-16', why: 'an unknown event id is dropped' },
    { query: 'event=TALKS-2023-05-15', why: 'event ids are matched exactly' },
    { query: 'event=', why: 'an empty event id is dropped' },
    { query: 'second=de', why: 'a language we do not have is dropped' },
    { query: 'second=VI', why: 'language codes are matched exactly' },
    { query: 'second=fr', why: 'the page language is not a second language' },
    { query: 'second=', why: 'an empty second language is dropped' }
  ])('falls back to null: $why ("$query")', ({ query }) => {
    expect(parse(query)).toEqual(none);
  });

  it('keeps the valid parts of a link when others are malformed', () => {
    expect(parse('event=talks-2023-05-15&from=banana&to=2023-06-10&second=de')).toEqual({ ...none, event: 'talks-2023-05-15' });
    expect(parse('event=<script>&from=2023-04-20&to=2023-06-10&second=vi')).toEqual({
      ...none,
      from: utc('2023-04-20T00:00Z'),
      to: utc('2023-06-10T00:00Z'),
      second: 'vi'
    });
  });

  it('never throws and only returns values it accepts, on 2,000 random queries', () => {
    let seed = 99;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const alphabet = '0123456789-:TZ.+ %&=abcdefnrtvi<>/\u00e9\u0000';
    const keys = ['event', 'from', 'to', 'second', 'x'];
    const pick = (text: string) => text[Math.floor(random() * text.length)];
    for (let round = 0; round < 2000; round++) {
      const params = new URLSearchParams();
      for (const key of keys) {
        if (random() < 0.6) params.append(key, Array.from({ length: Math.floor(random() * 24) }, () => pick(alphabet)).join(''));
      }
      const state = parse(params.toString());
      expect(state.event === null || known.eventIds.has(state.event)).toBe(true);
      expect(state.second === null || (LANGS.includes(state.second) && state.second !== known.lang)).toBe(true);
      expect((state.from === null) === (state.to === null)).toBe(true);
      if (state.from !== null && state.to !== null) expect(state.to - state.from).toBeGreaterThanOrEqual(3_600_000);
    }
  });
});

describe('serializeViewState', () => {
  it.each([
    {
      what: 'writes every field in a fixed key order',
      state: { event: 'talks-2023-05-15', from: utc('2023-04-20T00:00Z'), to: utc('2023-06-10T00:00Z'), second: 'vi' as Lang, list: true },
      entries: [['event', 'talks-2023-05-15'], ['from', '2023-04-20'], ['to', '2023-06-10'], ['second', 'vi'], ['view', 'list']]
    },
    { what: 'writes nothing for an empty state', state: none, entries: [] },
    {
      what: 'writes a window under two days to the minute',
      state: { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T18:00Z') },
      entries: [['from', '2023-05-15T06:00Z'], ['to', '2023-05-15T18:00Z']]
    },
    {
      what: 'writes a one-day window at midnights to the minute',
      state: { ...none, from: utc('2023-05-15T00:00Z'), to: utc('2023-05-16T00:00Z') },
      entries: [['from', '2023-05-15T00:00Z'], ['to', '2023-05-16T00:00Z']]
    },
    {
      what: 'writes a window of exactly two days as dates',
      state: { ...none, from: utc('2023-05-15T00:00Z'), to: utc('2023-05-17T00:00Z') },
      entries: [['from', '2023-05-15'], ['to', '2023-05-17']]
    },
    {
      what: 'rounds a long window outward to whole days',
      state: { ...none, from: utc('2023-04-20T13:00Z'), to: utc('2023-06-10T01:00Z') },
      entries: [['from', '2023-04-20'], ['to', '2023-06-11']]
    },
    {
      what: 'rounds a short window outward to whole minutes',
      state: { ...none, from: utc('2023-05-15T06:00:30Z'), to: utc('2023-05-15T07:30:00.001Z') },
      entries: [['from', '2023-05-15T06:00Z'], ['to', '2023-05-15T07:31Z']]
    },
    {
      what: 'rounds dates before 1970 outward too',
      state: { ...none, from: utc('1965-03-02T13:00Z'), to: utc('1965-03-09T13:00Z') },
      entries: [['from', '1965-03-02'], ['to', '1965-03-10']]
    },
    { what: 'leaves out half a window', state: { ...none, from: utc('2023-04-20T00:00Z') }, entries: [] },
    { what: 'leaves out a window with a non-finite end', state: { ...none, from: NaN, to: utc('2023-04-20T00:00Z') }, entries: [] },
    { what: 'leaves out a window beyond year 9999', state: { ...none, from: 0, to: 8.64e15 }, entries: [] },
    { what: 'writes the second language alone', state: { ...none, second: 'en' as Lang }, entries: [['second', 'en']] }
  ])('$what', ({ state, entries }) => {
    expect([...serializeViewState(state)]).toEqual(entries);
  });
});

describe('round trips', () => {
  it.each<ViewState>([
    { event: 'talks-2023-05-15', from: utc('2023-04-20T00:00Z'), to: utc('2023-06-10T00:00Z'), second: 'vi', list: false },
    none,
    { ...none, list: true },
    { ...none, event: 'visit-1960-09', list: true },
    { ...none, event: 'visit-1960-09' },
    { ...none, second: 'en' },
    { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T18:00Z') },
    { ...none, from: utc('2023-05-15T06:00Z'), to: utc('2023-05-15T07:00Z') },
    { ...none, from: utc('2023-05-15T00:00Z'), to: utc('2023-05-16T00:00Z') },
    { ...none, from: utc('2023-05-15T22:15Z'), to: utc('2023-05-17T03:45Z') },
    { ...none, from: utc('1960-01-01T00:00Z'), to: utc('2025-01-01T00:00Z') },
    { event: 'visit-1960-09', from: utc('1960-09-01T00:00Z'), to: utc('1960-10-01T00:00Z'), second: 'en', list: false }
  ])('parses back to the same state after serializing %o', (state) => {
    expect(parseViewState(serializeViewState(state), known)).toEqual(state);
  });

  it.each([
    'event=talks-2023-05-15&from=2023-04-20&to=2023-06-10&second=vi',
    'from=2023-05-15T06:00Z&to=2023-05-15T18:00Z',
    'from=2023-05-15T22:15Z&to=2023-05-17T03:45Z',
    'second=en',
    ''
  ])('writes a canonical link "%s" back unchanged', (query) => {
    const canonical = new URLSearchParams(query).toString();
    expect(serializeViewState(parse(query)).toString()).toBe(canonical);
  });

  it.each([
    'from=2023-05-15T00:00Z&to=2023-06-01T00:00Z',
    'from=2023-05-15T06:00:30.5&to=2023-05-15T18:00:00Z',
    'from=2023-05-15T23:59:59Z&to=2023-05-17T23:00Z',
    'from=2023-05-15&to=2023-05-16',
    'event=<script>&from=banana&second=fr',
    'to=2023-06-10&from=2023-04-20&event=talks-2023-05-15&second=vi&extra=1'
  ])('settles "%s" into a link that reads and writes back unchanged', (query) => {
    const once = serializeViewState(parse(query));
    const twice = serializeViewState(parseViewState(once, known));
    expect(twice.toString()).toBe(once.toString());
  });
});

describe('URL dates', () => {
  it.each([
    { text: '2023-05-15', ms: utc('2023-05-15T00:00Z') },
    { text: '2023-05-15T06:00Z', ms: utc('2023-05-15T06:00Z') },
    { text: '2023-05-15T06:00:07Z', ms: utc('2023-05-15T06:00:07Z') },
    { text: '2023-05-15T06:00:07.25Z', ms: utc('2023-05-15T06:00:07.250Z') },
    { text: '0050-01-01', ms: utc('0050-01-01T00:00:00.000Z') },
    { text: '2023-05-15T06:60Z', ms: null },
    { text: '2023-05-15T06:00:60Z', ms: null },
    { text: '2023-00-10', ms: null },
    { text: '2023-05-15t06:00z', ms: null },
    { text: '2023', ms: null }
  ])('reads "$text" as $ms', ({ text, ms }) => {
    expect(parseUrlDate(text)).toBe(ms);
  });

  it.each([
    { ms: utc('2023-05-15T06:07:08.9Z'), resolution: 'day' as const, text: '2023-05-15' },
    { ms: utc('2023-05-15T06:07:08.9Z'), resolution: 'minute' as const, text: '2023-05-15T06:07Z' },
    { ms: utc('0050-01-01T00:00Z'), resolution: 'day' as const, text: '0050-01-01' },
    { ms: NaN, resolution: 'day' as const, text: null },
    { ms: utc('-000001-12-31T00:00Z'), resolution: 'day' as const, text: null }
  ])('writes $ms at $resolution resolution as $text', ({ ms, resolution, text }) => {
    expect(formatUrlDate(ms, resolution)).toBe(text);
  });
});

describe('search state (q and filters)', () => {
  const searchKnown = {
    kind: new Set(['visit', 'talks', 'award']),
    domain: new Set(['health', 'security-police']),
    person: new Set(['le-van-tuyen', 'alvarez-casas']),
    place: new Set(['hanoi', 'hoai-duc'])
  };
  const readSearch = (query: string) => parseSearchState(new URLSearchParams(query), searchKnown);
  const noSearch: SearchState = { q: '', filters: { kind: [], domain: [], person: [], place: [], evidence: [] } };
  const withFilters = (filters: Partial<SearchState['filters']>, q = ''): SearchState => ({ q, filters: { ...noSearch.filters, ...filters } });

  it.each([
    { query: '', state: noSearch },
    { query: 'q=tuyen', state: withFilters({}, 'tuyen') },
    { query: 'q=Hà+Nội', state: withFilters({}, 'Hà Nội') },
    // Any kind of space is one plain space: the normaliser splits words on both alike.
    { query: 'q=%C2%AB%E2%80%AFm%C3%A9daille%E2%80%AF%C2%BB', state: withFilters({}, '« médaille »') },
    { query: 'q=++ha+++noi++', state: withFilters({}, 'ha noi') },
    { query: 'kind=visit,talks', state: withFilters({ kind: ['talks', 'visit'] }) },
    { query: 'kind=visit%2Ctalks', state: withFilters({ kind: ['talks', 'visit'] }) },
    { query: 'kind=visit&kind=award', state: withFilters({ kind: ['award', 'visit'] }) },
    { query: 'domain=health&person=alvarez-casas&place=hoai-duc&evidence=primary', state: withFilters({ domain: ['health'], person: ['alvarez-casas'], place: ['hoai-duc'], evidence: ['primary'] }) },
    { query: 'evidence=context,primary', state: withFilters({ evidence: ['context', 'primary'] }) },
    { query: 'q=casas&person=alvarez-casas&event=talks-2023-05-15', state: withFilters({ person: ['alvarez-casas'] }, 'casas') }
  ])('reads "$query"', ({ query, state }) => {
    expect(readSearch(query)).toEqual(state);
  });

  it.each([
    { query: 'kind=parade', state: noSearch, why: 'an unknown kind is dropped' },
    { query: 'kind=parade,visit', state: withFilters({ kind: ['visit'] }), why: 'unknown ids are dropped, known ones kept' },
    { query: 'kind=VISIT', state: noSearch, why: 'ids are matched exactly' },
    { query: 'kind=visit,,visit,+visit+', state: withFilters({ kind: ['visit'] }), why: 'empty parts and repeats are dropped' },
    { query: 'kind=', state: noSearch, why: 'an empty value is no filter' },
    { query: 'kind=,,,', state: noSearch, why: 'commas alone are no filter' },
    { query: 'evidence=secondary', state: noSearch, why: 'evidence is primary or context' },
    { query: 'place=<script>alert(1)</script>', state: noSearch, why: 'markup is not a place id' },
    { query: 'person=__proto__&domain=constructor', state: noSearch, why: "an object's own keys are not ids" },
    { query: 'q=', state: noSearch, why: 'an empty query is none' },
    { query: 'q=+++', state: noSearch, why: 'spaces alone are no query' },
    { query: 'q=%00%01%7F', state: noSearch, why: 'control characters are no query' },
    { query: 'q=%E0%A4', state: noSearch, why: 'a broken percent-escape is no query' },
    { query: 'q=%E0%A4%A', state: withFilters({}, '%A'), why: 'a broken percent-escape is dropped, the rest read as text' },
    { query: 'q=ha%0Anoi', state: withFilters({}, 'ha noi'), why: 'a line break is a space' }
  ])('$why ("$query")', ({ query, state }) => {
    expect(readSearch(query)).toEqual(state);
  });

  it('keeps a hostile query as text: it is only ever shown as text', () => {
    expect(readSearch('q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E').q).toBe('<img src=x onerror=alert(1)>');
  });

  it('cuts a query longer than MAX_QUERY_LENGTH without splitting a character', () => {
    expect(readSearch(`q=${'a'.repeat(5000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = readSearch(`q=${encodeURIComponent('😀'.repeat(300))}`).q;
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });

  it('never throws and only returns known ids on 2,000 random queries', () => {
    const random = mulberry32(7);
    const alphabet = 'aeiostvlk-,% &=+<>\u00e9\u0000\ud800';
    const words = ['visit', 'talks', 'health', 'hanoi', 'primary', 'context', 'le-van-tuyen'];
    const keys = ['q', 'kind', 'domain', 'person', 'place', 'evidence'];
    for (let round = 0; round < 2000; round += 1) {
      let query = '';
      for (const key of keys) {
        if (random() < 0.5) continue;
        const value = Array.from({ length: Math.floor(random() * 6) }, () =>
          random() < 0.5 ? words[Math.floor(random() * words.length)] : alphabet[Math.floor(random() * alphabet.length)]
        ).join(random() < 0.5 ? ',' : '');
        query += `&${key}=${value}`;
      }
      const state = readSearch(query);
      expect(state.q).toBe(cleanQuery(state.q));
      expect(state.filters.kind.every((id) => searchKnown.kind.has(id))).toBe(true);
      expect(state.filters.place.every((id) => searchKnown.place.has(id))).toBe(true);
      expect(state.filters.evidence.every((id) => id === 'primary' || id === 'context')).toBe(true);
      // What it read, it writes and reads back the same.
      expect(parseSearchState(serializeSearchState(state), searchKnown)).toEqual(state);
    }
  });

  it('writes only what is set, q first, ids comma-separated', () => {
    expect(serializeSearchState(noSearch).toString()).toBe('');
    const params = serializeSearchState(withFilters({ kind: ['talks', 'visit'], evidence: ['primary'] }, ' ha  noi '));
    expect([...params]).toEqual([['q', 'ha noi'], ['kind', 'talks,visit'], ['evidence', 'primary']]);
    expect(readableQuery(params)).toBe('q=ha+noi&kind=talks,visit&evidence=primary');
  });

  it('adds to the view parameters after them', () => {
    const params = serializeSearchState(withFilters({ domain: ['health'] }, 'tuyen'), serializeViewState({ ...none, event: 'talks-2023-05-15', list: true }));
    expect(readableQuery(params)).toBe('event=talks-2023-05-15&view=list&q=tuyen&domain=health');
  });

  it.each<SearchState>([
    noSearch,
    withFilters({}, 'tuyen'),
    withFilters({}, 'Hà Nội, « médaille » & co'),
    withFilters({}, '%2C 100% <b>'),
    withFilters({ kind: ['award', 'talks', 'visit'] }),
    withFilters({ domain: ['health', 'security-police'], person: ['alvarez-casas', 'le-van-tuyen'], place: ['hanoi'], evidence: ['context'] }, 'hoai duc')
  ])('round-trips %o through the readable query string', (state) => {
    const text = readableQuery(serializeSearchState(state));
    expect(parseSearchState(new URLSearchParams(text), searchKnown)).toEqual(state);
  });

  it('leaves the view state alone: parseViewState ignores the search parameters', () => {
    expect(parse('q=tuyen&kind=visit&domain=health')).toEqual(none);
  });
});
