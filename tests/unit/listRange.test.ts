import { describe, expect, it } from 'vitest';
import { extendEarlier, extendLater, rangeAround } from '../../src/lib/timeline/listRange';

describe('rangeAround', () => {
  it('shows every event of a small list, wherever the anchor', () => {
    expect(rangeAround(12, 7)).toEqual({ start: 0, end: 12 });
    expect(rangeAround(500)).toEqual({ start: 0, end: 500 });
  });

  it('shows a page starting a quarter of a page before the anchor', () => {
    expect(rangeAround(10_000, 5_000, 200)).toEqual({ start: 4_950, end: 5_150 });
  });

  it('starts at the first event when the anchor is near the start', () => {
    expect(rangeAround(10_000, 10, 200)).toEqual({ start: 0, end: 200 });
    expect(rangeAround(10_000, undefined, 200)).toEqual({ start: 0, end: 200 });
  });

  it('keeps a full page when the anchor is near the end', () => {
    expect(rangeAround(10_000, 9_999, 200)).toEqual({ start: 9_800, end: 10_000 });
  });

  it('always contains the anchor', () => {
    for (const anchor of [0, 1, 49, 50, 51, 777, 9_850, 9_999]) {
      const range = rangeAround(10_000, anchor, 200);
      expect(anchor).toBeGreaterThanOrEqual(range.start);
      expect(anchor).toBeLessThan(range.end);
      expect(range.end - range.start).toBe(200);
    }
  });
});

describe('extending a range', () => {
  it('adds a page before, stopping at the first event', () => {
    expect(extendEarlier({ start: 500, end: 700 }, 200)).toEqual({ start: 300, end: 700 });
    expect(extendEarlier({ start: 120, end: 320 }, 200)).toEqual({ start: 0, end: 320 });
  });

  it('adds a page after, stopping at the last event', () => {
    expect(extendLater({ start: 0, end: 200 }, 1_000, 200)).toEqual({ start: 0, end: 400 });
    expect(extendLater({ start: 0, end: 900 }, 1_000, 200)).toEqual({ start: 0, end: 1_000 });
  });
});
