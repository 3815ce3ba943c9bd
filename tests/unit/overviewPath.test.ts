import { describe, expect, it } from 'vitest';
import { mergeIntervals, overviewEnds, overviewPath } from '../../src/lib/timeline/overviewPath';

const geometry = { toPx: (ms: number) => ms, height: 32 };
const segments = (path: string) => path.match(/M/g)?.length ?? 0;

describe('overviewPath', () => {
  it('draws a tick for an instant and a tick and a line for a range', () => {
    expect(overviewPath([{ min: 10, max: 10, depth: 0 }], geometry)).toBe('M10,8v16');
    expect(overviewPath([{ min: 10, max: 50, depth: 0 }], geometry)).toBe('M10,8v16M10,8H50.0');
  });

  it('draws milestones shorter and lower', () => {
    expect(overviewPath([{ min: 10, max: 10, depth: 1 }], geometry)).toBe('M10,16v8');
  });

  it('draws one tick per pixel column, the tallest of those starting there', () => {
    const events = [
      { min: 10.1, max: 10.1, depth: 1 },
      { min: 10.2, max: 10.2, depth: 0 },
      { min: 10.1, max: 10.1, depth: 1 }
    ];
    expect(overviewPath(events, geometry)).toBe('M10,8v16');
  });

  it('merges overlapping ranges into one line', () => {
    const events = [
      { min: 0, max: 40, depth: 0 },
      { min: 20, max: 60, depth: 0 },
      { min: 100, max: 120, depth: 0 }
    ];
    expect(overviewPath(events, geometry)).toBe('M0,8v16M20,8v16M100,8v16M0,8H60.0M100,8H120.0');
  });

  it('stays bounded by the width, not the number of events', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({ min: (i * 7919) % 1000, max: ((i * 7919) % 1000) + (i % 5 ? 0 : 30), depth: i % 3 ? 0 : 1 }));
    // Half-pixel columns over 1000 px, a tick each, plus merged lines.
    expect(segments(overviewPath(events, geometry))).toBeLessThanOrEqual(2 * 1000 + 2 * 1000);
  });

  it('shows density by tick height once a column is crowded', () => {
    const crowd = Array.from({ length: 16 }, () => ({ min: 100, max: 100, depth: 0 }));
    const lone = { min: 500, max: 500, depth: 0 };
    const four = Array.from({ length: 4 }, () => ({ min: 300, max: 300, depth: 0 }));
    // Height 32, margins 8: 16 px for the fullest column, half of it for a quarter of the count.
    expect(overviewPath([...crowd, ...four, lone], geometry)).toBe('M100,8v16M300,16v8M500,20v4');
  });

  it('draws nothing without events', () => {
    expect(overviewPath([], geometry)).toBe('');
  });
});

describe('mergeIntervals', () => {
  it('joins touching and overlapping intervals, keeps the others apart', () => {
    expect(mergeIntervals([[5, 8], [0, 2], [2, 3], [7, 9], [20, 21]])).toEqual([[0, 3], [5, 9], [20, 21]]);
  });
});

describe('overviewEnds', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ['two years apart', at('2010-01-01'), at('2024-04-30'), ['2010', '2024']],
    ['in UTC, whatever the reader’s time zone', at('2009-12-31T23:30:00Z'), at('2010-01-01T00:30:00Z'), ['2009', '2010']],
    ['one year: nothing to say', at('2023-05-01'), at('2023-05-31'), null],
    ['before the year 1000', at('0900-06-01'), at('1200-06-01'), ['900', '1200']]
  ])('%s', (_, min, max, ends) => {
    expect(overviewEnds({ min, max })).toEqual(ends);
  });
});
