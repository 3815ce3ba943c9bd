/** One event's mark on screen and the label that names it. */
export interface LabelItem {
  id: string;
  /** Left end of the mark in px (a dot's left edge); may lie off screen. */
  x0: number;
  /** Right end of the mark in px (a dot's right edge). */
  x1: number;
  /** The label's width on one line, in px. */
  width: number;
  /** The narrowest the label may become, wrapped on its most lines (px); `width` by default. */
  minWidth?: number;
  /** Higher wins a contested spot; default 0. */
  priority?: number;
  /** The lane this item had in the previous layout: tried first, so that marks stay put. */
  lane?: number;
  /** Items drawn in the rows directly beneath this one (a visit's milestones). */
  below?: LabelItem[];
}

/** A label that found room. */
export interface PlacedLabel {
  id: string;
  lane: number;
  /** Left edge of the label box in px. */
  x: number;
  /** Width of the label box in px: up to the next obstacle in the lane, at most the one-line width. */
  width: number;
  /** `right`: the label starts at its mark; `left`: it ends where its mark begins. */
  side: 'right' | 'left';
  /** Whether the label is narrower than its one line, so wraps (and is cut when its lines are not enough). */
  wrapped: boolean;
  /** The item this one is drawn beneath, if any. */
  parent?: string;
}

/** A bracket tying the items drawn beneath `id` to it: a line at `x` across lanes `from` to `to`. */
export interface Bracket {
  id: string;
  x: number;
  from: number;
  to: number;
}

/** Labels that found room, those that did not, the "+n" groups of the latter, and the brackets of groups. */
export interface LayoutResult {
  placed: PlacedLabel[];
  hidden: string[];
  clusters: { x: number; count: number; ids: string[] }[];
  brackets: Bracket[];
}

export interface LayoutLabelsOptions {
  /** Width of the view in px. */
  width: number;
  /** Number of lanes. */
  lanes: number;
  /** Least room between two things in a lane, px. */
  gap?: number;
  /** Give each item a lane of its own (a narrow plot), so that no label is cut by a neighbour. */
  ownRow?: boolean;
  /**
   * Try each label wrapped before trying it on one line, so that more labels
   * share a lane (each then widens up to its neighbour): for a plot with too
   * few lanes for its labels on one line.
   */
  compact?: boolean;
  /** Room kept free between a label and either edge of the view, px (a mark may come closer). */
  edge?: number;
}

const DEFAULT_GAP_PX = 8;
// Hidden labels closer than this to the first of their group share one "+n"
// badge; anchoring on the first (not chaining) keeps a dense stretch from
// collapsing into a single badge that spans the screen.
const CLUSTER_SPAN_PX = 40;
/** How far left of the leftmost milestone its bracket is drawn, px. */
const BRACKET_OFFSET_PX = 5;

/**
 * The spans taken in one lane, sorted by start and at least the gap apart,
 * with who took each (an item's index, or -1 for a bracket). At most
 * `viewWidth / gap + 1` spans fit, so inserting into plain sorted arrays
 * stays cheap however many events there are.
 */
interface Lane {
  starts: number[];
  ends: number[];
  owners: number[];
}

const newLane = (): Lane => ({ starts: [], ends: [], owners: [] });

