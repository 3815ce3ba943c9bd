import { CROWDED, mergeIntervals, type OverviewEvent, type OverviewGeometry } from './overviewPath';

/** Each event's tick column (half pixels) and line end for one scale, filled in as events are first drawn (NaN until then). */
interface Columns {
  /** Where the scale puts two instants (1970 and 2001): a linear scale is fixed by two points. */
  probe: [number, number];
  keys: Float64Array;
  ends: Float64Array;
}

// Per timeline, the columns of the last scale: a keystroke redraws the matches
// with the scale unchanged, and asking it (a d3 time scale, Dates inside) for
// tens of thousands of events was most of the redraw's time.
const columnsOf = new WeakMap<readonly OverviewEvent[], Columns>();

function columnsFor(events: readonly OverviewEvent[], toPx: (ms: number) => number): Columns {
  const n = events.length;
  const probe: [number, number] = [toPx(0), toPx(1e12)];
  let columns = columnsOf.get(events);
  if (!columns || columns.keys.length !== n || !Object.is(columns.probe[0], probe[0]) || !Object.is(columns.probe[1], probe[1])) {
    columns = { probe, keys: new Float64Array(n).fill(NaN), ends: new Float64Array(n) };
    columnsOf.set(events, columns);
  }
  return columns;
}

/**
 * overviewPath of the events a search leaves (`include`: 1 per event to
 * draw), drawn exactly where and as overviewPath draws them, over the whole
 * strip. It is redrawn on every keystroke (100,000 events and more), so the
 * work is a few passes over typed arrays, without sorting when the events
 * come in time order as the timeline keeps them, and each event's place on
 * the strip is asked of the scale once, not on every keystroke (`toPx` must
 * be linear, as the timeline's time scales are). Loaded with search.
 */
export function overviewMatchesPath(events: readonly OverviewEvent[], geometry: OverviewGeometry, include: ArrayLike<number>): string {
  const top = geometry.top ?? 8;
  const n = events.length;
  const { keys, ends } = columnsFor(events, geometry.toPx);
  let minKey = Infinity;
  let maxKey = -Infinity;
  for (let i = 0; i < n; i += 1) {
    if (!include[i]) continue;
    let key = keys[i];
    if (key !== key) {
      const event = events[i];
      key = keys[i] = Math.round(geometry.toPx(event.min) * 2);
      ends[i] = geometry.toPx(event.max);
    }
    if (key < minKey) minKey = key;
    if (key > maxKey) maxKey = key;
  }
  if (minKey > maxKey) return '';

  // For each column, the shallowest depth starting there (its tick is the
  // tallest) and how many start there; typed arrays over the columns in use.
  const columns = Number.isFinite(maxKey - minKey) && maxKey - minKey < 4_000_000 ? maxKey - minKey + 1 : 0;
  const tickDepth = columns ? new Int32Array(columns).fill(-1) : null;
  const tickCount = columns ? new Uint32Array(columns) : null;
  const depthByKey = new Map<number, number>();
  const countByKey = new Map<number, number>();
  // For each depth, the lines along ranges, merged as they come (events in
  // time order start in order); out of order, they are merged at the end.
  const lines = new Map<number, { intervals: [number, number][]; sorted: boolean }>();
  for (let i = 0; i < n; i += 1) {
    if (!include[i]) continue;
    const depth = events[i].depth;
    const key = keys[i];
    if (tickDepth && tickCount) {
      const at = key - minKey;
      if (tickDepth[at] < 0 || depth < tickDepth[at]) tickDepth[at] = depth;
      tickCount[at] += 1;
    } else {
      const known = depthByKey.get(key);
      if (known === undefined || depth < known) depthByKey.set(key, depth);
      countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
    }
    const x0 = key / 2;
    const x1 = ends[i];
    if (x1 - x0 > 2) {
      let row = lines.get(depth);
      if (!row) lines.set(depth, (row = { intervals: [], sorted: true }));
      const last = row.intervals.at(-1);
      if (last && x0 >= last[0] && x0 <= last[1]) last[1] = Math.max(last[1], x1);
      else {
        if (last && x0 < last[0]) row.sorted = false;
        row.intervals.push([x0, x1]);
      }
    }
  }

  const ticks: [number, number, number][] = [];
  if (tickDepth && tickCount) {
    for (let at = 0; at < columns; at += 1) if (tickCount[at]) ticks.push([(at + minKey) / 2, tickDepth[at], tickCount[at]]);
  } else {
    for (const [key, depth] of [...depthByKey].sort((a, b) => a[0] - b[0])) ticks.push([key / 2, depth, countByKey.get(key)!]);
  }
  let most = 0;
  for (const tick of ticks) most = Math.max(most, tick[2]);
  const bottom = geometry.height - top;
  let d = '';
  for (const [x, depth, count] of ticks) {
    const full = Math.max(0, bottom - top - depth * top);
    if (most <= CROWDED) {
      d += `M${x},${top + depth * top}v${full}`;
    } else {
      // Drawn up from the bottom; at least 2 px, so a lone event still shows.
      const share = Math.sqrt(count / most);
      const length = Math.max(2, Math.round(full * share * 2) / 2);
      d += `M${x},${bottom - length}v${length}`;
    }
  }
  for (const [depth, row] of [...lines].sort((a, b) => a[0] - b[0])) {
    const y = top + depth * top;
    for (const [x0, x1] of row.sorted ? row.intervals : mergeIntervals(row.intervals)) d += `M${x0},${y}H${x1.toFixed(1)}`;
  }
  return d;
}
