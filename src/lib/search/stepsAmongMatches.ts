import { parentPositions } from '../timeline/matchedMarks';

/** What the count needs of an event: its id and the id of the visit it is a step of. */
export interface Stepped {
  id: string;
  parent: string | null;
}

// Each event's parent's place (-1 for none), once per timeline: the count runs at every answer of the search.
const parentsOf = new WeakMap<readonly Stepped[], Int32Array>();

function parentPlaces(events: readonly Stepped[]): Int32Array {
  let parents = parentsOf.get(events);
  if (!parents) parentsOf.set(events, (parents = parentPositions(events)));
  return parents;
}

/**
 * How many of the matches (1 per event found, in the events' order) are steps
 * of a visit that is found too: the plot draws those inside their visit's
 * mark, so the count says how many of the events found they are.
 */
export function stepsAmongMatches(events: readonly Stepped[], matches: ArrayLike<number>): number {
  const parents = parentPlaces(events);
  let steps = 0;
  for (let i = 0; i < parents.length; i += 1) {
    const p = parents[i];
    if (p >= 0 && matches[i] === 1 && matches[p] === 1) steps += 1;
  }
  return steps;
}
