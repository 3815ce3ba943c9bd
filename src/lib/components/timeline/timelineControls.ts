import type { PlotDrawing } from '$lib/timeline/plotDrawing';
import type { Granularity } from '$lib/timeline/ticks';

/**
 * What the timeline hands the toolbar the page renders above its plot: the
 * zoom actions (the same as the wheel, the pinch and the keys) and the axis's
 * current granularity, so the page's toolbar can offer them beside its own
 * controls (view, languages, menu).
 */
export interface TimelineControls {
  zoomIn: () => void;
  zoomOut: () => void;
  showAll: () => void;
  /** The axis's unit now (years, months…). */
  granularity: Granularity;
  /** What the plot draws now (for a picture of the view); read when called, never tracked. */
  drawing: () => PlotDrawing;
}
