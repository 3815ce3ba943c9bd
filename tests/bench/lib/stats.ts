/** The value at quantile `q` (0–1) of `values`, nearest-rank; NaN when empty. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The middle value (nearest-rank median). */
export const median = (values: number[]) => quantile(values, 0.5);

/** One frame budget at 60 Hz. */
export const FRAME_BUDGET_MS = 16.7;
/**
 * rAF timestamps fall on vsync but read 16.6–16.8 ms apart on an idle page
 * (timer coarsening and float error): a frame counts as long, and a target as
 * missed, only past this. A frame that misses a vsync is ≥ 33 ms anyway.
 */
export const JITTER_MS = 1;
/** True when a frame time (or a p95) is within one 60 Hz frame. */
export const withinFrame = (ms: number, budget = FRAME_BUDGET_MS) => ms <= budget + JITTER_MS;

/** Frame-time summary of a burst. */
export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Share (0–1) of frames longer than FRAME_BUDGET_MS (+ JITTER_MS). */
  overBudget: number;
  /** Share (0–1) of the 60 Hz slots of the recording that produced no new frame (see droppedShare). */
  dropped: number;
}

/**
 * The share of 60 Hz slots that produced no frame: a delta of n frame
 * budgets (rounded) stands for n slots and one frame, so n − 1 were dropped.
 */
export function droppedShare(deltas: number[]): number {
  if (!deltas.length) return NaN;
  let slots = 0;
  for (const delta of deltas) slots += Math.max(1, Math.round(delta / FRAME_BUDGET_MS));
  return (slots - deltas.length) / slots;
}

/** Summarizes requestAnimationFrame deltas. */
export function frameStats(deltas: number[]): FrameStats {
  return {
    frames: deltas.length,
    medianMs: median(deltas),
    p95Ms: quantile(deltas, 0.95),
    maxMs: deltas.length ? Math.max(...deltas) : NaN,
    overBudget: deltas.length ? deltas.filter((d) => !withinFrame(d)).length / deltas.length : NaN,
    dropped: droppedShare(deltas)
  };
}
