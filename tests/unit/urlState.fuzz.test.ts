import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type ViewState } from '../../src/lib/timeline/urlState';
import { LANGS, type Lang } from '../../src/lib/timeline/types';
import { check, hostileText, runsOf } from './fuzz';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MARGIN = 100 * 365.25 * DAY;
const known = {
  eventIds: new Set(['talks-2023-05-15', 'visit-1960-09', 'visit-2010']),
  lang: 'fr' as Lang,
  bounds: { min: Date.UTC(1960, 0, 1), max: Date.UTC(2025, 0, 1) }
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

// Instants from well before to well after the data's bounds, the margin included.
const instant = fc.integer({ min: known.bounds.min - 1.2 * MARGIN, max: known.bounds.max + 1.2 * MARGIN });
/** A date as a link would write it: a day, a minute, seconds, milliseconds, with or without Z. */
const urlDate = fc.tuple(instant, fc.constantFrom(10, 16, 19, 23, 24), fc.boolean()).map(([ms, length, zone]) => {
  const iso = new Date(ms).toISOString().slice(0, length);
  return length > 10 && zone && !iso.endsWith('Z') ? `${iso}Z` : iso;
});
// Near misses: digits in the right places, not always a real date.
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const value = fc.oneof(
  fc.constantFrom(...known.eventIds, ...LANGS, 'list', 'timeline', 'LIST', 'de'),
  urlDate,
  dateLike,
  hostileText
);
const key = fc.oneof(fc.constantFrom('event', 'from', 'to', 'second', 'view'), hostileText);

/** A query string: pairs encoded as a browser would, or raw text with malformed escapes left in. */
const query = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return params.toString();
  }),
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Both ends of a window, often, so windows are common enough to round-trip.
  {
    weight: 3,
    arbitrary: fc
      .tuple(urlDate, urlDate, fc.array(fc.tuple(key, value), { maxLength: 3 }))
      .map(([from, to, pairs]) => new URLSearchParams([['from', from], ['to', to], ...pairs]).toString())
  }
);

/** A window with ends, or none, as the parser may return it. */
function expectWellFormed(state: ViewState) {
  expect(state.event === null || known.eventIds.has(state.event)).toBe(true);
  expect(state.second === null || ((LANGS as readonly string[]).includes(state.second) && state.second !== known.lang)).toBe(true);
  expect(typeof state.list).toBe('boolean');
  expect(state.from === null).toBe(state.to === null);
  if (state.from !== null && state.to !== null) {
    expect(Number.isFinite(state.from) && Number.isFinite(state.to)).toBe(true);
    expect(state.to - state.from).toBeGreaterThanOrEqual(HOUR);
    expect(state.from).toBeGreaterThanOrEqual(known.bounds.min - MARGIN);
    expect(state.to).toBeLessThanOrEqual(known.bounds.max + MARGIN);
  }
}

describe('parseViewState, fuzzed', () => {
  it('reads any query string without throwing, keeping only known, well-formed values', () => {
    check(
      fc.property(query, (text) => {
        expectWellFormed(parse(text));
      }),
      1000
    );
  });

  it('round-trips what it keeps: the same event, language and view, a window that still covers the shared one', () => {
    let windows = 0;
    check(
      fc.property(query, (text) => {
        const first = parse(text);
        if (first.from !== null) windows += 1;
        const written = serializeViewState(first).toString();
        const again = parse(written);
        expect({ ...again, from: null, to: null }).toEqual({ ...first, from: null, to: null });
        if (first.from !== null && first.to !== null) {
          // Rounded outward to whole days or minutes: never narrower than the window it came from.
          expect(again.from).not.toBeNull();
          expect(again.from!).toBeLessThanOrEqual(first.from);
          expect(again.to!).toBeGreaterThanOrEqual(first.to);
          expect(again.to! - again.from!).toBeLessThanOrEqual(first.to - first.from + 2 * DAY);
        } else expect(again.from).toBeNull();
        // Written once more, the link does not change.
        expect(serializeViewState(again).toString()).toBe(written);
      }),
      1000
    );
    // Windows are kept often enough for the property to say something about them.
    expect(windows).toBeGreaterThan(runsOf(1000) / 10);
  });

  it('restores exactly a view of whole days', () => {
    const view = fc
      .record({
        event: fc.constantFrom(null, ...known.eventIds),
        second: fc.constantFrom(null, 'en', 'vi'),
        list: fc.boolean(),
        window: fc.option(
          fc
            .tuple(
              fc.integer({ min: Math.ceil((known.bounds.min - MARGIN) / DAY), max: Math.floor((known.bounds.max + MARGIN) / DAY) }),
              fc.integer({ min: 2, max: 20_000 })
            )
            .filter(([start, days]) => (start + days) * DAY <= known.bounds.max + MARGIN)
        )
      })
      .map(
        ({ event, second, list, window }): ViewState => ({
          event,
          second: second as Lang | null,
          list,
          from: window ? window[0] * DAY : null,
          to: window ? (window[0] + window[1]) * DAY : null
        })
      );
    check(
      fc.property(view, (state) => {
        expect(parseViewState(serializeViewState(state), known)).toEqual(state);
      }),
      300
    );
  });
});
