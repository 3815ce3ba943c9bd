import type { MarkEvent, MarkIndex } from './markIndex';

/** Each event's parent's place in `events` (-1 for none): computed once per timeline, read on every keystroke. */
export function parentPositions(events: readonly MarkEvent[]): Int32Array {
  const at = new Map(events.map((event, i) => [event.id, i]));
  return Int32Array.from(events, (event) => (event.parent === null ? -1 : (at.get(event.parent) ?? -1)));
}

/** The kept events, and those among them that moved (by their place in `events`). */
function keep<T extends MarkEvent>(events: readonly T[], matches: ArrayLike<number>, parents: Int32Array) {
  const kept: T[] = [];
  const moved = new Map<number, T>();
  for (let i = 0; i < events.length; i += 1) {
    if (!matches[i]) continue;
    const event = events[i];
    // Matching ancestors in a row above this event: its depth among the matches.
    let depth = 0;
    for (let p = parents[i]; p >= 0 && matches[p] && depth <= event.depth; p = parents[p]) depth += 1;
    const parent = depth > 0 ? event.parent : null;
    if (depth === event.depth && parent === event.parent) kept.push(event);
    else {
      const copy = { ...event, depth, parent };
      kept.push(copy);
      moved.set(i, copy);
    }
  }
  return { kept, moved };
}

/**
 * The events a search leaves, for the mark layout, in the timeline's order.
 * A milestone whose visit is left out stands on its own (top level, no
 * parent): the layout shows milestones only inside a drawn visit, and a
 * matching milestone must be drawn. Depths are recounted along the matching
 * ancestors. Events that keep their place are the same objects.
 */
export function matchedMarks<T extends MarkEvent>(events: readonly T[], matches: ArrayLike<number>, parents: Int32Array): T[] {
  return keep(events, matches, parents).kept;
}

/**
 * The mark index of the events a search leaves (see matchedMarks), derived
 * from the whole timeline's index in one pass over it rather than built
 * anew: at 100,000 events this runs on every keystroke. Each length class
 * keeps its reach (an upper bound for the matches, so window queries stay
 * exact); `byId` finds the matches by id (moved milestones as they are drawn).
 */
export function matchedMarkIndex<T extends MarkEvent>(full: MarkIndex<T>, matches: ArrayLike<number>, parents: Int32Array): MarkIndex<T> {
  const { kept, moved } = keep(full.events, matches, parents);
  const classes = full.classes
    .map(({ spans, reach }) => {
      const left: typeof spans = [];
      for (const span of spans) {
        if (!matches[span.position]) continue;
        const event = moved.get(span.position);
        left.push(event ? { ...span, event } : span);
      }
      return { spans: left, reach };
    })
    .filter(({ spans }) => spans.length > 0);
  const movedById = new Map([...moved.values()].map((event) => [event.id, event]));
  return {
    events: kept,
    topLevel: kept.filter((event) => event.depth === 0),
    byId: movedById.size ? { get: (id) => movedById.get(id) ?? full.byId.get(id) } : full.byId,
    classes
  };
}
