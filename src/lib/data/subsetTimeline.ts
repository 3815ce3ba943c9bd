import type { TimelineData, TimelineEvent } from './model';

/** Part of a timeline: the events of one domain, or one event and its milestones. */
export type Subset = { kind: 'domain'; id: string } | { kind: 'parent'; id: string };

/** True when `event` is `ancestorId` or lies, at any depth, within it. */
function within(event: TimelineEvent, ancestorId: string, byId: ReadonlyMap<string, TimelineEvent>): boolean {
  // A set of seen ids guards against a loop of parents, which validation already forbids.
  const seen = new Set<string>();
  for (let at: TimelineEvent | undefined = event; at && !seen.has(at.id); at = byId.get(at.parent ?? '')) {
    if (at.id === ancestorId) return true;
    seen.add(at.id);
  }
  return false;
}

/**
 * The timeline with only the events of `subset`: children lists, depths and
 * the span are recomputed, and an event whose parent is left out moves to
 * the top level. Returns `data` itself for no subset, or when the subset
 * would be empty, so a page always has events to draw.
 */
export function subsetTimeline(data: TimelineData, subset: Subset | null): TimelineData {
  if (!subset) return data;
  const byId = new Map(data.events.map((event) => [event.id, event]));
  const keep =
    subset.kind === 'domain'
      ? (event: TimelineEvent) => event.domains.includes(subset.id)
      : (event: TimelineEvent) => within(event, subset.id, byId);
  const kept = data.events.filter(keep);
  if (kept.length === 0) return data;

  const ids = new Set(kept.map((event) => event.id));
  const parentOf = (event: TimelineEvent) => (event.parent !== null && ids.has(event.parent) ? event.parent : null);
  const depthOf = (event: TimelineEvent): number => {
    let depth = 0;
    for (let at = parentOf(event); at !== null && depth <= kept.length; at = parentOf(byId.get(at)!)) depth += 1;
    return depth;
  };

  // Sorted again as the data is (start, depth, id): a depth that shrank can
  // move an event before another with the same start.
  const events = kept
    .map((event) => ({
      ...event,
      parent: parentOf(event),
      depth: depthOf(event),
      children: event.children.filter((id) => ids.has(id))
    }))
    .sort((a, b) => a.date.min - b.date.min || a.depth - b.depth || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const span = { min: events[0].date.min, max: events[0].date.max };
  for (const event of events) {
    span.min = Math.min(span.min, event.date.min);
    span.max = Math.max(span.max, event.date.max);
  }
  return { ...data, events, span };
}
