import { describe, expect, it } from 'vitest';
import { fitWindow, fullWindow, MIN_WINDOW_MS, type TimeWindow } from '../../src/lib/timeline/timeWindow';

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const T = Date.UTC(2020, 0, 1);

describe('fullWindow', () => {
  it.each([
    ['adds 4% of a 14-year span on each side', { min: T, max: T + 14 * YEAR }, 0.04 * 14 * YEAR],
    ['adds 30 days around a single day', { min: T, max: T + DAY }, 30 * DAY],
    ['adds 30 days around a 2-year span (4% would be less)', { min: T, max: T + 2 * YEAR }, 30 * DAY],
    ['adds 30 days around an instant', { min: T, max: T }, 30 * DAY]
  ])('%s', (_, span, margin) => {
    expect(fullWindow(span)).toEqual({ from: span.min - margin, to: span.max + margin });
  });
});

describe('fitWindow', () => {
  const full: TimeWindow = { from: T, to: T + 10 * YEAR };
  const middle = T + 5 * YEAR;

  it('is at least a few days wide', () => {
    expect(MIN_WINDOW_MS).toBe(3 * DAY);
  });

  it.each<[string, TimeWindow, number, TimeWindow]>([
    ['keeps a window that fits', { from: middle, to: middle + 30 * DAY }, 0, { from: middle, to: middle + 30 * DAY }],
    [
      'pads each side by a share of the length',
      { from: middle, to: middle + 10 * DAY },
      0.1,
      { from: middle - DAY, to: middle + 11 * DAY }
    ],
    [
      'widens a one-day window to the minimum, around its middle',
      { from: middle, to: middle + DAY },
      0,
      { from: middle + DAY / 2 - 1.5 * DAY, to: middle + DAY / 2 + 1.5 * DAY }
    ],
    [
      'widens an instant to the minimum, around it',
      { from: middle, to: middle },
      0.5,
      { from: middle - 1.5 * DAY, to: middle + 1.5 * DAY }
    ],
    [
      'shifts a window that starts before full to start with it, keeping its width',
      { from: T - 10 * DAY, to: T + 20 * DAY },
      0,
      { from: T, to: T + 30 * DAY }
    ],
    [
      'shifts a window that ends after full to end with it, keeping its width',
      { from: full.to - 20 * DAY, to: full.to + 10 * DAY },
      0,
      { from: full.to - 30 * DAY, to: full.to }
    ],
    [
      'shifts a minimum window at the very start of full inside it',
      { from: T, to: T },
      0,
      { from: T, to: T + MIN_WINDOW_MS }
    ],
    ['returns full when the window is as wide as full', { ...full }, 0, full],
    ['returns full when the window is wider than full', { from: T - YEAR, to: T + 20 * YEAR }, 0, full],
    ['returns full when padding makes the window too wide', { from: T + YEAR, to: T + 9 * YEAR }, 0.25, full]
  ])('%s', (_, window, padding, expected) => {
    expect(fitWindow(window, full, padding)).toEqual(expected);
  });

  it('returns a copy of full, not full itself', () => {
    const result = fitWindow({ from: T - YEAR, to: T + 20 * YEAR }, full);
    expect(result).toEqual(full);
    expect(result).not.toBe(full);
  });

  it('always returns a window inside full and at least MIN_WINDOW_MS wide', () => {
    for (let from = T - YEAR; from < full.to + YEAR; from += 37 * DAY) {
      for (const length of [0, DAY, 20 * DAY, 3 * YEAR, 12 * YEAR]) {
        const { from: a, to: b } = fitWindow({ from, to: from + length }, full, 0.05);
        expect(a).toBeGreaterThanOrEqual(full.from);
        expect(b).toBeLessThanOrEqual(full.to);
        expect(b - a).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
      }
    }
  });
});
