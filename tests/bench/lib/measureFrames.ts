import type { Page } from '@playwright/test';
import { fastPan, fastZoom, panBurst, readWindow, STEPS, zoomBurst, zoomIn, type FastInput } from './gestures';
import { startRecording, stopRecording, type LongFrame } from './recordFrames';
import { frameStats, type FrameStats } from './stats';

/** One burst: its frame times, how far it got and what it did to the view. */
export interface BurstResult extends FrameStats {
  steps: number;
  /** Zoom: window width after the first zoom-in over the width before. Pan: the share of the window moved. */
  effect: number | null;
  /** Fast input: the most an event was sent late on its clock (Node's timers on a busy machine), ms. */
  lateMs?: number;
  longFrames: { count: number; meanScriptMs: number; meanRenderMs: number; worst: LongFrame[] };
}

/** The frame rows of a page: the fast input (issue 15), and the paced one of earlier benchmarks. */
export interface GestureResults {
  /** Fast wheel: 6 bursts of 10 notches, one per 16.7 ms on the clock (gestures.ts FAST_WHEEL). */
  zoom: BurstResult | null;
  /** Fast drag: 60 moves of 8 px, one per 16.7 ms on the clock. */
  pan: BurstResult | null;
  /** The paced wheel: 60 steps of deltaY ±100, each awaited (the page sets the pace). */
  zoomPaced: BurstResult | null;
  /** The paced drag: 60 awaited moves of 8 px. */
  panPaced: BurstResult | null;
  notes: string[];
}

function summarizeLong(longFrames: LongFrame[]): BurstResult['longFrames'] {
  const mean = (pick: (f: LongFrame) => number) =>
    longFrames.length ? longFrames.reduce((s, f) => s + pick(f), 0) / longFrames.length : 0;
  return {
    count: longFrames.length,
    meanScriptMs: mean((f) => f.scriptMs),
    meanRenderMs: mean((f) => f.renderMs),
    worst: [...longFrames].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3)
  };
}

/** Runs one burst while recording frames, from the first event sent to two frames after the last is handled. */
async function measureBurst(
  page: Page,
  run: () => Promise<number | FastInput>,
  effect: (before: [number, number], after: [number, number]) => number
): Promise<BurstResult> {
  const before = await readWindow(page);
  await startRecording(page);
  const done = await run();
  const recording = await stopRecording(page);
  const after = await readWindow(page);
  return {
    ...frameStats(recording.deltas),
    ...(typeof done === 'number' ? { steps: done } : { steps: done.steps, lateMs: done.lateMs }),
    effect: before && after ? effect(before, after) : null,
    longFrames: summarizeLong(recording.longFrames)
  };
}

const PAN_ZOOM_STEPS = 15;

/**
 * The frame measurements on a page that is ready: the fast wheel from the
 * whole view, the paced wheel, then (zoomed in, since a whole view cannot
 * pan) the fast drag and the paced drag.
 */
export async function measureGestures(page: Page, surface: string, budgetMs = 90_000): Promise<GestureResults> {
  const notes: string[] = [];
  const width = ([a, b]: [number, number]) => b - a;
  let turn: [number, number] | null = null;
  const zoom = await measureBurst(
    page,
    () => fastZoom(page, surface, async () => void (turn = await readWindow(page))),
    (before) => (turn ? width(turn) / width(before) : NaN)
  );
  await page.waitForTimeout(500);
  let pacedTurn: [number, number] | null = null;
  const zoomPaced = await measureBurst(
    page,
    () => zoomBurst(page, surface, budgetMs, async () => void (pacedTurn = await readWindow(page))),
    (before) => (pacedTurn ? width(pacedTurn) / width(before) : NaN)
  );
  await zoomIn(page, surface, PAN_ZOOM_STEPS);
  await page.waitForTimeout(500);
  const moved = ([a, b]: [number, number], [c]: [number, number]) => Math.abs(c - a) / (b - a);
  const pan = await measureBurst(page, () => fastPan(page, surface), moved);
  await page.waitForTimeout(500);
  const panPaced = await measureBurst(page, () => panBurst(page, surface, budgetMs), moved);
  if (zoomPaced.steps < STEPS) notes.push(`paced zoom stopped after ${zoomPaced.steps} of ${STEPS} steps (time budget)`);
  if (panPaced.steps < STEPS) notes.push(`paced pan stopped after ${panPaced.steps} of ${STEPS} steps (time budget)`);
  for (const [name, burst] of [['fast zoom', zoom], ['fast pan', pan]] as const) {
    if ((burst.lateMs ?? 0) > 8) notes.push(`${name}: an event was sent ${Math.round(burst.lateMs!)} ms late (busy machine)`);
  }
  return { zoom, pan, zoomPaced, panPaced, notes };
}
