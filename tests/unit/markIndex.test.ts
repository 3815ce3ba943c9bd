import { describe, expect, it } from 'vitest';
import { buildMarkIndex, eventsInWindow, longEventsInWindow, topLevelStartingIn, type MarkEvent } from '../../src/lib/timeline/markIndex';
import { mulberry32 } from './random';

const DAY = 86_400_000;
const START = Date.UTC(1990, 0, 1);
const END = Date.UTC(2025, 0, 1);

/** Instants, days, weeks, months and a few decades-long periods, sorted by start. */
function randomEvents(count: number, random: () => number): MarkEvent[] {
  const lengths = [0, DAY, 9 * DAY, 120 * DAY, 20 * 365 * DAY];
  return Array.from({ length: count }, (_, i) => {
    const min = START + Math.floor(random() * (END - START));
    const r = random();
    const length = lengths[r < 0.3 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.99 ? 3 : 4];
    return { id: `e${i}`, min, max: min + length, depth: random() < 0.2 ? 1 : 0, parent: null };
  }).sort((a, b) => a.min - b.min);
}

const overlaps = (e: MarkEvent, from: number, to: number) => e.min < to && (e.max > from || e.min >= from);

describe('buildMarkIndex and its queries', () => {
  const events = randomEvents(4000, mulberry32(7));
  const index = buildMarkIndex(events);
  const random = mulberry32(11);
  const windows = Array.from({ length: 40 }, () => {
    const from = START + random() * (END - START);
    return [from, from + random() ** 4 * (END - START)] as const;
  });

  it.each(windows)('finds exactly the events overlapping [%d, %d), in timeline order', (from, to) => {
    expect(eventsInWindow(index, from, to)).toEqual(events.filter((e) => overlaps(e, from, to)));
  });

  it.each(windows.slice(0, 10))('counts the top-level events starting in [%d, %d)', (from, to) => {
    const expected = events.filter((e) => e.depth === 0 && e.min >= from && e.min < to).length;
    expect(topLevelStartingIn(index, from, to)).toBe(expected);
  });

  it.each(windows.slice(0, 10))('finds the long events overlapping [%d, %d)', (from, to) => {
    const expected = events.filter((e) => overlaps(e, from, to) && e.max - e.min >= 100 * DAY);
    expect(longEventsInWindow(index, from, to, 100 * DAY)).toEqual(expected);
  });

  it('finds nothing in an empty or reversed window', () => {
    expect(eventsInWindow(index, END, START)).toEqual([]);
    expect(topLevelStartingIn(index, END, START)).toBe(0);
  });

  it('looks events up by id', () => {
    expect(index.byId.get('e10')).toBe(events.find((e) => e.id === 'e10'));
  });
});
