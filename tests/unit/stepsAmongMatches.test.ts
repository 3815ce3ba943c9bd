import { describe, expect, it } from 'vitest';
import { stepsAmongMatches } from '../../src/lib/search/stepsAmongMatches';

// A visit with two steps, a lone event, and a step whose visit is not in the timeline.
const events = [
  { id: 'visit', parent: null },
  { id: 'talks', parent: 'visit' },
  { id: 'award', parent: 'visit' },
  { id: 'lone', parent: null },
  { id: 'stray', parent: 'missing' }
];

describe('stepsAmongMatches', () => {
  it.each([
    { found: 'the visit and both its steps', matches: [1, 1, 1, 0, 0], steps: 2 },
    { found: 'one step and its visit, and a lone event', matches: [1, 0, 1, 1, 0], steps: 1 },
    { found: 'the steps without their visit (each drawn on its own)', matches: [0, 1, 1, 1, 0], steps: 0 },
    { found: 'a step whose visit is not in the timeline', matches: [0, 0, 0, 0, 1], steps: 0 },
    { found: 'everything', matches: [1, 1, 1, 1, 1], steps: 2 },
    { found: 'nothing', matches: [0, 0, 0, 0, 0], steps: 0 }
  ])('counts $steps when the search finds $found', ({ matches, steps }) => {
    expect(stepsAmongMatches(events, Uint8Array.from(matches))).toBe(steps);
  });
});
