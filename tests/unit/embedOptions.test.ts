import { describe, expect, it } from 'vitest';
import {
  EMBED_DEFAULTS,
  embedPath,
  parseEmbedOptions,
  parseOrigin,
  serializeEmbedOptions,
  type EmbedOptions
} from '../../src/lib/embed/embedOptions';
import type { SearchState } from '../../src/lib/timeline/urlState';

const known = {
  eventIds: new Set(['visit-2023-05', 'talks-2023-05-15']),
  domainIds: new Set(['health', 'awards']),
  lang: 'en' as const,
  bounds: { min: Date.UTC(2010, 0, 1), max: Date.UTC(2025, 0, 1) }
};

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query), known);
const filtersWith = (filters: Partial<SearchState['filters']>) => ({ kind: [], domain: [], person: [], place: [], evidence: [], ...filters });
const healthOnly: SearchState = { q: '', filters: filtersWith({ domain: ['health'] }) };
const awardsOnly: SearchState = { q: '', filters: filtersWith({ domain: ['awards'] }) };
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseEmbedOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(EMBED_DEFAULTS);
  });

  it('reads every option', () => {
    expect(
      parse(
        'event=talks-2023-05-15&from=2023-05-01&to=2023-06-01&second=vi&domain=health&parent=visit-2023-05&search=0&theme=dark&details=0&height=640&langs=0&title=1&share=0&origin=https://news.example'
      )
    ).toEqual({
      view: { event: 'talks-2023-05-15', from: utc('2023-05-01'), to: utc('2023-06-01'), second: 'vi', list: false },
      search: healthOnly,
      searchable: false,
      subset: { kind: 'parent', id: 'visit-2023-05' },
      theme: 'dark',
      details: false,
      height: 640,
      langs: false,
      title: true,
      share: false,
      origin: 'https://news.example'
    } satisfies EmbedOptions);
  });

  it.each([
    ['theme=light', { theme: 'light' }],
    ['theme=auto', { theme: 'auto' }],
    ['details=1', { details: true }],
    ['details=false', { details: false }],
    ['langs=true', { langs: true }],
    ['title=1', { title: true }],
    ['title=0', { title: false }],
    ['title=yes', { title: false }],
    ['share=0', { share: false }],
    ['share=1', { share: true }],
    ['share=off', { share: true }],
    ['height=auto', { height: 'auto' }],
    ['height=200', { height: 200 }],
    ['height=2000', { height: 2000 }],
    ['height=480px', { height: 480 }],
    ['parent=visit-2023-05', { subset: { kind: 'parent', id: 'visit-2023-05' } }],
    // A domain is a filter: the embed opens on its events, on the whole record's axis.
    ['domain=awards', { search: awardsOnly }],
    ['domain=awards&parent=visit-2023-05', { subset: { kind: 'parent', id: 'visit-2023-05' }, search: awardsOnly }],
    ['domain=awards&parent=nope', { search: awardsOnly }],
    ['search=0', { searchable: false }],
    ['search=false', { searchable: false }],
    ['search=1', { searchable: true }],
    ['origin=http://127.0.0.1:4185', { origin: 'http://127.0.0.1:4185' }],
    ['origin=https://News.Example/', { origin: 'https://news.example' }],
    ['origin=https://news.example:443', { origin: 'https://news.example' }]
  ] as [string, Partial<EmbedOptions>][])('reads "%s"', (query, expected) => {
    expect(parse(query)).toEqual({ ...EMBED_DEFAULTS, ...expected });
  });

  it.each([
    'theme=blue',
    'theme=DARK',
    'theme=',
    'details=2',
    'details=yes',
    'langs=off',
    'height=199',
    'height=2001',
    'height=-300',
    'height=4e2',
    'height=300.5',
    'height=0x1F4',
    'height=%20300',
    'height=99999999999999999999',
    'domain=unknown',
    'domain=',
    'parent=unknown',
    'parent=',
    'event=unknown',
    'second=de',
    'second=en',
    'from=2023-05-01',
    'from=2023-02-30&to=2023-03-10',
    'from=2023-06-01&to=2023-05-01',
    'origin=null',
    'origin=news.example',
    'origin=ftp://news.example',
    'origin=javascript:alert(1)',
    'origin=data:text/html,hi',
    'origin=https://news.example/path',
    'origin=https://news.example?x=1',
    'origin=https://news.example#x',
    'origin=https://user:pw@news.example',
    'origin=https://',
    `origin=https://${'a'.repeat(400)}.example`
  ])('falls back to the defaults for "%s"', (query) => {
    expect(parse(query)).toEqual(EMBED_DEFAULTS);
  });

  it.each([
    'event=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    'theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'domain=__proto__',
    'domain=constructor',
    'parent=__proto__',
    'origin=https://news.example%0D%0ASet-Cookie:x=1',
    'height=300%3Cscript%3E',
    'second=%3Csvg%20onload%3Dalert(1)%3E'
  ])('turns the injection attempt "%s" into defaults', (query) => {
    expect(parse(query)).toEqual(EMBED_DEFAULTS);
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parse('theme=dark&theme=javascript:x').theme).toBe('dark');
    expect(parse('theme=javascript:x&theme=dark').theme).toBe('auto');
  });

  it('never throws, whatever the query', () => {
    const nasty = ['%', '%E0%A4%A', '&&&==', '?event', 'from=&to=', '\u0000=\u0000', 'height=' + '9'.repeat(5000)];
    for (const query of nasty) expect(() => parse(query)).not.toThrow();
  });
});

