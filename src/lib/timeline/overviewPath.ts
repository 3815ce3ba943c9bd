/** What the overview needs of an event: its span (UTC ms) and its depth (0 for top level). */
export interface OverviewEvent {
  min: number;
  max: number;
  depth: number;
}

export interface OverviewGeometry {
  /** Maps UTC ms to overview px. */
  toPx: (ms: number) => number;
  /** The strip's height in px. */
  height: number;
  /** Top of a top-level tick; each level of depth starts this much lower. */
  top?: number;
}

/** Beyond this many events starting in one column, tick heights show density. */
export const CROWDED = 3;

/**
 * One SVG path for the whole overview: a tick where events start and a line
 * along those longer than 2 px. Ticks sharing a pixel column and lines that
 * overlap are drawn once, so the path holds at most a few segments per pixel
 * of width, however many events there are: the strip repaints as the window
 * box moves, and a path of 100,000 segments would cost every frame. Once
 * some column holds more than CROWDED events, each tick's height grows with
 * the square root of its column's count, so a crowded strip still shows where
 * the events are rather than one solid block.
 */
export function overviewPath(events: readonly OverviewEvent[], geometry: OverviewGeometry): string {
  const top = geometry.top ?? 8;
  // For each pixel column, the shallowest depth starting there (its tick is the tallest).
  const tickDepth = new Map<number, number>();
  const tickCount = new Map<number, number>();
  // For each depth, the lines along ranges, merged where they touch.
  const lines = new Map<number, [number, number][]>();
  for (const event of events) {
    const x0 = Math.round(geometry.toPx(event.min) * 2) / 2;
    const depth = event.depth;
    const known = tickDepth.get(x0);
    if (known === undefined || depth < known) tickDepth.set(x0, depth);
    tickCount.set(x0, (tickCount.get(x0) ?? 0) + 1);
    const x1 = geometry.toPx(event.max);
    if (x1 - x0 > 2) {
      let row = lines.get(depth);
      if (!row) lines.set(depth, (row = []));
      row.push([x0, x1]);
    }
  }

  let most = 0;
  for (const count of tickCount.values()) most = Math.max(most, count);
  const bottom = geometry.height - top;
  let d = '';
  for (const [x, depth] of [...tickDepth].sort((a, b) => a[0] - b[0])) {
    const full = Math.max(0, bottom - top - depth * top);
    if (most <= CROWDED) {
      d += `M${x},${top + depth * top}v${full}`;
    } else {
      // Drawn up from the bottom; at least 2 px, so a lone event still shows.
      const share = Math.sqrt(tickCount.get(x)! / most);
      const length = Math.max(2, Math.round(full * share * 2) / 2);
      d += `M${x},${bottom - length}v${length}`;
    }
  }
  for (const [depth, row] of [...lines].sort((a, b) => a[0] - b[0])) {
    const y = top + depth * top;
    for (const [x0, x1] of mergeIntervals(row)) d += `M${x0},${y}H${x1.toFixed(1)}`;
  }
  return d;
}

/** The union of `intervals` as disjoint intervals, in order. */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The years under the overview's first and last events (a span of UTC ms),
 * so the strip reads as a stretch of time; null when both are the same year
 * (a strip of one year would read "2023 … 2023").
 */
export function overviewEnds(span: { min: number; max: number }): [string, string] | null {
  const first = new Date(span.min).getUTCFullYear();
  const last = new Date(span.max).getUTCFullYear();
  return first === last ? null : [String(first), String(last)];
}
