import { describe, expect, it } from 'vitest';
import {
  aggregateByBucket,
  cullToWindow,
  longestDuration,
  type Span
} from '../../src/lib/timeline/visibleWindow';
import { mulberry32 } from './random';

const DAY = 86_400_000;
const START = Date.UTC(1960, 0, 1);
const END = Date.UTC(2025, 0, 1);

interface Event extends Span {
  id: number;
}

/** Events across 65 years: mostly days, some instants, some visits of weeks, a few programmes of years. */
function randomEvents(count: number, random: () => number): Event[] {
  return Array.from({ length: count }, (_, id) => {
    const min = START + Math.floor(random() * (END - START));
    const kind = random();
    const length = kind < 0.1 ? 0 : kind < 0.7 ? DAY : kind < 0.95 ? random() * 60 * DAY : random() * 10 * 365 * DAY;
    return { id, min, max: min + Math.round(length) };
  }).sort((a, b) => a.min - b.min);
}

/** The obvious O(n) answer the fast one must agree with. */
function naiveCull<T extends Span>(spans: T[], windowMin: number, windowMax: number): T[] {
  return spans.filter((s) => s.min < windowMax && (s.max > windowMin || s.min >= windowMin));
}

describe('cullToWindow', () => {
  const events = randomEvents(10_000, mulberry32(42));
  const reach = longestDuration(events);
  const random = mulberry32(7);
  const windows = Array.from({ length: 200 }, () => {
    const width = [DAY, 30 * DAY, 365 * DAY, 20 * 365 * DAY][Math.floor(random() * 4)] * (0.5 + random());
    const windowMin = START - 365 * DAY + random() * (END - START + 2 * 365 * DAY);
    return { windowMin, windowMax: windowMin + width };
  });

  it('matches a naive filter on 200 random windows over 10,000 events', () => {
    for (const { windowMin, windowMax } of windows) {
      expect(cullToWindow(events, windowMin, windowMax, reach)).toEqual(naiveCull(events, windowMin, windowMax));
    }
  });

  it('neither loses nor duplicates an event', () => {
    for (const { windowMin, windowMax } of windows) {
      const ids = cullToWindow(events, windowMin, windowMax, reach).map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(naiveCull(events, windowMin, windowMax).length);
    }
  });

  it('returns the very objects it was given, in input order', () => {
    const visible = cullToWindow(events, START, END, reach);
    expect(visible.length).toBe(events.length);
    visible.forEach((event, i) => expect(event).toBe(events[i]));
  });

  const edges: Span[] = [
    { min: 0, max: 10 }, // ends where the window starts
    { min: 5, max: 15 }, // runs into the window
    { min: 10, max: 10 }, // an instant at the window's start
    { min: 12, max: 18 }, // inside
    { min: 0, max: 100 }, // covers the whole window
    { min: 19, max: 19 }, // an instant just inside the end
    { min: 20, max: 30 }, // starts where the window ends
    { min: 20, max: 20 } // an instant at the window's end
  ];
  it.each([
    { windowMin: 10, windowMax: 20, expected: [edges[1], edges[2], edges[3], edges[4], edges[5]] },
    { windowMin: 0, windowMax: 1, expected: [edges[0], edges[4]] },
    { windowMin: 30, windowMax: 40, expected: [edges[4]] },
    { windowMin: 100, windowMax: 200, expected: [] },
    { windowMin: 20, windowMax: 10, expected: [] },
    { windowMin: 15, windowMax: 15, expected: [] }
  ])('keeps what overlaps [$windowMin, $windowMax)', ({ windowMin, windowMax, expected }) => {
    const sorted = edges.slice().sort((a, b) => a.min - b.min);
    const visible = cullToWindow(sorted, windowMin, windowMax, longestDuration(sorted));
    expect(new Set(visible)).toEqual(new Set(expected));
  });

  it('still answers correctly when the reach is unknown (NaN or negative)', () => {
    const { windowMin, windowMax } = windows[0];
    const expected = naiveCull(events, windowMin, windowMax);
    expect(cullToWindow(events, windowMin, windowMax, NaN)).toEqual(expected);
    expect(cullToWindow(events, windowMin, windowMax, -1)).toEqual(expected);
  });

  it('reads only the events near the window, not the whole list', () => {
    let endsRead = 0;
    // Counting reads of `max` measures the scan, since the binary search only reads `min`.
    const counted = Array.from({ length: 10_000 }, (_, i) => ({
      min: i * DAY,
      get max() {
        endsRead++;
        return this.min + DAY;
      }
    }));
    const visible = cullToWindow(counted, 5000 * DAY, 5010 * DAY, DAY);
    expect(visible.length).toBe(10);
    expect(endsRead).toBeLessThanOrEqual(12);
  });
});

describe('longestDuration', () => {
  it.each([
    { spans: [], longest: 0 },
    { spans: [{ min: 5, max: 5 }], longest: 0 },
    { spans: [{ min: 0, max: 3 }, { min: 1, max: 10 }, { min: 4, max: 6 }], longest: 9 }
  ])('finds $longest as the longest of $spans', ({ spans, longest }) => {
    expect(longestDuration(spans)).toBe(longest);
  });
});

describe('aggregateByBucket', () => {
  const spans: Span[] = [0, 1, 1, 5, 9, 10, 10, 15, 30].map((min) => ({ min, max: min + 1 }));

  it.each([
    { edges: [0, 5, 10, 15, 20], counts: [3, 2, 2, 1] },
    { edges: [1, 2], counts: [2] },
    { edges: [-10, 0, 100], counts: [0, 9] },
    { edges: [31, 40], counts: [0] },
    { edges: [10, 5, 20], counts: [0, 3] },
    { edges: [0], counts: [] },
    { edges: [], counts: [] }
  ])('counts starts in buckets $edges as $counts', ({ edges, counts }) => {
    expect(aggregateByBucket(spans, edges)).toEqual(counts);
  });

  it('sums to the number of events starting between the first and last edge', () => {
    const events = randomEvents(10_000, mulberry32(3));
    const random = mulberry32(11);
    for (let round = 0; round < 50; round++) {
      const from = START + random() * (END - START);
      const step = random() * 365 * DAY;
      const edges = Array.from({ length: 1 + Math.floor(random() * 40) }, (_, i) => from + i * step);
      const last = edges[edges.length - 1];
      const expected = events.filter((e) => e.min >= edges[0] && e.min < last).length;
      const counts = aggregateByBucket(events, edges);
      expect(counts.length).toBe(edges.length - 1);
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(expected);
    }
  });
});
