import { describe, expect, it } from 'vitest';
import {
  acceptsHostMessage,
  filterCommand,
  languageCommand,
  MESSAGE_SOURCE,
  parseEmbedMessage,
  parseHostMessage,
  readyMessage,
  resizeMessage,
  selectCommand,
  selectedMessage
} from '../../src/lib/embed/protocol';

const envelope = { source: MESSAGE_SOURCE, version: 1 };

describe('message builders', () => {
  it('write the documented version 1 shapes', () => {
    expect(resizeMessage(512)).toEqual({ source: 'mps-minint-timeline', version: 1, type: 'resize', height: 512 });
    expect(selectedMessage('visit-2023-05')).toEqual({ ...envelope, type: 'select', event: 'visit-2023-05' });
    expect(selectedMessage(null)).toEqual({ ...envelope, type: 'select', event: null });
    expect(readyMessage('vi')).toEqual({ ...envelope, type: 'ready', lang: 'vi' });
    expect(selectCommand('talks-2024-04')).toEqual({ ...envelope, type: 'select', event: 'talks-2024-04' });
    expect(languageCommand('fr')).toEqual({ ...envelope, type: 'language', lang: 'fr' });
  });

  it('survive structured cloning, as postMessage sends them', () => {
    for (const message of [resizeMessage(10), selectedMessage(null), readyMessage('en')]) {
      expect(parseEmbedMessage(structuredClone(message))).toEqual(message);
    }
    for (const message of [selectCommand('x'), languageCommand('vi')]) {
      expect(parseHostMessage(structuredClone(message))).toEqual(message);
    }
  });
});

describe('parseHostMessage', () => {
  it.each([
    [{ ...envelope, type: 'select', event: 'visit-2023-05' }],
    [{ ...envelope, type: 'select', event: null }],
    [{ ...envelope, type: 'language', lang: 'vi' }]
  ])('accepts %j', (data) => {
    expect(parseHostMessage(data)).toEqual(data);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', JSON.stringify({ ...envelope, type: 'select', event: 'x' })],
    ['an array', [envelope]],
    ['another source', { source: 'someone-else', version: 1, type: 'select', event: 'x' }],
    ['another version', { ...envelope, version: 2, type: 'select', event: 'x' }],
    ['a version as text', { ...envelope, version: '1', type: 'select', event: 'x' }],
    ['an unknown type', { ...envelope, type: 'navigate', url: 'https://evil.example' }],
    ['an embed-only type', { ...envelope, type: 'resize', height: 100 }],
    ['a missing event', { ...envelope, type: 'select' }],
    ['an event that is a number', { ...envelope, type: 'select', event: 42 }],
    ['an empty event', { ...envelope, type: 'select', event: '' }],
    ['a huge event', { ...envelope, type: 'select', event: 'x'.repeat(201) }],
    ['an event that is an object', { ...envelope, type: 'select', event: { toString: () => 'x' } }],
    ['an extra key', { ...envelope, type: 'select', event: 'x', html: '<img src=x onerror=alert(1)>' }],
    ['an unknown language', { ...envelope, type: 'language', lang: 'de' }],
    ['a language with an event key', { ...envelope, type: 'language', lang: 'fr', event: 'x' }],
    ['a class instance', Object.assign(new (class Message {})(), { ...envelope, type: 'select', event: 'x' })],
    ['keys from the prototype', Object.assign(Object.create({ source: MESSAGE_SOURCE, version: 1 }), { type: 'select', event: 'x', a: 1, b: 2 })]
  ])('rejects %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('returns a fresh object, not the one it was given', () => {
    const data = { ...envelope, type: 'select', event: 'x' };
    expect(parseHostMessage(data)).not.toBe(data);
  });
});

describe('parseEmbedMessage', () => {
  it.each([
    [{ ...envelope, type: 'resize', height: 0 }],
    [{ ...envelope, type: 'resize', height: 1234.5 }],
    [{ ...envelope, type: 'select', event: 'visit-2023-05' }],
    [{ ...envelope, type: 'select', event: null }],
    [{ ...envelope, type: 'ready', lang: 'fr' }]
  ])('accepts %j', (data) => {
    expect(parseEmbedMessage(data)).toEqual(data);
  });

  it.each([
    ['a negative height', { ...envelope, type: 'resize', height: -1 }],
    ['an infinite height', { ...envelope, type: 'resize', height: Infinity }],
    ['NaN', { ...envelope, type: 'resize', height: NaN }],
    ['an absurd height', { ...envelope, type: 'resize', height: 1e9 }],
    ['a height as text', { ...envelope, type: 'resize', height: '500px' }],
    ['a height and more', { ...envelope, type: 'resize', height: 500, width: 300 }],
    ['a host-only type', { ...envelope, type: 'language', lang: 'fr' }],
    ['ready in another language', { ...envelope, type: 'ready', lang: 'xx' }],
    ['another source', { source: 'x', version: 1, type: 'resize', height: 5 }]
  ])('rejects %s', (_, data) => {
    expect(parseEmbedMessage(data)).toBeNull();
  });
});

