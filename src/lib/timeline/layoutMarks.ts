import { layoutLabels, type LabelItem } from './layoutLabels';
import { eventsInWindow, longEventsInWindow, topLevelStartingIn, type MarkEvent, type MarkIndex } from './markIndex';
import { aggregateByBucket, firstMinAtOrAfter } from './visibleWindow';

export type { MarkEvent } from './markIndex';

export interface MarkLayoutOptions {
  /** Maps UTC ms to px on the axis. */
  toPx: (ms: number) => number;
  /** The visible window in UTC ms. */
  window: [number, number];
  /** The axis width in px. */
  width: number;
  /** Rows available for labelled marks. */
  lanes: number;
  /** A parent shows its milestones once its bar is at least this wide (px). */
  expandPx: number;
  /** Label width in px for an event (its widest line). */
  labelWidth: (id: string) => number;
  /** Placed first, so the selected event keeps its label. */
  selectedId?: string | null;
  /** Beyond this many unlabelled events, only their counts are drawn. */
  maxDots?: number;
  /** Beyond this many top-level events starting in the window, the layout only counts most of them (see layoutDense). */
  denseLimit?: number;
}

/** A labelled mark: its bar from x0 to x1, its row and its label box. */
export interface PlacedMark {
  id: string;
  x0: number;
  x1: number;
  lane: number;
  labelX: number;
  labelWidth: number;
}

/** "+n": events drawn only as a count, and the stretch of time that shows them (UTC ms). */
export interface MarkCluster {
  x: number;
  count: number;
  from: number;
  to: number;
}

export interface MarkLayout {
  marks: PlacedMark[];
  /** Events without room for a label, drawn as small focusable dots. */
  dots: { id: string; x: number }[];
  /** Counts of unlabelled events close together ("+3"). */
  clusters: MarkCluster[];
  /** Parents whose milestones are shown at this zoom. */
  expanded: Set<string>;
  /** Whether the window was too dense to place every event (level of detail). */
  dense: boolean;
}

const DEFAULT_DENSE_LIMIT = 300;
/** Width of a level-of-detail bucket: one "+n" per bucket, as far apart as detailed clusters. */
const DENSE_BUCKET_PX = 40;
/** Events per bucket offered a label in a dense window. */
const CANDIDATES_PER_BUCKET = 2;

/**
 * Who gets a lane first: the selected event, then outer events before their
 * milestones; a bar running across the whole view comes last, since every
 * lane it takes is a lane lost to events that happen in the view, and it is
 * still there (as a band) when zoomed out.
 */
function priorityOf(event: MarkEvent, x0: number, x1: number, width: number, selectedId: string | null | undefined) {
  if (event.id === selectedId) return 100;
  return -event.depth - (x0 <= 0 && x1 >= width ? 10 : 0);
}

/**
 * Decides which events are drawn at this zoom and where: culls to the window,
 * shows a parent's milestones only once the parent is wide enough (semantic
 * zoom), then gives labels lanes so none overlap. A window with more events
 * than can be read is laid out by layoutDense instead, at a cost that does not
 * grow with the number of events in it.
 */
export function layoutMarks(index: MarkIndex, opts: MarkLayoutOptions): MarkLayout {
  const [from, to] = opts.window;
  if (topLevelStartingIn(index, from, to) > (opts.denseLimit ?? DEFAULT_DENSE_LIMIT)) return layoutDense(index, opts);
  const visible = eventsInWindow(index, from, to);

  // Events are sorted by start, parents before children at the same start,
  // so a parent's expansion is known before its milestones are reached.
  const expanded = new Set<string>();
  const shown: { event: MarkEvent; x0: number; x1: number }[] = [];
  const shownIds = new Set<string>();
  for (const event of visible) {
    // The selected event is always drawn, even where its visit is still one mark.
    const parentOpen = event.parent === null || (expanded.has(event.parent) && shownIds.has(event.parent));
    if (!parentOpen && event.id !== opts.selectedId) continue;
    const x0 = opts.toPx(event.min);
    const x1 = opts.toPx(event.max);
    shown.push({ event, x0, x1 });
    shownIds.add(event.id);
    if (x1 - x0 >= opts.expandPx) expanded.add(event.id);
  }

  const items = shown.map(({ event, x0, x1 }) => ({
    id: event.id,
    x0,
    x1,
    width: opts.labelWidth(event.id),
    priority: priorityOf(event, x0, x1, opts.width, opts.selectedId)
  }));
  const layout = layoutLabels(items, { width: opts.width, lanes: opts.lanes });

  const position = new Map(items.map((item) => [item.id, item]));
  const marks = placedMarks(layout.placed, position);
  const maxDots = opts.maxDots ?? 150;
  const dots =
    layout.hidden.length <= maxDots
      ? layout.hidden.map((id) => ({ id, x: Math.min(Math.max(0, position.get(id)!.x0), opts.width) }))
      : [];
  const clusters = layout.clusters.map(({ x, count, ids }) => {
    let min = Infinity;
    let max = -Infinity;
    for (const id of ids) {
      const event = index.byId.get(id)!;
      min = Math.min(min, event.min);
      max = Math.max(max, event.max);
    }
    return { x, count, from: min, to: max };
  });
  return { marks, dots, clusters, expanded, dense: false };
}

