/** A stretch of time in UTC ms; `max` is exclusive. */
export interface Span {
  min: number;
  max: number;
}

/** Index of the first span whose min is at or after `value`, in spans sorted by min. */
export function firstMinAtOrAfter(sortedByMin: readonly Span[], value: number): number {
  let lo = 0;
  let hi = sortedByMin.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedByMin[mid].min < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest `max - min` among `spans` (0 when empty): the reach `cullToWindow` needs. */
export function longestDuration(spans: readonly Span[]): number {
  let longest = 0;
  for (const { min, max } of spans) if (max - min > longest) longest = max - min;
  return longest;
}

/**
 * The spans that overlap [windowMin, windowMax), in input order, found in
 * O(log n + k). `maxDuration` must be at least the longest span's length
 * (`longestDuration`); a negative or NaN value makes it scan from the start.
 * An instant (`min === max`) counts when it lies inside the window.
 */
export function cullToWindow<T extends Span>(
  sortedByMin: readonly T[],
  windowMin: number,
  windowMax: number,
  maxDuration: number
): T[] {
  if (!(windowMin < windowMax)) return [];
  const reach = maxDuration >= 0 ? maxDuration : Infinity;
  // No span starting before windowMin - reach can still be running at windowMin.
  const from = firstMinAtOrAfter(sortedByMin, windowMin - reach);
  const to = firstMinAtOrAfter(sortedByMin, windowMax);
  const visible: T[] = [];
  for (let i = from; i < to; i++) {
    const span = sortedByMin[i];
    if (span.max > windowMin || span.min >= windowMin) visible.push(span);
  }
  return visible;
}

/**
 * How many spans start in each bucket [edges[i], edges[i + 1]), for
 * level-of-detail counts. Edges ascend; n + 1 edges give n counts. Costs
 * O(edges × log n), so it stays cheap on the full data set.
 */
export function aggregateByBucket(sortedByMin: readonly Span[], bucketEdges: readonly number[]): number[] {
  const counts: number[] = [];
  if (bucketEdges.length < 2) return counts;
  let previous = firstMinAtOrAfter(sortedByMin, bucketEdges[0]);
  for (let i = 1; i < bucketEdges.length; i++) {
    const next = firstMinAtOrAfter(sortedByMin, bucketEdges[i]);
    // Max keeps an out-of-order edge from producing a negative count.
    counts.push(Math.max(0, next - previous));
    previous = Math.max(previous, next);
  }
  return counts;
}