/** Index of the first span in `lane` starting at or after `x`. */
function firstStartAtOrAfter(lane: Lane, x: number): number {
  let lo = 0;
  let hi = lane.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lane.starts[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end] keeps `gap` px from every span in `lane`. */
function fits(lane: Lane, start: number, end: number, gap: number): boolean {
  const i = firstStartAtOrAfter(lane, start);
  // Spans are disjoint and sorted, so only the neighbours on each side can clash.
  if (i > 0 && lane.ends[i - 1] + gap > start) return false;
  return !(i < lane.starts.length && end + gap > lane.starts[i]);
}

function insert(lane: Lane, start: number, end: number, owner: number) {
  const i = firstStartAtOrAfter(lane, start);
  lane.starts.splice(i, 0, start);
  lane.ends.splice(i, 0, end);
  lane.owners.splice(i, 0, owner);
}

/** A way to place one label: its box and the span it takes in its lane (box and mark together). */
interface Option {
  x: number;
  width: number;
  side: 'right' | 'left';
  start: number;
  end: number;
}

/**
 * Where an item's label may go, widest first: on one line, then wrapped,
 * `edge` px inside the view. A label starts at its mark (at the edge when
 * the mark starts off screen); it sits left of the mark, ending where the
 * mark begins, when only there it fits on one line, or when it fits on the
 * right not even wrapped and there is more room on the left.
 */
function optionsFor(item: LabelItem, viewWidth: number, ownRow: boolean, compact = false, edge = 0): Option[] {
  const markLeft = item.x0;
  const markRight = Math.min(item.x1, viewWidth);
  const natural = Math.max(0, Math.min(item.width, viewWidth - 2 * edge));
  const narrow = Math.max(0, Math.min(item.minWidth ?? item.width, natural));
  const start = Math.max(edge, markLeft);
  const roomRight = viewWidth - edge - start;
  const roomLeft = markLeft - edge;
  const right = roomRight >= natural || (roomLeft < natural && (roomRight >= narrow || roomRight >= roomLeft));
  const room = right ? roomRight : roomLeft;
  const widths = ownRow ? [natural] : compact ? [narrow, natural] : [natural, narrow];
  const options: Option[] = [];
  for (const wanted of widths) {
    const width = Math.min(wanted, room);
    if (options.some((option) => option.width === width)) continue;
    const x = right ? start : markLeft - width;
    const span = right ? { start: x, end: Math.max(x + width, markRight) } : { start: x, end: Math.max(markRight, x + width) };
    options.push({ x, width, side: right ? 'right' : 'left', ...(ownRow ? { start: 0, end: viewWidth } : span) });
  }
  return options;
}

function compareIds(a: string, b: string): number {
  // Plain code-unit order: localeCompare would make the layout depend on the runtime's locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items in x order (then id), so that input order never matters. */
function byX<T extends LabelItem>(items: readonly T[]): T[] {
  return items
    .slice()
    .sort((p, q) => p.x0 - q.x0 || compareIds(p.id, q.id) || p.x1 - q.x1 || p.width - q.width);
}

const inView = (item: LabelItem, viewWidth: number) => item.x1 >= 0 && item.x0 <= viewWidth;

/** An item in the layout's working arrays. */
interface Node {
  item: LabelItem;
  index: number;
  parent: Node | null;
  children: Node[];
  /** Its place in x order among its siblings. */
  rank: number;
}

/** What a packing decided, in the lanes it was given. */
interface Packing {
  lanes: Lane[];
  /** Item index → lane and option chosen. */
  placed: Map<number, { lane: number; option: Option }>;
  brackets: (Bracket & { owner: number })[];
}

interface Context {
  viewWidth: number;
  gap: number;
  ownRow: boolean;
  compact: boolean;
  edge: number;
  nodes: Node[];
}

/** The lane order to try: the preferred lane first, then from the top. */
function laneOrder(preferred: number | undefined, count: number): number[] {
  const order: number[] = [];
  if (preferred !== undefined && preferred >= 0 && preferred < count) order.push(preferred);
  for (let lane = 0; lane < count; lane++) if (lane !== preferred) order.push(lane);
  return order;
}

/**
 * Packs `siblings` into `laneCount` lanes: items that had a lane before
 * first (so they keep it), then by priority, then left to right. An item
 * with items beneath it takes a block of lanes: its own and, right under it,
 * the rows its milestones were packed into; when the block does not fit,
 * its lowest rows are given up (those milestones become dots).
 */
function pack(siblings: Node[], laneCount: number, context: Context): Packing {
  const lanes = Array.from({ length: laneCount }, newLane);
  const packing: Packing = { lanes, placed: new Map(), brackets: [] };
  const order = siblings.slice().sort((a, b) => {
    const preferred = Number(b.item.lane !== undefined) - Number(a.item.lane !== undefined);
    return preferred || (b.item.priority ?? 0) - (a.item.priority ?? 0) || a.rank - b.rank;
  });
  for (const node of order) placeBlock(node, packing, context);
  return packing;
}

/** The rows a node's children were packed into, with nothing but the used ones, top first. */
function childRows(node: Node, laneCount: number, context: Context): Packing | null {
  if (!node.children.length || laneCount <= 1) return null;
  const inner = pack(node.children, laneCount - 1, context);
  // Rows left empty (a milestone kept a lower row it had before) are closed up.
  const used = inner.lanes.map((lane, row) => (lane.starts.length ? row : -1)).filter((row) => row >= 0);
  if (used.length === inner.lanes.length) return inner;
  const renumber = new Map(used.map((row, i) => [row, i]));
  inner.lanes = used.map((row) => inner.lanes[row]);
  for (const entry of inner.placed.values()) entry.lane = renumber.get(entry.lane)!;
  for (const bracket of inner.brackets) {
    bracket.from = renumber.get(bracket.from)!;
    bracket.to = renumber.get(bracket.to)!;
  }
  return inner;
}

function placeBlock(node: Node, packing: Packing, context: Context) {
  const { lanes } = packing;
  const { viewWidth, gap, ownRow, compact, edge } = context;
  const options = optionsFor(node.item, viewWidth, ownRow, compact, edge);
  const inner = childRows(node, lanes.length, context);
  for (let rows = inner ? inner.lanes.length : 0; rows >= 0; rows--) {
    // The bracket sits just left of the milestones (their marks and labels) in the kept rows.
    let bracketX = Infinity;
    if (inner) {
      for (const [index, { lane, option }] of inner.placed) {
        if (lane < rows) bracketX = Math.min(bracketX, option.x, Math.max(0, context.nodes[index].item.x0));
      }
      bracketX = Math.max(0, bracketX - BRACKET_OFFSET_PX);
    }
    for (const option of options) {
      for (const lane of laneOrder(node.item.lane, lanes.length - rows)) {
        if (!fits(lanes[lane], option.start, option.end, gap)) continue;
        let room = true;
        for (let row = 0; row < rows && room; row++) {
          const target = lanes[lane + 1 + row];
          const own = inner!.lanes[row];
          room = fits(target, bracketX, bracketX + 1, gap);
          for (let i = 0; i < own.starts.length && room; i++) room = fits(target, own.starts[i], own.ends[i], gap);
        }
        if (!room) continue;
        insert(lanes[lane], option.start, option.end, node.index);
        packing.placed.set(node.index, { lane, option });
        if (rows > 0) {
          for (let row = 0; row < rows; row++) {
            const own = inner!.lanes[row];
            const target = lanes[lane + 1 + row];
            insert(target, bracketX, bracketX + 1, -1);
            for (let i = 0; i < own.starts.length; i++) insert(target, own.starts[i], own.ends[i], own.owners[i]);
          }
          for (const [index, entry] of inner!.placed) {
            if (entry.lane < rows) packing.placed.set(index, { lane: lane + 1 + entry.lane, option: entry.option });
          }
          for (const bracket of inner!.brackets) {
            if (bracket.to < rows) packing.brackets.push({ ...bracket, from: bracket.from + lane + 1, to: bracket.to + lane + 1 });
          }
          packing.brackets.push({ id: node.item.id, owner: node.index, x: bracketX, from: lane + 1, to: lane + rows });
        }
        return;
      }
    }
  }
}

/** Widens each label up to the next obstacle in its lane (at most to its one-line width). */
function widen(packing: Packing, context: Context) {
  const { viewWidth, gap, nodes, edge } = context;
  const boxes = new Map<number, Option>();
  for (const lane of packing.lanes) {
    for (let i = 0; i < lane.starts.length; i++) {
      const owner = lane.owners[i];
      const entry = owner >= 0 ? packing.placed.get(owner) : undefined;
      if (!entry) continue;
      const natural = Math.min(nodes[owner].item.width, viewWidth - 2 * edge);
      const box = { ...entry.option };
      if (box.side === 'right') {
        const next = i + 1 < lane.starts.length ? lane.starts[i + 1] - gap : viewWidth;
        box.width = Math.max(box.width, Math.min(natural, next - box.x, viewWidth - edge - box.x));
        lane.ends[i] = Math.max(lane.ends[i], box.x + box.width);
      } else {
        const previous = i > 0 ? lane.ends[i - 1] + gap : 0;
        const right = box.x + box.width;
        box.width = Math.max(box.width, Math.min(natural, right - previous, right - edge));
        box.x = right - box.width;
        lane.starts[i] = Math.min(lane.starts[i], box.x);
      }
      boxes.set(owner, box);
    }
  }
  return boxes;
}

/**
 * Gives each label in view a lane and a box, greedily, so that no two
 * labels, bars, dots or brackets in a lane come within `gap` px: items that
 * had a lane keep it when they can, then higher priority, then left to
 * right. Items with `below` take the rows right under them for those. Each
 * label then runs to the next obstacle in its lane; one that does not fit on
 * one line there wraps.
 */
export function layoutLabels(items: LabelItem[], opts: LayoutLabelsOptions): LayoutResult {
  const viewWidth = opts.width;
  const context: Context = {
    viewWidth,
    gap: opts.gap ?? DEFAULT_GAP_PX,
    ownRow: opts.ownRow ?? false,
    compact: opts.compact ?? false,
    edge: Math.max(0, opts.edge ?? 0),
    nodes: []
  };
  const laneCount = Math.max(0, Math.floor(opts.lanes)) || 0;

  // Items in view, with their items beneath; those beneath an item out of
  // view (a dot just past its visit's end) stand on their own.
  const visibleOf = (list: readonly LabelItem[]): LabelItem[] =>
    list.flatMap((item) =>
      inView(item, viewWidth) ? [item] : visibleOf((item.below ?? []).map((child) => ({ ...child, lane: undefined })))
    );
  const build = (list: readonly LabelItem[], parent: Node | null): Node[] =>
    byX(visibleOf(list)).map((item, rank) => {
      const node: Node = { item, index: context.nodes.length, parent, children: [], rank };
      context.nodes.push(node);
      node.children = build(
        (item.below ?? []).map((child) => ({ ...child, lane: relativeLane(child.lane, item.lane) })),
        node
      );
      return node;
    });
  const roots = build(items, null);
  const packing = pack(roots, laneCount, context);
  const boxes = widen(packing, context);

  const result: LayoutResult = { placed: [], hidden: [], clusters: [], brackets: [] };
  const everything = byX(context.nodes.map((node) => ({ ...node.item, index: node.index })));
  const hidden: { id: string; x: number }[] = [];
  for (const { index } of everything) {
    const node = context.nodes[index];
    const entry = packing.placed.get(index);
    const id = node.item.id;
    if (entry) {
      const box = boxes.get(index)!;
      const natural = Math.min(node.item.width, viewWidth - 2 * context.edge);
      result.placed.push({
        id,
        lane: entry.lane,
        x: box.x,
        width: box.width,
        side: box.side,
        wrapped: box.width < natural - 0.5,
        ...(node.parent ? { parent: node.parent.item.id } : {})
      });
      continue;
    }
    result.hidden.push(id);
    hidden.push({ id, x: Math.min(Math.max(0, node.item.x0), viewWidth) });
  }
  result.clusters = clusterByX(hidden);
  result.brackets = packing.brackets
    .map(({ id, x, from, to }) => ({ id, x, from, to }))
    .sort((a, b) => a.from - b.from || a.x - b.x || compareIds(a.id, b.id));
  return result;
}

/**
 * Groups unlabelled items, in x order, into "+n" counts: each count takes
 * the items within CLUSTER_SPAN_PX of its first.
 */
export function clusterByX(hidden: readonly { id: string; x: number }[]): LayoutResult['clusters'] {
  const clusters: LayoutResult['clusters'] = [];
  let cluster: LayoutResult['clusters'][number] | null = null;
  for (const { id, x } of hidden) {
    if (cluster && x - cluster.x <= CLUSTER_SPAN_PX) {
      cluster.count++;
      cluster.ids.push(id);
    } else {
      cluster = { x, count: 1, ids: [id] };
      clusters.push(cluster);
    }
  }
  return clusters;
}

/** A milestone's previous lane counted from the row under its parent's previous lane. */
function relativeLane(child: number | undefined, parent: number | undefined): number | undefined {
  if (child === undefined || parent === undefined || child <= parent) return undefined;
  return child - parent - 1;
}

// Advance widths in em for a typical sans-serif; close enough to keep labels
// apart without measuring text in a DOM.
const EM_DEFAULT = 0.55;
const EM_NARROW = 0.3;
const EM_CAPITAL = 0.68;
const EM_BROAD = 0.85;
const EM_FULL = 1;
const NARROW = /[ il|!.,:;'"`()[\]{}ıfjrtI]/u;
const BROAD = /[mwMWŒœÆæ@%]/u;
const CAPITAL = /\p{Lu}/u;
// Combining marks (Vietnamese tones left decomposed) take no width of their own.
const MARK = /\p{M}/u;
// CJK, Hangul, fullwidth forms and emoji take a whole em.
const FULL = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** Width in em of one character, by broad class. */
function charEm(ch: string): number {
  if (MARK.test(ch)) return 0;
  if (FULL.test(ch)) return EM_FULL;
  if (NARROW.test(ch)) return EM_NARROW;
  if (BROAD.test(ch)) return EM_BROAD;
  if (CAPITAL.test(ch)) return EM_CAPITAL;
  return EM_DEFAULT;
}

/** Estimated rendered width in whole px of `text` at `fontPx`, without a DOM. */
export function estimateLabelWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch);
  // Summing fractions leaves float noise (twenty 0.55s at 10 px come to 110.00000000000001);
  // rounding it away first keeps an exact width from gaining a pixel.
  return Math.ceil(Math.round(em * fontPx * 1e6) / 1e6);
}
