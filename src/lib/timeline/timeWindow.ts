import type { Span } from './visibleWindow';

/** A stretch of time shown on the axis, in UTC ms. */
export interface TimeWindow {
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** The narrowest window the axis zooms to: a few days. */
export const MIN_WINDOW_MS = 3 * DAY;

/** The widest window: all events with a margin on each side. */
export function fullWindow(span: Span): TimeWindow {
  const margin = Math.max((span.max - span.min) * 0.04, 30 * DAY);
  return { from: span.min - margin, to: span.max + margin };
}

/**
 * The window to show for a stretch of time: widened by `padding` (a share of
 * its length) on each side, at least MIN_WINDOW_MS wide, and kept inside `full`.
 */
export function fitWindow(window: TimeWindow, full: TimeWindow, padding = 0): TimeWindow {
  const length = Math.max(window.to - window.from, 0);
  let from = window.from - length * padding;
  let to = window.to + length * padding;
  if (to - from < MIN_WINDOW_MS) {
    const middle = (from + to) / 2;
    from = middle - MIN_WINDOW_MS / 2;
    to = middle + MIN_WINDOW_MS / 2;
  }
  if (to - from >= full.to - full.from) return { ...full };
  if (from < full.from) [from, to] = [full.from, full.from + (to - from)];
  if (to > full.to) [from, to] = [full.to - (to - from), full.to];
  return { from, to };
}