describe('acceptsHostMessage', () => {
  const parent = { name: 'the framing window' };
  const other = { name: 'a sibling frame' };

  it.each([
    ['from the parent, no origin required', { source: parent, origin: 'https://a.example' }, null, true],
    ['from the parent and the named origin', { source: parent, origin: 'https://a.example' }, 'https://a.example', true],
    ['from the parent but another origin', { source: parent, origin: 'https://b.example' }, 'https://a.example', false],
    ['from another frame of the named origin', { source: other, origin: 'https://a.example' }, 'https://a.example', false],
    ['from another frame, no origin required', { source: other, origin: 'https://a.example' }, null, false],
    ['from an opaque origin', { source: parent, origin: 'null' }, 'https://a.example', false]
  ] as const)('%s: %s', (_, message, origin, expected) => {
    expect(acceptsHostMessage(message, parent, origin)).toBe(expected);
  });

  it('accepts nothing when the page is not framed', () => {
    expect(acceptsHostMessage({ source: null, origin: 'https://a.example' }, null, null)).toBe(false);
  });
});

describe('the filter command', () => {
  const none = { q: '', kind: [], domain: [], person: [], place: [], evidence: [] };

  it('fills in what the host left out', () => {
    expect(filterCommand({ domain: ['health'] })).toEqual({ ...envelope, type: 'filter', filter: { ...none, domain: ['health'] } });
    expect(filterCommand({})).toEqual({ ...envelope, type: 'filter', filter: none });
  });

  it.each([
    [{ q: 'alvarez' }, { ...none, q: 'alvarez' }],
    [{ domain: ['health'] }, { ...none, domain: ['health'] }],
    [{}, none],
    [{ q: '  ha   noi ', kind: ['visit', 'talks', 'visit'] }, { ...none, q: 'ha noi', kind: ['talks', 'visit'] }],
    [{ q: '', kind: [], domain: [], person: ['alvarez-casas'], place: ['hanoi'], evidence: ['primary'] }, { ...none, person: ['alvarez-casas'], place: ['hanoi'], evidence: ['primary'] }],
    [{ q: '<img src=x onerror=alert(1)>' }, { ...none, q: '<img src=x onerror=alert(1)>' }]
  ])('accepts %j', (filter, parsed) => {
    expect(parseHostMessage({ ...envelope, type: 'filter', filter })).toEqual({ ...envelope, type: 'filter', filter: parsed });
  });

  it.each([
    ['no filter key', { ...envelope, type: 'filter' }],
    ['a filter that is null', { ...envelope, type: 'filter', filter: null }],
    ['a filter that is a string', { ...envelope, type: 'filter', filter: 'domain=health' }],
    ['a filter that is an array', { ...envelope, type: 'filter', filter: [['domain', 'health']] }],
    ['an unknown group', { ...envelope, type: 'filter', filter: { topic: ['health'] } }],
    ['ids as one string', { ...envelope, type: 'filter', filter: { domain: 'health' } }],
    ['an id that is a number', { ...envelope, type: 'filter', filter: { kind: [1] } }],
    ['an empty id', { ...envelope, type: 'filter', filter: { kind: [''] } }],
    ['a huge id', { ...envelope, type: 'filter', filter: { kind: ['x'.repeat(201)] } }],
    ['too many ids', { ...envelope, type: 'filter', filter: { kind: Array.from({ length: 201 }, (_, i) => `k${i}`) } }],
    ['a query that is not text', { ...envelope, type: 'filter', filter: { q: 42 } }],
    ['a huge query', { ...envelope, type: 'filter', filter: { q: 'x'.repeat(2001) } }],
    ['an extra key', { ...envelope, type: 'filter', filter: {}, event: 'x' }],
    ['a class instance as filter', { ...envelope, type: 'filter', filter: new (class Filter { q = 'x'; })() }],
    ['a filter with a prototype key', { ...envelope, type: 'filter', filter: Object.create({ q: 'x' }) }]
  ])('rejects %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });

  it('survives structured cloning and returns fresh lists', () => {
    const kind = ['visit'];
    const message = filterCommand({ q: 'x', kind });
    expect(parseHostMessage(structuredClone(message))).toEqual(message);
    const parsed = parseHostMessage({ ...envelope, type: 'filter', filter: { kind } });
    expect(parsed?.type === 'filter' && parsed.filter.kind).not.toBe(kind);
  });
});
