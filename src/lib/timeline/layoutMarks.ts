import { clusterByX, layoutLabels, type Bracket, type LabelItem, type LayoutResult, type PlacedLabel } from './layoutLabels';
import { eventsInWindow, longEventsInWindow, topLevelStartingIn, type MarkEvent, type MarkIndex } from './markIndex';
import { aggregateByBucket, firstMinAtOrAfter } from './visibleWindow';

export type { MarkEvent } from './markIndex';
export type { Bracket } from './layoutLabels';

export interface MarkLayoutOptions {
  /** Maps UTC ms to px on the axis. */
  toPx: (ms: number) => number;
  /** The visible window in UTC ms. */
  window: [number, number];
  /** The axis width in px. */
  width: number;
  /** Rows available for labelled events. */
  lanes: number;
  /** Rows of the band for long periods (`band` events); with none, periods share the event rows. */
  bandLanes?: number;
  /** A parent shows its milestones once its bar is at least this wide (px). */
  expandPx: number;
  /** Label width in px for an event on one line (its widest line). */
  labelWidth: (id: string) => number;
  /** The narrowest an event's label may wrap to, on its most lines (px); its one-line width by default. */
  labelMinWidth?: (id: string) => number;
  /**
   * The lane of each mark in the previous layout: a mark keeps its lane when
   * it can, so that marks move as little as possible when the window moves.
   */
  previousLanes?: ReadonlyMap<string, number>;
  /** One event per row (a narrow plot), so that no label is cut by a neighbour. */
  ownRow?: boolean;
  /** Room kept free between a label and either edge of the plot, px. */
  edgePx?: number;
  /** Radius of the dot of a single-day event, px. */
  dotRadius?: number;
  /** Narrowest bar drawn, px, so that a short range stays visible when zoomed out. */
  minBarPx?: number;
  /** Beyond this many unlabelled events, only their counts are drawn. */
  maxDots?: number;
  /** Beyond this many top-level events starting in the window, the layout only counts most of them (see layoutDense). */
  denseLimit?: number;
  /**
   * The room for the event rows, px from their top to the axis (the row of
   * dots included). With rowBase and lineHeight, a window of few events whose
   * lanes leave some of them without a label may use rows as tall as their
   * labels instead (see layoutFew).
   */
  rowsRoom?: number;
  /** A row's height besides its label's lines (its mark's strip, the gap under it, a second language's line), px. */
  rowBase?: number;
  /** Height of a line of a label, px. */
  lineHeight?: number;
  labelLines?: (id: string, width: number) => number;
}

/** A labelled mark: its dot or bar from x0 to x1 (px, as drawn), its row and its label box. */
export interface PlacedMark {
  id: string;
  x0: number;
  x1: number;
  lane: number;
  /** Drawn in the band of long periods (its lane counts from the top of the band). */
  band: boolean;
  labelX: number;
  labelWidth: number;
  /** `left` when the label ends at its mark instead of starting there (no room on the right). */
  side: 'right' | 'left';
  /** Whether the label wraps in its box (narrower than its one line). */
  wrapped: boolean;
  /** The event it is drawn beneath (its visit), if any. */
  parent?: string;
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
  /** Brackets tying milestones to the visit above them (lanes of the event rows). */
  brackets: Bracket[];
  /** Parents whose milestones are shown at this zoom. */
  expanded: Set<string>;
  /** Whether the window was too dense to place every event (level of detail). */
  dense: boolean;
  /** Top of each event row from the top of the rows, px, and where the last ends, when the rows are as tall as their labels (else lane × the lane height). */
  laneTops?: number[];
}

const DEFAULT_DENSE_LIMIT = 300;
/**
 * A window drawing at most this many events whose first layout left some
 * without a label tries other packings (see layoutFew): a handful of layouts
 * of a few items costs next to nothing, and a crowded window never gets here.
 */
const FEW_EVENTS = 40;
/** Narrowest level-of-detail bucket, px: one "+n" per bucket, as far apart as detailed clusters (a bucket is this to twice this wide). */
const DENSE_BUCKET_PX = 40;
/** Events per bucket offered a label in a dense window. */
const CANDIDATES_PER_BUCKET = 2;
const DEFAULT_DOT_RADIUS = 6;
const DEFAULT_MIN_BAR_PX = 8;

/**
 * Who gets a lane first: outer events before their milestones; a bar running
 * across the whole view comes last, since every lane it takes is a lane lost
 * to events that happen in the view, and it is still there when zoomed out.
 * The selection plays no part: selecting must never move a mark.
 */
function priorityOf(event: MarkEvent, x0: number, x1: number, width: number) {
  return -event.depth - (x0 <= 0 && x1 >= width ? 10 : 0);
}

