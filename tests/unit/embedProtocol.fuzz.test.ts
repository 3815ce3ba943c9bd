import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterCommand,
  languageCommand,
  MESSAGE_SOURCE,
  parseEmbedMessage,
  parseHostMessage,
  readyMessage,
  resizeMessage,
  selectCommand,
  selectedMessage,
  type HostFilter
} from '../../src/lib/embed/protocol';
import { check, hostileText, runsOf } from './fuzz';

// Values a page can post: anything structured cloning carries (maps, sets,
// dates, typed arrays, objects without a prototype…), and near misses of ours.
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true
});
const field = fc.oneof(
  fc.constantFrom(MESSAGE_SOURCE, 1, 2, '1', 'select', 'language', 'resize', 'ready', 'fr', 'en', 'vi', 'xx', null, 0, -1, 1e9, NaN),
  hostileText,
  anything
);
const keys = fc.constantFrom('source', 'version', 'type', 'event', 'lang', 'height', 'extra', '__proto__');
/** Messages of every kind, with values a host may send (long, empty or odd ids, any number as a height). */
const wellShaped = fc.oneof(
  fc.oneof(fc.constant(null), hostileText, fc.string({ maxLength: 250 })).map((event) => ({ ...selectCommand(event) })),
  fc.oneof(fc.constantFrom('fr', 'en', 'vi'), hostileText).map((lang) => ({ ...languageCommand(lang as 'fr') })),
  fc.oneof(fc.constantFrom('fr', 'en', 'vi'), hostileText).map((lang) => ({ ...readyMessage(lang as 'fr') })),
  fc.oneof(fc.double(), fc.integer()).map((height) => ({ ...resizeMessage(height) }))
);
/** A well-shaped message kept, or with one key dropped, changed or added. */
const nearMiss = fc
  .tuple(wellShaped, fc.constantFrom('keep', 'drop', 'change', 'add'), keys, field)
  .map(([message, how, key, value]) => {
    const copy: Record<string, unknown> = { ...message };
    if (how === 'drop') delete copy[key];
    else if (how !== 'keep') Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
const data = fc.oneof(anything, { arbitrary: nearMiss, weight: 4 }, fc.dictionary(keys, field, { maxKeys: 6 }));

type Fields = { event?: unknown; lang?: unknown; height?: unknown; filter?: unknown };
const HOST_BUILDERS = [
  (m: Fields) => selectCommand(m.event as string | null),
  (m: Fields) => languageCommand(m.lang as 'fr'),
  (m: Fields) => filterCommand((m.filter ?? {}) as Partial<HostFilter>)
];
const EMBED_BUILDERS = [
  (m: Fields) => selectedMessage(m.event as string | null),
  (m: Fields) => readyMessage(m.lang as 'fr'),
  (m: Fields) => resizeMessage(m.height as number)
];

describe('the message validators, fuzzed', () => {
  it('parseHostMessage takes any posted value without throwing, and keeps only a message it could have built', () => {
    let accepted = 0;
    check(
      fc.property(data, (value) => {
        const message = parseHostMessage(value);
        if (message === null) return;
        accepted += 1;
        // A fresh plain object with exactly our keys, equal to what a builder makes of it.
        expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
        expect(HOST_BUILDERS.map((build) => build(message))).toContainEqual(message);
        expect(message).not.toBe(value);
        expect(parseHostMessage(structuredClone(message))).toEqual(message);
      }),
      1000
    );
    // The inputs reach the accepting paths too, not only the refusals.
    expect(accepted).toBeGreaterThan(runsOf(1000) / 20);
  });

  it('parseEmbedMessage takes any posted value without throwing, and keeps only a message it could have built', () => {
    let accepted = 0;
    check(
      fc.property(data, (value) => {
        const message = parseEmbedMessage(value);
        if (message === null) return;
        accepted += 1;
        expect(EMBED_BUILDERS.map((build) => build(message))).toContainEqual(message);
        if (message.type === 'resize') expect(Number.isFinite(message.height) && message.height >= 0).toBe(true);
        expect(parseEmbedMessage(structuredClone(message))).toEqual(message);
      }),
      1000
    );
    expect(accepted).toBeGreaterThan(runsOf(1000) / 20);
  });

  it('refuses a valid command with any one key added', () => {
    const valid = fc.oneof(
      fc.constantFrom(null, 'visit-2023-05').map((event) => selectCommand(event)),
      fc.constantFrom('fr', 'en', 'vi').map((lang) => languageCommand(lang as 'fr'))
    );
    check(
      fc.property(valid, fc.string({ minLength: 1, maxLength: 10 }), field, (message, key, extra) => {
        fc.pre(!Object.hasOwn(message, key));
        expect(parseHostMessage({ ...message, [key]: extra })).toBeNull();
      }),
      300
    );
  });
});