function placedMarks(placed: { id: string; lane: number; x: number }[], items: Map<string, LabelItem>): PlacedMark[] {
  return placed.map(({ id, lane, x }) => {
    const { x0, x1, width } = items.get(id)!;
    return { id, x0, x1, lane, labelX: x, labelWidth: width };
  });
}

/**
 * Level of detail for a crowded window. The window is cut into buckets about
 * DENSE_BUCKET_PX wide; the first events starting in each bucket, the events
 * at least a bucket long and the selected event compete for labels, and every
 * other top-level event starting in the window is counted in its bucket's
 * "+n". So each top-level event starting in the window is either labelled or
 * counted, never both; milestones wait for their visit to be zoomed into.
 * Costs O(buckets × log n) plus the long events, whatever the density.
 */
function layoutDense(index: MarkIndex, opts: MarkLayoutOptions): MarkLayout {
  const [from, to] = opts.window;
  const bucketCount = Math.max(1, Math.ceil(opts.width / DENSE_BUCKET_PX));
  const step = (to - from) / bucketCount;
  const edges = Array.from({ length: bucketCount + 1 }, (_, i) => (i === bucketCount ? to : from + i * step));
  const counts = aggregateByBucket(index.topLevel, edges);

  const candidates = new Map<string, MarkEvent>();
  for (let b = 0; b < bucketCount; b++) {
    const first = firstMinAtOrAfter(index.topLevel, edges[b]);
    for (let i = first; i < first + Math.min(counts[b], CANDIDATES_PER_BUCKET); i++) {
      candidates.set(index.topLevel[i].id, index.topLevel[i]);
    }
  }
  // Long periods are what a zoomed-out reader looks for; keep the longest.
  const long = longEventsInWindow(index, from, to, step)
    .filter((event) => event.depth === 0)
    .sort((a, b) => b.max - b.min - (a.max - a.min))
    .slice(0, bucketCount * CANDIDATES_PER_BUCKET);
  for (const event of long) candidates.set(event.id, event);
  const selected = opts.selectedId ? index.byId.get(opts.selectedId) : undefined;
  if (selected && selected.min < to && (selected.max > from || selected.min >= from)) candidates.set(selected.id, selected);

  const items = [...candidates.values()].map((event) => {
    const x0 = opts.toPx(event.min);
    const x1 = opts.toPx(event.max);
    return { id: event.id, x0, x1, width: opts.labelWidth(event.id), priority: priorityOf(event, x0, x1, opts.width, opts.selectedId) };
  });
  const layout = layoutLabels(items, { width: opts.width, lanes: opts.lanes });

  // What a label shows is not counted again.
  for (const { id } of layout.placed) {
    const event = candidates.get(id)!;
    if (event.depth > 0 || event.min < from || event.min >= to) continue;
    counts[bucketOf(edges, event.min)]--;
  }
  const clusters: MarkCluster[] = [];
  counts.forEach((count, b) => {
    if (count > 0) {
      const x = Math.min(Math.max(0, opts.toPx(edges[b])), opts.width);
      clusters.push({ x, count, from: edges[b], to: edges[b + 1] });
    }
  });
  const marks = placedMarks(layout.placed, new Map(items.map((item) => [item.id, item])));
  return { marks, dots: [], clusters, expanded: new Set(), dense: true };
}

/** The bucket [edges[b], edges[b + 1]) holding `ms`, as aggregateByBucket assigns it. */
function bucketOf(edges: number[], ms: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (edges[mid] <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
