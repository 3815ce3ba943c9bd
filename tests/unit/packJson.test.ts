import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { packJson, unpackJson } from '../../src/lib/data/packJson';
import { readDataFolder } from '../../src/lib/data/readDataFolder';

const roundTrip = (value: unknown) => unpackJson(JSON.parse(JSON.stringify(packJson(value))));

/**
 * The encoding's definition, written the plain way: values keyed by their
 * JSON text (how packJson first did it, too slow and memory-hungry at 100,000
 * events). packJson must give the same bytes, or data files already cached by
 * browsers under the same name would change meaning.
 */
function packByText(value: unknown) {
  const json = JSON.parse(JSON.stringify(value));
  const counts = new Map<string, number>();
  const count = (node: unknown): void => {
    const text = JSON.stringify(node);
    if (typeof node === 'string' ? text.length >= 8 : typeof node === 'object' && node !== null) counts.set(text, (counts.get(text) ?? 0) + 1);
    if (typeof node === 'object' && node !== null) for (const item of Object.values(node)) count(item);
  };
  count(json);
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const table: unknown[] = [];
  const tableIndex = new Map<string, number>();
  const pack = (node: unknown, shareable: boolean): unknown => {
    const isContainer = typeof node === 'object' && node !== null;
    const text = JSON.stringify(node);
    if (shareable && (isContainer || typeof node === 'string') && (counts.get(text) ?? 0) > 1) {
      let index = tableIndex.get(text);
      if (index === undefined) tableIndex.set(text, (index = table.push(pack(node, false)) - 1));
      return [-2, index];
    }
    if (Array.isArray(node)) return [-1, ...node.map((item) => pack(item, true))];
    if (!isContainer) return node;
    const keys = Object.keys(node);
    let shape = shapeIndex.get(JSON.stringify(keys));
    if (shape === undefined) shapeIndex.set(JSON.stringify(keys), (shape = shapes.push(keys) - 1));
    return [shape, ...keys.map((key) => pack((node as Record<string, unknown>)[key], true))];
  };
  const data = pack(json, false);
  return { format: 'packed-json/1', shapes, table, data };
}

describe('packJson', () => {
  it('gives back the timeline exactly', () => {
    const timeline = compileTimeline(readDataFolder('data').raw);
    expect(roundTrip(timeline)).toEqual(JSON.parse(JSON.stringify(timeline)));
  });

  it.each([
    ['null', null],
    ['a number', 42.5],
    ['a short string', 'hi'],
    ['a long string', 'a string long enough to share'],
    ['an empty object', {}],
    ['an empty array', []],
    ['nested arrays', [[1, [2, [3]]], [], [[]]]],
    ['arrays of numbers that look like tags', [-1, -2, 0, [-2, 0], [-1]]],
    ['objects with the same keys in another order', [{ a: 1, b: 2 }, { b: 2, a: 1 }]],
    ['keys that look special', { '': 1, __proto__x: 2, 'a\u0000b': 3, '-1': 4 }],
    ['an empty object beside one whose only key is empty', [{}, { '': 1 }, {}]],
    ['unicode', { vi: 'Bộ Công an Việt Nam', fr: 'Ministère de l’Intérieur' }]
  ])('gives back %s exactly', (_, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('refuses a value that contains itself with JSON\'s own message', () => {
    const looped: Record<string, unknown> = { name: 'a' };
    looped.self = { inner: [looped] };
    expect(() => packJson(looped)).toThrow(/circular/i);
  });

  it('writes the same bytes as the encoding keyed by JSON text, for the timeline', () => {
    const timeline = compileTimeline(readDataFolder('data').raw);
    expect(JSON.stringify(packJson(timeline))).toBe(JSON.stringify(packByText(timeline)));
  });

  it('writes the same bytes as the encoding keyed by JSON text, for any JSON value', () => {
    // Small pools of strings and keys, so that values repeat and get shared.
    const text = fc.constantFrom('', 'a', 'a,b', '"#1', '$0', 'long enough', 'long enough too', 'Việt Nam ’');
    const value = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constantFrom(null, true, false, 0, 1, -1, 2.5, -2),
        fc.array(tie('node'), { maxLength: 5 }),
        fc.dictionary(fc.constantFrom('', 'a', 'b', 'c', '-1', '1', '__proto__x', 'a\u0000b'), tie('node'), { maxKeys: 4 })
      )
    })).node;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (values) => {
        expect(JSON.stringify(packJson(values))).toBe(JSON.stringify(packByText(values)));
      })
    );
  });

  it.each([
    ['undefined in an array', [1, undefined, 'long enough']],
    ['a hole in an array', [1, , 2]], // eslint-disable-line no-sparse-arrays
    ['minus zero', [-0, 0, { a: -0 }]],
    ['numbers JSON cannot write', [Number.NaN, Infinity]],
    ['a date', { at: new Date(Date.UTC(2024, 0, 2)), again: new Date(Date.UTC(2024, 0, 2)) }],
    ['an object with toJSON', [{ toJSON: () => 'long enough' }, 'long enough']]
  ])('writes what JSON would send for %s', (_, value) => {
    expect(JSON.stringify(packJson(value))).toBe(JSON.stringify(packByText(value)));
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(roundTrip({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('stores a repeated value once', () => {
    const date = { iso: '2023-05-14', precision: 'day', approximate: false };
    const events = Array.from({ length: 50 }, (_, i) => ({ id: `event-${i}`, start: date, end: date }));
    const packed = packJson(events);
    expect(JSON.stringify(packed).match(/2023-05-14/g)).toHaveLength(1);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(events).length / 2);
    expect(roundTrip(events)).toEqual(events);
  });

  it('writes the keys of each shape once', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ first: i, second: i * 2 }));
    const packed = packJson(rows);
    expect(packed.shapes).toEqual([['first', 'second']]);
    expect(JSON.stringify(packed)).not.toMatch(/first.*first/);
  });

  it('refuses what it did not pack', () => {
    expect(() => unpackJson({ events: [] } as never)).toThrow(/packed-json/);
  });
});
