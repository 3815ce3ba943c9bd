import { describe, expect, it } from 'vitest';
import { layoutMarks } from '../../src/lib/timeline/layoutMarks';
import { buildMarkIndex, eventsInWindow, topLevelStartingIn, type MarkEvent } from '../../src/lib/timeline/markIndex';
import { matchedMarkIndex, matchedMarks, parentPositions } from '../../src/lib/timeline/matchedMarks';
import { mulberry32 } from './random';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 4, 1);

// A visit with two milestones, the second with a milestone of its own, then a separate event.
const events: MarkEvent[] = [
  { id: 'visit', min: T0, max: T0 + 10 * DAY, depth: 0, parent: null },
  { id: 'talks', min: T0 + DAY, max: T0 + 2 * DAY, depth: 1, parent: 'visit', point: true },
  { id: 'tour', min: T0 + 3 * DAY, max: T0 + 5 * DAY, depth: 1, parent: 'visit' },
  { id: 'award', min: T0 + 4 * DAY, max: T0 + 5 * DAY, depth: 2, parent: 'tour', point: true },
  { id: 'later', min: T0 + 20 * DAY, max: T0 + 21 * DAY, depth: 0, parent: null, point: true }
];
const parents = parentPositions(events);
const mask = (...ids: string[]) => Uint8Array.from(events, (event) => (ids.includes(event.id) ? 1 : 0));
const shape = (kept: MarkEvent[]) => kept.map(({ id, depth, parent }) => [id, depth, parent]);

describe('matchedMarks', () => {
  it.each([
    ['every event', mask('visit', 'talks', 'tour', 'award', 'later'), [['visit', 0, null], ['talks', 1, 'visit'], ['tour', 1, 'visit'], ['award', 2, 'tour'], ['later', 0, null]]],
    ['no event', mask(), []],
    ['a visit and one milestone', mask('visit', 'talks'), [['visit', 0, null], ['talks', 1, 'visit']]],
    ['a milestone without its visit: on its own', mask('talks'), [['talks', 0, null]]],
    ['a milestone of a milestone, the visit left out', mask('tour', 'award'), [['tour', 0, null], ['award', 1, 'tour']]],
    ['a milestone of a milestone whose parent is left out', mask('visit', 'award'), [['visit', 0, null], ['award', 0, null]]],
    ['a top-level event alone', mask('later'), [['later', 0, null]]]
  ] as const)('%s', (_, matches, expected) => {
    expect(shape(matchedMarks(events, matches, parents))).toEqual(expected);
  });

  it('keeps the very objects of events whose place does not change', () => {
    const kept = matchedMarks(events, mask('visit', 'talks', 'award'), parents);
    expect(kept[0]).toBe(events[0]);
    expect(kept[1]).toBe(events[1]);
    expect(kept[2]).not.toBe(events[3]);
    expect(kept[2]).toMatchObject({ id: 'award', min: events[3].min, max: events[3].max, point: true });
  });

  it('lets the layout draw a matching milestone whose visit does not match', () => {
    const index = matchedMarkIndex(buildMarkIndex(events), mask('award', 'later'), parents);
    const toPx = (ms: number) => ((ms - T0) / (30 * DAY)) * 1000;
    const layout = layoutMarks(index, { toPx, window: [T0, T0 + 30 * DAY], width: 1000, lanes: 4, expandPx: 140, labelWidth: () => 80 });
    const drawn = [...layout.marks.map((m) => m.id), ...layout.dots.map((d) => d.id)].sort();
    expect(drawn).toEqual(['award', 'later']);
  });
});

describe('matchedMarkIndex', () => {
  // Visits of a few days with milestones, and periods of months to years, over a decade.
  const random = mulberry32(3);
  const DAYS = 3650;
  const many: MarkEvent[] = [];
  for (let v = 0; v < 400; v += 1) {
    const min = T0 + Math.floor(random() * DAYS) * DAY;
    const long = random() < 0.1;
    many.push({ id: `v${v}`, min, max: min + (long ? Math.floor(random() * 900) : 1 + Math.floor(random() * 6)) * DAY, depth: 0, parent: null });
    if (!long) for (let m = 0; m < 3; m += 1) many.push({ id: `v${v}-${m}`, min: min + m * DAY, max: min + (m + 1) * DAY, depth: 1, parent: `v${v}`, point: true });
  }
  many.sort((a, b) => a.min - b.min || a.depth - b.depth || (a.id < b.id ? -1 : 1));
  const full = buildMarkIndex(many);
  const manyParents = parentPositions(many);

  it.each([0.9, 0.3, 0.02])('answers window queries as an index built from the matches does (%s of the events match)', (share) => {
    const matches = Uint8Array.from(many, () => (random() < share ? 1 : 0));
    const derived = matchedMarkIndex(full, matches, manyParents);
    const built = buildMarkIndex(matchedMarks(many, matches, manyParents));
    expect(derived.events).toEqual(built.events);
    expect(derived.topLevel).toEqual(built.topLevel);
    for (let w = 0; w < 30; w += 1) {
      const from = T0 + random() * DAYS * DAY;
      const to = from + random() ** 3 * DAYS * DAY;
      expect(eventsInWindow(derived, from, to)).toEqual(eventsInWindow(built, from, to));
      expect(topLevelStartingIn(derived, from, to)).toBe(topLevelStartingIn(built, from, to));
    }
    for (const event of built.events) expect(derived.byId.get(event.id)).toEqual(event);
  });
});
