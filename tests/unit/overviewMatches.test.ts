import { describe, expect, it } from 'vitest';
import { overviewMatchesPath } from '../../src/lib/timeline/overviewMatches';
import { overviewPath } from '../../src/lib/timeline/overviewPath';
import { mulberry32 } from './random';

const geometry = { toPx: (ms: number) => ms, height: 32 };

describe('overviewMatchesPath', () => {
  const random = mulberry32(7);
  /** Instants and ranges over 1000 px, a third of them milestones, in time order. */
  const events = Array.from({ length: 3000 }, () => {
    const min = random() * 1000;
    return { min, max: min + (random() < 0.3 ? random() * 80 : 0), depth: random() < 0.3 ? 1 : 0 };
  }).sort((a, b) => a.min - b.min);

  it.each([0.9, 0.2, 0.001])('draws the events included (%s of them) exactly as overviewPath draws them alone', (share) => {
    const include = Uint8Array.from(events, () => (random() < share ? 1 : 0));
    const kept = events.filter((_, i) => include[i]);
    expect(overviewMatchesPath(events, geometry, include)).toBe(overviewPath(kept, geometry));
  });

  it('merges lines the same when the events are not in time order', () => {
    const reversed = [...events].reverse();
    const include = Uint8Array.from(reversed, () => (random() < 0.5 ? 1 : 0));
    expect(overviewMatchesPath(reversed, geometry, include)).toBe(overviewPath(reversed.filter((_, i) => include[i]), geometry));
  });

  it('draws a crowded column taller, as the whole strip does', () => {
    const crowd = [...Array.from({ length: 16 }, () => ({ min: 100, max: 100, depth: 0 })), { min: 500, max: 500, depth: 0 }];
    expect(overviewMatchesPath(crowd, geometry, new Uint8Array(crowd.length).fill(1))).toBe(overviewPath(crowd, geometry));
  });

  it('draws nothing when nothing is included', () => {
    expect(overviewMatchesPath(events, geometry, new Uint8Array(events.length))).toBe('');
  });
});

describe('overviewMatchesPath, the scale changing between calls', () => {
  const random = mulberry32(11);
  const events = Array.from({ length: 500 }, () => {
    const min = random() * 1000;
    return { min, max: min + (random() < 0.3 ? random() * 80 : 0), depth: random() < 0.3 ? 1 : 0 };
  }).sort((a, b) => a.min - b.min);

  it('draws each call with its own scale (the places it remembers are those of the last scale only)', () => {
    const include = Uint8Array.from(events, () => (random() < 0.5 ? 1 : 0));
    const kept = events.filter((_, i) => include[i]);
    for (const toPx of [(ms: number) => ms, (ms: number) => ms * 2 + 10, (ms: number) => ms]) {
      const scaled = { toPx, height: 32 };
      expect(overviewMatchesPath(events, scaled, include)).toBe(overviewPath(kept, scaled));
      // Fewer events the next time: those drawn already are not asked of the scale again, and still right.
      const fewer = include.map((v, i) => (i % 3 ? v : 0));
      expect(overviewMatchesPath(events, scaled, fewer)).toBe(overviewPath(events.filter((_, i) => fewer[i]), scaled));
    }
  });
});
