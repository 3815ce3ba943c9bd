/** A run of consecutive events of the list: indexes [start, end). */
export interface ListRange {
  start: number;
  end: number;
}

/** Up to this many events, the list shows them all (and the page prerenders them all). */
export const LIST_ALL_MAX = 500;
/** Beyond LIST_ALL_MAX, how many events the list shows at a time, and adds per "show more". */
export const LIST_PAGE = 100;

/**
 * The events a list of `total` shows around `anchor` (an index): all of them
 * when there are few, else a page that starts a little before the anchor so
 * the reader sees what leads up to it. Clamped to the list.
 */
export function rangeAround(total: number, anchor = 0, page = LIST_PAGE, allMax = LIST_ALL_MAX): ListRange {
  if (total <= allMax) return { start: 0, end: total };
  const before = Math.floor(page / 4);
  const start = Math.max(0, Math.min(anchor - before, total - page));
  return { start, end: Math.min(total, start + page) };
}

/** `range` with up to `page` more events before it. */
export function extendEarlier(range: ListRange, page = LIST_PAGE): ListRange {
  return { start: Math.max(0, range.start - page), end: range.end };
}

/** `range` with up to `page` more events after it, in a list of `total`. */
export function extendLater(range: ListRange, total: number, page = LIST_PAGE): ListRange {
  return { start: range.start, end: Math.min(total, range.end + page) };
}
