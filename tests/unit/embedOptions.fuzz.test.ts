import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMBED_PARAMS,
  MAX_HEIGHT,
  MIN_HEIGHT,
  parseEmbedOptions,
  parseOrigin,
  serializeEmbedOptions,
  type EmbedOptions
} from '../../src/lib/embed/embedOptions';
import { check, hostileText, runsOf } from './fuzz';

const known = {
  eventIds: new Set(['visit-2023-05', 'talks-2023-05-15']),
  domainIds: new Set(['health', 'awards']),
  lang: 'en' as const,
  bounds: { min: Date.UTC(2010, 0, 1), max: Date.UTC(2025, 0, 1) }
};
const parse = (params: URLSearchParams) => parseEmbedOptions(params, known);

const origins = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.webUrl().map((url) => new URL(url).origin),
  fc.constantFrom('https://News.Example/', 'http://127.0.0.1:4185', 'https://user:pw@news.example', 'javascript:alert(1)', 'null', 'https://news.example/#')
);
const value = fc.oneof(
  fc.constantFrom(...known.eventIds, ...known.domainIds, 'light', 'dark', 'auto', '0', '1', 'true', 'false', 'en', 'vi', 'fr'),
  fc.integer({ min: -10, max: 5000 }).map(String),
  fc.integer({ min: 100, max: 2100 }).map((px) => `${px}px`),
  origins,
  hostileText
);
const key = fc.oneof(fc.constantFrom(...EMBED_PARAMS, 'event', 'from', 'to', 'second', 'view'), hostileText);
// Each option with values near its own: valid ones, and the mistakes a person makes.
const optionPair = fc.oneof(
  fc.tuple(fc.constant('origin'), origins),
  fc.tuple(fc.constant('height'), fc.oneof(fc.integer({ min: 100, max: 2100 }).map(String), fc.constantFrom('auto', '480px', '4e2', ' 300'))),
  fc.tuple(fc.constantFrom('domain', 'parent'), fc.constantFrom(...known.eventIds, ...known.domainIds, 'nope', '')),
  fc.tuple(fc.constantFrom('theme', 'details', 'langs', 'share'), fc.constantFrom('light', 'dark', 'auto', 'DARK', '0', '1', 'true', 'no'))
);
const params = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 10 }).map((pairs) => new URLSearchParams(pairs)),
  { arbitrary: fc.array(fc.oneof(optionPair, fc.tuple(key, value)), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs)), weight: 2 },
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => new URLSearchParams(text))
);

function expectWellFormed(options: EmbedOptions) {
  expect(['light', 'dark', 'auto']).toContain(options.theme);
  expect(typeof options.details).toBe('boolean');
  expect(typeof options.langs).toBe('boolean');
  expect(typeof options.share).toBe('boolean');
  if (options.height !== 'auto') {
    expect(Number.isInteger(options.height)).toBe(true);
    expect(options.height).toBeGreaterThanOrEqual(MIN_HEIGHT);
    expect(options.height).toBeLessThanOrEqual(MAX_HEIGHT);
  }
  if (options.subset) {
    expect((options.subset.kind === 'parent' ? known.eventIds : known.domainIds).has(options.subset.id)).toBe(true);
  }
  if (options.origin !== null) {
    // Only a bare http(s) origin, written as the browser writes it.
    const url = new URL(options.origin);
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.origin).toBe(options.origin);
  }
  expect(options.view.event === null || known.eventIds.has(options.view.event)).toBe(true);
}

describe('parseEmbedOptions, fuzzed', () => {
  it('reads any query without throwing; every option is one of a known set, a bounded number or a bare origin', () => {
    const kept = { origin: 0, subset: 0, height: 0 };
    check(
      fc.property(params, (query) => {
        const options = parse(query);
        expectWellFormed(options);
        if (options.origin !== null) kept.origin += 1;
        if (options.subset !== null) kept.subset += 1;
        if (options.height !== 'auto') kept.height += 1;
      }),
      600
    );
    // The inputs reach the accepting paths too, not only the fallbacks.
    for (const count of Object.values(kept)) expect(count).toBeGreaterThan(runsOf(600) / 60);
  });

  it('round-trips what it keeps: written and read again, the options are the same', () => {
    check(
      fc.property(params, (query) => {
        const first = parse(query);
        const again = parse(serializeEmbedOptions(first));
        // The window is rounded outward to whole days or minutes (urlState's own property).
        expect({ ...again, view: { ...again.view, from: null, to: null } }).toEqual({
          ...first,
          view: { ...first.view, from: null, to: null }
        });
      }),
      600
    );
  });
});

describe('parseOrigin, fuzzed', () => {
  it('returns null or a bare http(s) origin that reads back as itself', () => {
    check(
      fc.property(fc.oneof(origins, hostileText), (text) => {
        const origin = parseOrigin(text);
        if (origin === null) return;
        expect(new URL(origin).origin).toBe(origin);
        expect(parseOrigin(origin)).toBe(origin);
      }),
      600
    );
  });
});
