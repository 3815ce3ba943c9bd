import type { MarkLayout } from './layoutMarks';
import type { TimeWindow } from './timeWindow';

/**
 * What the marks are laid out for. At rest, the visible window. While the
 * plot moves (a drag, a wheel, an easing), a wider window, with `margin` px
 * more on either side: the marks are laid out once for it and then moved
 * with the view, and laid out again only when the view has used up half the
 * margin, zoomed out by half or zoomed in 2.5 times from it. A drag then
 * costs a CSS transform per frame, a zoom a move of the marks already drawn,
 * instead of laying out every mark afresh; once the move settles, the
 * visible window is laid out again and the marks keep their lanes. A
 * wheel that starts by zooming in keeps the frame of the view at rest,
 * which holds it, until it needs another; a drag takes its frame with
 * margins as the button goes down, before the pointer moves.
 */
export interface LayoutFrame {
  /** The visible window when the frame was made (UTC ms). */
  from: number;
  to: number;
  /** Px laid out beyond each edge of the plot (0 at rest). */
  margin: number;
}

/** How far a moving view may zoom out from its frame's scale before the marks are laid out again (and the lanes are kept, see isSmallMove): the labels, which keep their width, close up. */
const MAX_OUT_RATIO = 1.45;
/**
 * How far it may zoom in: the marks only spread apart, and the frame still
 * holds the whole view, so it serves longer. A fast wheel zooms in ×5 in a
 * sixth of a second: laid out every 1.45×, that was three layouts (and as
 * many frames missed); every 2.5×, one. Once the wheel stops, the view is
 * laid out again with all its detail.
 */
const MAX_IN_RATIO = 2.5;
/**
 * A frame made as the view zooms out is laid out for a window this much
 * wider than the view (around its middle), with the margin beyond: it then
 * serves the zoom out up to about 1.6× instead of 1.3× (half the margin),
 * and a fast wheel's burst out (×5) is laid out once or twice instead of
 * two or three times. Until the view catches up, the marks stand a little
 * apart, as after a small zoom in.
 */
const OUT_LEAD = 1.25;

/**
 * The frame to lay out the marks for, given the last one: at rest the
 * visible window; while moving, the last frame (with a margin, or at rest
 * for a wheel: `keepRest`) as long as the view stays within half its margin and zooms less than
 * MAX_OUT_RATIO out or MAX_IN_RATIO in from it, else a new frame with
 * `marginPx` on either side (ahead of the view by OUT_LEAD when it zooms
 * out). Returns `previous` itself when it still serves, so that what is
 * derived from it is not computed again.
 */
export function nextLayoutFrame(
  previous: LayoutFrame | null,
  visible: TimeWindow,
  widthPx: number,
  marginPx: number,
  moving: boolean,
  /** The widest the view can be (the whole span): a frame leads a zoom out no further. */
  bounds?: TimeWindow,
  /** A wheel's move: the frame at rest serves it while it only zooms in. */
  keepRest = false
): LayoutFrame {
  const span = visible.to - visible.from;
  const atRest = { from: visible.from, to: visible.to, margin: 0 };
  if (!moving || !previous || !(widthPx > 0) || !(span > 0)) {
    return previous && previous.margin === 0 && previous.from === visible.from && previous.to === visible.to ? previous : atRest;
  }
  const before = previous.to - previous.from;
  const ratio = span / before;
  if ((previous.margin > 0 || keepRest) && ratio < MAX_OUT_RATIO && ratio > 1 / MAX_IN_RATIO) {
    const msPerPx = before / widthPx;
    const left = (visible.from - previous.from) / msPerPx;
    const right = (visible.to - previous.from) / msPerPx;
    if (left >= -previous.margin / 2 && right <= widthPx + previous.margin / 2) return previous;
  }
  const lead = bounds ? Math.max(1, Math.min(OUT_LEAD, (bounds.to - bounds.from) / span)) : OUT_LEAD;
  if (ratio > 1 + 1e-9 && lead > 1) {
    const middle = (visible.from + visible.to) / 2;
    return { from: middle - (span * lead) / 2, to: middle + (span * lead) / 2, margin: marginPx };
  }
  return { ...atRest, margin: marginPx };
}

/** The window and width (px) a frame is laid out over: its window widened by its margin on either side. */
export function frameExtent(frame: LayoutFrame, widthPx: number): { window: [number, number]; width: number } {
  const msPerPx = (frame.to - frame.from) / widthPx;
  return { window: [frame.from - frame.margin * msPerPx, frame.to + frame.margin * msPerPx], width: widthPx + 2 * frame.margin };
}

/**
 * Where a frame's px land on the plot now: px × scale + offset. Scale 1 is
 * a slide (the frame's marks need only a transform); any other, a zoom.
 */
export function framePlacement(frame: LayoutFrame, visible: TimeWindow, widthPx: number): { scale: number; offset: number } {
  const span = visible.to - visible.from;
  const before = frame.to - frame.from;
  if (!(span > 0) || !(before > 0) || !(widthPx > 0)) return { scale: 1, offset: 0 };
  const scale = before / span;
  // The frame's px 0 is its window's start less the margin.
  const start = frame.from - (frame.margin * before) / widthPx;
  return { scale: Math.abs(scale - 1) < 1e-9 ? 1 : scale, offset: ((start - visible.from) / span) * widthPx };
}

/**
 * A layout moved to another scale (px × scale + offset): the bars' ends, the
 * middles of the day marks (`isPoint`, which keep their size), the dots, the
 * counts and the brackets move; each label keeps its place beside its mark
 * and its width, and every mark its lane.
 */
export function moveLayout(layout: MarkLayout, scale: number, offset: number, isPoint: (id: string) => boolean): MarkLayout {
  const at = (px: number) => px * scale + offset;
  return {
    ...layout,
    marks: layout.marks.map((mark) => {
      // A dot keeps its size: its middle moves.
      const middle = at((mark.x0 + mark.x1) / 2);
      const half = (mark.x1 - mark.x0) / 2;
      const point = isPoint(mark.id);
      const x0 = point ? middle - half : at(mark.x0);
      const x1 = point ? middle + half : at(mark.x1);
      return { ...mark, x0, x1, labelX: mark.labelX + (x0 - mark.x0) };
    }),
    dots: layout.dots.map((dot) => ({ ...dot, x: at(dot.x) })),
    clusters: layout.clusters.map((cluster) => ({ ...cluster, x: at(cluster.x) })),
    brackets: layout.brackets.map((bracket) => ({ ...bracket, x: at(bracket.x) }))
  };
}