describe('parseOrigin', () => {
  it.each([
    ['https://news.example', 'https://news.example'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    [null, null],
    ['', null],
    ['file:///tmp/page.html', null]
  ])('reads %j as %j', (value, expected) => {
    expect(parseOrigin(value)).toBe(expected);
  });
});

describe('serializeEmbedOptions and embedPath', () => {
  it('leaves out the defaults', () => {
    expect(serializeEmbedOptions({}).toString()).toBe('');
    expect(embedPath('fr')).toBe('/fr/embed');
  });

  it('writes every option that differs from its default, in a stable order', () => {
    const options: EmbedOptions = {
      view: { event: 'visit-2023-05', from: utc('2023-05-01'), to: utc('2023-06-01'), second: 'fr', list: false },
      search: { q: 'álvarez casas', filters: filtersWith({ kind: ['talks', 'visit'], evidence: ['primary'] }) },
      searchable: false,
      subset: { kind: 'parent', id: 'visit-2023-05' },
      theme: 'light',
      details: false,
      height: 720,
      langs: false,
      title: true,
      share: false,
      origin: 'https://news.example'
    };
    expect(embedPath('vi', options)).toBe(
      '/vi/embed?event=visit-2023-05&from=2023-05-01&to=2023-06-01&second=fr&q=%C3%A1lvarez+casas&kind=talks,visit&evidence=primary&parent=visit-2023-05&search=0&theme=light&details=0&height=720&langs=0&title=1&share=0&origin=https%3A%2F%2Fnews.example'
    );
  });

  it('round-trips through parseEmbedOptions', () => {
    const options: EmbedOptions = {
      ...EMBED_DEFAULTS,
      view: { event: 'talks-2023-05-15', from: utc('2023-05-10'), to: utc('2023-05-20'), second: 'vi', list: false },
      search: healthOnly,
      searchable: false,
      subset: { kind: 'parent', id: 'visit-2023-05' },
      theme: 'dark',
      height: 500,
      title: true,
      share: false,
      origin: 'http://127.0.0.1:4185'
    };
    expect(parseEmbedOptions(serializeEmbedOptions(options), known)).toEqual(options);
  });
});

describe('search options', () => {
  const searchKnown = {
    ...known,
    search: {
      kind: new Set(['visit', 'talks']),
      person: new Set(['alvarez-casas']),
      place: new Set(['hanoi', 'hoai-duc'])
    }
  };
  const parseSearch = (query: string) => parseEmbedOptions(new URLSearchParams(query), searchKnown).search;

  it('reads the same names as the page: q, kind, domain, person, place, evidence', () => {
    expect(parseSearch('q=alvarez&kind=talks,visit&domain=health&person=alvarez-casas&place=hoai-duc&evidence=context')).toEqual({
      q: 'alvarez',
      filters: { kind: ['talks', 'visit'], domain: ['health'], person: ['alvarez-casas'], place: ['hoai-duc'], evidence: ['context'] }
    });
  });

  it('drops unknown ids, and without known ids knows only the domains', () => {
    expect(parseSearch('kind=parade,visit&person=nobody&place=__proto__').filters).toEqual(filtersWith({ kind: ['visit'] }));
    expect(parse('kind=visit&person=alvarez-casas&domain=health,awards').search.filters).toEqual(filtersWith({ domain: ['awards', 'health'] }));
  });

  it('reads the domain of older embeds as a filter: they still open on that domain alone', () => {
    expect(parse('domain=health')).toEqual({ ...EMBED_DEFAULTS, search: healthOnly });
    expect(parse('domain=health,awards').search.filters.domain).toEqual(['awards', 'health']);
  });

  it('writes them back, commas readable, and reads them again the same', () => {
    const options: Partial<EmbedOptions> = {
      search: { q: 'Hà Nội', filters: filtersWith({ kind: ['talks', 'visit'], place: ['hanoi'] }) }
    };
    const path = embedPath('en', options);
    expect(path).toBe('/en/embed?q=H%C3%A0+N%E1%BB%99i&kind=talks,visit&place=hanoi');
    expect(parseEmbedOptions(new URLSearchParams(path.split('?')[1]), searchKnown)).toEqual({ ...EMBED_DEFAULTS, ...options });
  });

  it('keeps a hostile query as text and never throws', () => {
    expect(parseSearch('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').q).toBe('<script>alert(1)</script>');
    for (const query of ['q=%', 'kind=%E0%A4%A', 'q=' + 'x'.repeat(10_000), 'evidence=,,,&kind=']) expect(() => parseSearch(query)).not.toThrow();
  });
});
