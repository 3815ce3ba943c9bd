/** One event's mark on screen and the label that names it. */
export interface LabelItem {
  id: string;
  /** Left end of the mark in px; may lie off screen. */
  x0: number;
  /** Right end of the mark in px (`x1 === x0` for a point). */
  x1: number;
  /** Estimated label width in px (see `estimateLabelWidth`). */
  width: number;
  /** Higher wins a contested spot; default 0. */
  priority?: number;
}

/** A label that found room. */
export interface PlacedLabel {
  id: string;
  lane: number;
  /** Left edge of the label box in px. */
  x: number;
}

/** Labels that found room, those that did not, and the "+n" groups of the latter. */
export interface LayoutResult {
  placed: PlacedLabel[];
  hidden: string[];
  clusters: { x: number; count: number; ids: string[] }[];
}

const DEFAULT_GAP_PX = 8;
// Hidden labels closer than this to the first of their group share one "+n"
// badge; anchoring on the first (not chaining) keeps a dense stretch from
// collapsing into a single badge that spans the screen.
const CLUSTER_SPAN_PX = 40;

/**
 * The spans already taken in one lane, sorted by start and separated by at
 * least the gap. At most `viewWidth / gap + 1` spans fit, so inserting into a
 * plain sorted array stays cheap however many events there are.
 */
interface Lane {
  starts: number[];
  ends: number[];
}

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

/** Take [start, end] in `lane` if it keeps `gap` px from every span there; says whether it did. */
function claim(lane: Lane, start: number, end: number, gap: number): boolean {
  const i = firstStartAtOrAfter(lane, start);
  // Spans are disjoint and sorted, so only the neighbours on each side can clash.
  if (i > 0 && lane.ends[i - 1] + gap > start) return false;
  if (i < lane.starts.length && end + gap > lane.starts[i]) return false;
  lane.starts.splice(i, 0, start);
  lane.ends.splice(i, 0, end);
  return true;
}

/** Left edge of a label box starting at its mark, pulled back to stay on screen; NaN when it cannot fit. */
function labelLeft(x0: number, width: number, viewWidth: number): number {
  if (!(width <= viewWidth)) return NaN;
  return Math.max(0, Math.min(Math.max(0, x0), viewWidth - width));
}

function compareIds(a: string, b: string): number {
  // Plain code-unit order: localeCompare would make the layout depend on the runtime's locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indices of the items that touch [0, viewWidth], sorted by x0, then id, so input order never matters. */
function inViewByX(items: LabelItem[], viewWidth: number): Uint32Array {
  // Sorting a typed index array over a copy of x0 runs about three times
  // faster than sorting a plain array through the item objects.
  const x0s = new Float64Array(items.length);
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const { x0, x1 } = items[i];
    x0s[i] = x0;
    if (x1 >= 0 && x0 <= viewWidth) count++;
  }
  const order = new Uint32Array(count);
  for (let i = 0, next = 0; i < items.length; i++) {
    const { x0, x1 } = items[i];
    if (x1 >= 0 && x0 <= viewWidth) order[next++] = i;
  }
  return order.sort((a, b) => {
    if (x0s[a] !== x0s[b]) return x0s[a] - x0s[b];
    const p = items[a];
    const q = items[b];
    return compareIds(p.id, q.id) || p.x1 - q.x1 || p.width - q.width;
  });
}

/** The x order re-sorted so higher priority goes first, ties keeping their x order. */
function placementOrder(items: LabelItem[], byX: Uint32Array): Uint32Array {
  const priorities = new Float64Array(items.length);
  let mixed = false;
  for (const i of byX) {
    priorities[i] = items[i].priority ?? 0;
    if (priorities[i] !== priorities[byX[0]]) mixed = true;
  }
  if (!mixed) return byX;
  const rank = new Uint32Array(items.length);
  byX.forEach((item, position) => (rank[item] = position));
  // Rank breaks ties explicitly rather than trusting the sort to be stable.
  return byX.slice().sort((a, b) => priorities[b] - priorities[a] || rank[a] - rank[b]);
}

/**
 * Give each label in view a lane and a left edge, greedily (priority first,
 * then left to right), so no two labels or bars in a lane come within `gap` px.
 */
export function layoutLabels(
  items: LabelItem[],
  opts: { width: number; lanes: number; gap?: number }
): LayoutResult {
  const viewWidth = opts.width;
  const gap = opts.gap ?? DEFAULT_GAP_PX;
  const laneCount = Math.max(0, Math.floor(opts.lanes)) || 0;
  const lanes: Lane[] = Array.from({ length: laneCount }, () => ({ starts: [], ends: [] }));

  const byX = inViewByX(items, viewWidth);
  const laneOf = new Int32Array(items.length).fill(-1);
  const leftOf = new Float64Array(items.length);

  for (const i of placementOrder(items, byX)) {
    const { x1, width } = items[i];
    const left = labelLeft(items[i].x0, width, viewWidth);
    if (Number.isNaN(left)) continue;
    // The bar starts at or after the box (the box only ever moves left), so
    // box and bar together make one span.
    const right = Math.max(left + width, Math.min(x1, viewWidth));
    for (let lane = 0; lane < laneCount; lane++) {
      if (claim(lanes[lane], left, right, gap)) {
        laneOf[i] = lane;
        leftOf[i] = left;
        break;
      }
    }
  }

  const result: LayoutResult = { placed: [], hidden: [], clusters: [] };
  let cluster: LayoutResult['clusters'][number] | null = null;
  for (const i of byX) {
    const { id } = items[i];
    if (laneOf[i] >= 0) {
      result.placed.push({ id, lane: laneOf[i], x: leftOf[i] });
      continue;
    }
    result.hidden.push(id);
    const x = Math.min(Math.max(0, items[i].x0), viewWidth);
    if (cluster && x - cluster.x <= CLUSTER_SPAN_PX) {
      cluster.count++;
      cluster.ids.push(id);
    } else {
      cluster = { x, count: 1, ids: [id] };
      result.clusters.push(cluster);
    }
  }
  return result;
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
