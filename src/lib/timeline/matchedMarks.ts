import type { MarkEvent, MarkIndex } from './markIndex';

/** Each event's parent's place in `events` (-1 for none): computed once per timeline, read on every keystroke. */
export function parentPositions(events: readonly Pick<MarkEvent, 'id' | 'parent'>[]): Int32Array {
  const at = new Map(events.map((event, i) => [event.id, i]));
  return Int32Array.from(events, (event) => (event.parent === null ? -1 : (at.get(event.parent) ?? -1)));
}

/**
 * The kept events (and the top-level ones among them), and those that moved,
 * by their place in `events` (undefined for those that did not). Plain loops
 * over arrays: at 100,000 events this runs on every keystroke.
 */
function keep<T extends MarkEvent>(events: readonly T[], matches: ArrayLike<number>, parents: Int32Array) {
  const kept: T[] = [];
  const topLevel: T[] = [];
  let moved: (T | undefined)[] | null = null;
  for (let i = 0; i < events.length; i += 1) {
    if (!matches[i]) continue;
    let event = events[i];
    // Matching ancestors in a row above this event: its depth among the matches.
    let depth = 0;
    for (let p = parents[i]; p >= 0 && matches[p] && depth <= event.depth; p = parents[p]) depth += 1;
    const parent = depth > 0 ? event.parent : null;
    if (depth !== event.depth || parent !== event.parent) {
      event = { ...event, depth, parent };
      (moved ??= new Array<T | undefined>(events.length))[i] = event;
    }
    kept.push(event);
    if (event.depth === 0) topLevel.push(event);
  }
  return { kept, topLevel, moved };
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
 * `matches` must not change afterwards: each class reads it when first asked.
 */
export function matchedMarkIndex<T extends MarkEvent>(full: MarkIndex<T>, matches: ArrayLike<number>, parents: Int32Array): MarkIndex<T> {
  const { kept, topLevel, moved } = keep(full.events, matches, parents);
  // Everything matches (a query typed, its answer not in yet): the whole index as it is.
  if (kept.length === full.events.length && !moved) return full;
  // Each class's matches are picked out when a window query first reads them:
  // the dense layout of a wide window reads only the long classes, and the
  // class of the short events holds nearly all of them.
  const classes: MarkIndex<T>['classes'] = full.classes.map(({ spans, reach }) => {
    let left: typeof spans | null = null;
    return {
      reach,
      get spans() {
        if (left) return left;
        left = [];
        for (let s = 0; s < spans.length; s += 1) {
          const span = spans[s];
          if (!matches[span.position]) continue;
          const event = moved?.[span.position];
          left.push(event ? { ...span, event } : span);
        }
        return left;
      }
    };
  });
  const movedById = new Map<string, T>();
  if (moved) for (const event of moved) if (event) movedById.set(event.id, event);
  return {
    events: kept,
    topLevel,
    byId: movedById.size ? { get: (id) => movedById.get(id) ?? full.byId.get(id) } : full.byId,
    classes
  };
}
