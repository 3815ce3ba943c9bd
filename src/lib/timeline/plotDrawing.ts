import type { MarkLayout } from './layoutMarks';
import type { LegendEntries } from './legend';
import type { TimeWindow } from './timeWindow';
import type { Lang } from './types';

/**
 * What the timeline draws at this moment, in the plot's own px: the laid-out
 * marks, the axis ticks, the rows they sit in and the legend. The timeline
 * hands it out on request (TimelineControls.drawing), so that a picture of
 * the view (src/lib/export/viewSvg.ts) is drawn from the very numbers the
 * screen is drawn from, not laid out a second time.
 */
export interface PlotDrawing {
  /** The plot's width and height (the marks' area and the axis under it). */
  width: number;
  height: number;
  /** Height of the marks' area: the axis line is drawn at its foot. */
  marksHeight: number;
  axisHeight: number;
  /** The visible window (UTC ms, `to` exclusive). */
  window: TimeWindow;
  ticks: readonly { x: number; label: string; major: boolean }[];
  layout: MarkLayout;
  /** Heights of an event row and of a row of the band of periods. */
  laneHeight: number;
  bandRowHeight: number;
  /** Height of the band's background at the top, 0 when there is no band. */
  bandHeight: number;
  /** Lines an event's label may wrap to (a period's: two). */
  maxLines: number;
  /** Top of the event rows and of the row of small dots. */
  eventsTop: number;
  dotsTop: number;
  selectedId: string | null;
  second: Lang | null;
  legend: LegendEntries;
}
