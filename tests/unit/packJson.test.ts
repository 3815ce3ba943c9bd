import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { packJson, unpackJson } from '../../src/lib/data/packJson';
import { readDataFolder } from '../../src/lib/data/readDataFolder';

const roundTrip = (value: unknown) => unpackJson(JSON.parse(JSON.stringify(packJson(value))));

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
    ['unicode', { vi: 'Bộ Công an Việt Nam', fr: 'Ministère de l’Intérieur' }]
  ])('gives back %s exactly', (_, value) => {
    expect(roundTrip(value)).toEqual(value);
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