/** The mark's extent as drawn: a dot in the middle of its day, or a bar at least minBarPx wide. */
function extentOf(event: MarkEvent, opts: MarkLayoutOptions): { x0: number; x1: number } {
  const start = opts.toPx(event.min);
  const end = opts.toPx(event.max);
  if (event.point) {
    const middle = (start + end) / 2;
    const radius = opts.dotRadius ?? DEFAULT_DOT_RADIUS;
    return { x0: middle - radius, x1: middle + radius };
  }
  return { x0: start, x1: Math.max(end, start + (opts.minBarPx ?? DEFAULT_MIN_BAR_PX)) };
}

function itemFor(event: MarkEvent, opts: MarkLayoutOptions): LabelItem {
  const { x0, x1 } = extentOf(event, opts);
  const width = opts.labelWidth(event.id);
  return {
    id: event.id,
    x0,
    x1,
    width,
    minWidth: Math.min(width, opts.labelMinWidth?.(event.id) ?? width),
    priority: priorityOf(event, x0, x1, opts.width),
    lane: opts.previousLanes?.get(event.id)
  };
}

/** Lays out the band (long periods) and the event rows apart, and puts the two together. */
function layoutRows(
  events: MarkEvent[],
  opts: MarkLayoutOptions,
  group: boolean,
  compact = false
): { marks: PlacedMark[]; hidden: { id: string; x: number }[]; brackets: Bracket[]; items: Map<string, LabelItem> } {
  const banded = (opts.bandLanes ?? 0) > 0;
  const items = new Map<string, LabelItem>();
  const band: LabelItem[] = [];
  const inBand = new Set<string>();
  const rows: LabelItem[] = [];
  for (const event of events) {
    const item = itemFor(event, opts);
    items.set(event.id, item);
    const parent = group && event.parent !== null ? items.get(event.parent) : undefined;
    if (banded && event.band) {
      band.push(item);
      inBand.add(event.id);
    }
    // Events are sorted parents first, so a milestone finds its visit's item here.
    else if (parent && !inBand.has(parent.id)) (parent.below ??= []).push(item);
    else rows.push(item);
  }
  const layoutOptions = { width: opts.width, ownRow: opts.ownRow, edge: opts.edgePx };
  const main = layoutLabels(rows, { ...layoutOptions, compact, lanes: opts.lanes });
  const top = band.length ? layoutLabels(band, { ...layoutOptions, lanes: opts.bandLanes ?? 0 }) : null;
  const marks = [...placedMarks(main, items, false), ...(top ? placedMarks(top, items, true) : [])];
  const hidden = [...hiddenOf(main, items, opts), ...(top ? hiddenOf(top, items, opts) : [])].sort(
    (a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
  return { marks, hidden, brackets: main.brackets, items };
}

function placedMarks(result: LayoutResult, items: Map<string, LabelItem>, band: boolean): PlacedMark[] {
  return result.placed.map(({ id, lane, x, width, side, wrapped, parent }: PlacedLabel) => {
    const { x0, x1 } = items.get(id)!;
    return { id, x0, x1, lane, band, labelX: x, labelWidth: width, side, wrapped, ...(parent ? { parent } : {}) };
  });
}

/** Where an unlabelled event's dot goes: under its mark, kept on screen. */
function hiddenOf(result: LayoutResult, items: Map<string, LabelItem>, opts: MarkLayoutOptions) {
  return result.hidden.map((id) => {
    const { x0, x1 } = items.get(id)!;
    const at = x1 - x0 <= 2 * (opts.dotRadius ?? DEFAULT_DOT_RADIUS) + 0.5 ? (x0 + x1) / 2 : x0;
    return { id, x: Math.min(Math.max(0, at), opts.width) };
  });
}

/**
 * Decides which events are drawn at this zoom and where: culls to the window,
 * shows a parent's milestones only once the parent is wide enough (semantic
 * zoom), in the rows right beneath it; long periods go to the band at the
 * top; then labels get lanes so none overlap, each mark keeping its previous
 * lane when it can. A window with more events than can be read is laid out
 * by layoutDense instead, at a cost that does not grow with the number of
 * events in it.
 */
export function layoutMarks(index: MarkIndex, opts: MarkLayoutOptions): MarkLayout {
  const [from, to] = opts.window;
  if (topLevelStartingIn(index, from, to) > (opts.denseLimit ?? DEFAULT_DENSE_LIMIT)) return layoutDense(index, opts);
  const visible = eventsInWindow(index, from, to);

  // Events are sorted by start, parents before children at the same start,
  // so a parent's expansion is known before its milestones are reached.
  const expanded = new Set<string>();
  const shown: MarkEvent[] = [];
  const shownIds = new Set<string>();
  for (const event of visible) {
    if (event.parent !== null && !(expanded.has(event.parent) && shownIds.has(event.parent))) continue;
    shown.push(event);
    shownIds.add(event.id);
    if (opts.toPx(event.max) - opts.toPx(event.min) >= opts.expandPx) expanded.add(event.id);
  }

  const { laid, laneTops } = shown.length <= FEW_EVENTS ? layoutFew(shown, opts) : { laid: layoutRows(shown, opts, true) };
  const { marks, hidden, brackets } = laid;
  const maxDots = opts.maxDots ?? 150;
  const dots = hidden.length <= maxDots ? hidden : [];
  const clusters = clusterByX(hidden).map(({ x, count, ids }) => {
    let min = Infinity;
    let max = -Infinity;
    for (const id of ids) {
      const event = index.byId.get(id)!;
      min = Math.min(min, event.min);
      max = Math.max(max, event.max);
    }
    return { x, count, from: min, to: max };
  });
  return { marks, dots, clusters, brackets, expanded, dense: false, ...(laneTops ? { laneTops } : {}) };
}

/**
 * The layout of a window with few events, with as many of them labelled as
 * the rows allow. When the usual packing leaves some without a label, rows
 * as tall as their labels (a one-line label needs no room for three) are
 * tried, one more at a time while they fit in rowsRoom, one event a row or
 * (narrow plot or not) labels wrapped first so that more share a row: the
 * first that labels every event wins, with its rows' tops; the row of dots
 * is then empty, so its room is theirs. Else the usual lanes, packed the
 * way that labels most. A dot and a "+n" for a story's main events, with
 * room that could name them, is what a reader of a short plot (an embed, a
 * phone) must not get.
 */
function layoutFew(shown: MarkEvent[], opts: MarkLayoutOptions): { laid: ReturnType<typeof layoutRows>; laneTops?: number[] } {
  const first = layoutRows(shown, opts, true);
  if (!first.hidden.length) return { laid: first };
  const room = opts.rowsRoom ?? 0;
  const base = opts.rowBase ?? 0;
  const line = opts.lineHeight ?? 0;
  const linesOf = opts.labelLines ?? ((id: string, width: number) => (width >= opts.labelWidth(id) - 0.5 ? 1 : 2));
  const packings = [
    { ownRow: opts.ownRow, compact: false },
    { ownRow: false, compact: true }
  ];
  if (room > 0 && line > 0) {
    for (let lanes = opts.lanes + 1; lanes <= shown.length && lanes * (base + line) <= room + 4; lanes++) {
      for (const packing of packings) {
        const laid = layoutRows(shown, { ...opts, lanes, ownRow: packing.ownRow }, true, packing.compact);
        if (laid.hidden.length) continue;
        const laneTops = rowTops(laid.marks, lanes, (mark) => linesOf(mark.id, mark.labelWidth), base, line, room);
        if (laneTops) return { laid, laneTops };
      }
    }
  }
  const shared = layoutRows(shown, { ...opts, ownRow: false }, true, true);
  return { laid: shared.hidden.length < first.hidden.length ? shared : first };
}

/**
 * The tops of rows as tall as their tallest label (base + lines × line px,
 * an empty row as one of a line), px from the top of the first, and where
 * the last one ends; null when the last label (less the gap under a row,
 * base's last 4 px, plus 2 px above the axis) would not end within `room`.
 */
export function rowTops(
  marks: readonly Pick<PlacedMark, 'lane' | 'band' | 'id' | 'labelWidth'>[],
  lanes: number,
  linesOf: (mark: Pick<PlacedMark, 'id' | 'labelWidth'>) => number,
  base: number,
  line: number,
  room: number
): number[] | null {
  const lines = new Array<number>(lanes).fill(0);
  for (const mark of marks) if (!mark.band) lines[mark.lane] = Math.max(lines[mark.lane], linesOf(mark));
  const tops: number[] = [];
  let top = 0;
  let bottom = 0;
  for (let lane = 0; lane < lanes; lane++) {
    tops.push(top);
    if (lines[lane] > 0) bottom = top + base + lines[lane] * line;
    top += base + Math.max(1, lines[lane]) * line;
  }
  tops.push(top);
  return bottom - 2 <= room ? tops : null;
}

/** Top of an event row, px from the first row's: as tall as its labels (`laneTops`), or every row `laneHeight`. */
export function laneTop(layout: { laneTops?: number[] }, lane: number, laneHeight: number): number {
  return layout.laneTops?.[lane] ?? lane * laneHeight;
}

/**
 * Level of detail for a crowded window. The window is cut into buckets about
 * DENSE_BUCKET_PX wide; the first events starting in each bucket and the
 * events at least a bucket long compete for labels, and every other
 * top-level event starting in the window is counted in its bucket's "+n".
 * So each top-level event starting in the window is either labelled or
 * counted, never both; milestones wait for their visit to be zoomed into.
 * Costs O(buckets × log n) plus the long events, whatever the density.
 */
function layoutDense(index: MarkIndex, opts: MarkLayoutOptions): MarkLayout {
  const [from, to] = opts.window;
  const edges = bucketEdges(from, to, opts.width);
  const bucketCount = edges.length - 1;
  const step = (to - from) / bucketCount;
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

  // In the timeline's order, as the detailed layout sees them.
  const ordered = [...candidates.values()].sort((a, b) => a.min - b.min || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { marks } = layoutRows(ordered, opts, false);

  // What a label shows is not counted again.
  for (const { id } of marks) {
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
  return { marks, dots: [], clusters, brackets: [], expanded: new Set(), dense: true };
}

/**
 * The level-of-detail buckets of a window: a grid of time from the epoch,
 * each bucket a power of two ms wide (DENSE_BUCKET_PX to twice that on the
 * axis), cut at the window's end; the first runs from the window's start to
 * the grid's second line, so that no "+n" comes closer than a bucket to the
 * next. The grid does not move with the window and only halves or doubles
 * with the zoom: a window moved or zoomed a little has the same buckets, so
 * the same events compete for labels and the marks drawn stay drawn (with
 * their elements) instead of other events of their buckets taking turns.
 */
export function bucketEdges(from: number, to: number, widthPx: number): number[] {
  const step = 2 ** Math.ceil(Math.log2(((to - from) / widthPx) * DENSE_BUCKET_PX));
  if (!(to > from) || !Number.isFinite(step) || step <= 0) return [from, to];
  const edges = [from];
  for (let edge = (Math.floor(from / step) + 2) * step; edge < to; edge += step) edges.push(edge);
  edges.push(to);
  return edges;
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

/**
 * The layout with the selected event drawn for sure: when the layout left it
 * out (a milestone of a visit still drawn as one mark, or an event counted in
 * a "+n"), it is added as a dot, and taken out of its count. Nothing else
 * moves, so selecting never shifts a mark.
 */
export function withSelected(layout: MarkLayout, index: MarkIndex, selectedId: string | null, opts: Pick<MarkLayoutOptions, 'toPx' | 'window' | 'width'>): MarkLayout {
  if (selectedId === null) return layout;
  const event = index.byId.get(selectedId);
  if (!event) return layout;
  if (layout.marks.some((m) => m.id === selectedId) || layout.dots.some((d) => d.id === selectedId)) return layout;
  const [from, to] = opts.window;
  if (!(event.min < to && (event.max > from || event.min >= from))) return layout;
  const x = Math.min(Math.max(0, opts.toPx(event.point ? (event.min + event.max) / 2 : event.min)), opts.width);
  let clusters = layout.clusters;
  if (layout.dense && event.depth === 0 && event.min >= from && event.min < to) {
    clusters = clusters
      .map((cluster) => (event.min >= cluster.from && event.min < cluster.to ? { ...cluster, count: cluster.count - 1 } : cluster))
      .filter((cluster) => cluster.count > 0);
  }
  return { ...layout, dots: [...layout.dots, { id: selectedId, x }], clusters };
}

/**
 * How many rows spans sorted by start need so that none overlaps another in
 * a row (their greatest overlap), counting no higher than `cap`.
 */
export function overlapDepth(spans: readonly { min: number; max: number }[], cap: number): number {
  const rowEnds: number[] = [];
  for (const { min, max } of spans) {
    const row = rowEnds.findIndex((end) => end <= min);
    if (row >= 0) rowEnds[row] = max;
    else if (rowEnds.push(max) >= cap) return cap;
  }
  return rowEnds.length;
}

/**
 * Whether the window moved little enough from `previous` to `next` for marks
 * to keep their lanes: most of the new window was in view before, and it
 * zoomed out by less than twice or in by less than three times (a moving
 * plot is laid out again every 2.5× in and about 1.6× out, see
 * layoutFrame.ts; a kept lane is a wish the layout grants when no label is
 * in the way). A jump (a link, "zoom to" without motion) lays out afresh
 * instead of keeping lanes chosen for another stretch.
 */
export function isSmallMove(previous: readonly [number, number], next: readonly [number, number]): boolean {
  const span = next[1] - next[0];
  const before = previous[1] - previous[0];
  if (!(span > 0 && before > 0)) return false;
  const shared = Math.min(previous[1], next[1]) - Math.max(previous[0], next[0]);
  return shared >= span / 2 && span / before > 1 / 3 && span / before < 2;
}
