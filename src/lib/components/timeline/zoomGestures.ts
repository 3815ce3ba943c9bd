import { interpolateArray } from 'd3-interpolate';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeWindow } from '$lib/timeline/timeWindow';
import type { EarlyInput } from './earlyInput';

// The plot's gestures and eased moves, by d3-zoom and d3-transition. Loaded
// when the reader first shows a sign of life (see earlyInput.ts), not with
// the page: the plot is drawn, and shows any window, without them.

/** The zoom behaviour attached to a plot. */
export interface ZoomGestures {
  /** The zoom's bounds: the plot's size in px, and how far in it may zoom. */
  bound(width: number, height: number, maxScale: number): void;
  /** Shows `window` at once, or eased over `ms`, calling `onframe` on each frame of the easing. */
  show(window: TimeWindow, ms?: number, onframe?: () => void): void;
  /** Moves the window by `dx` px of the whole span's scale, within the bounds. */
  panBy(dx: number): void;
  /** Hands the zoom what the reader did before it was here, so their first gesture is not lost. */
  takeUp(input: EarlyInput): void;
  /** Lets the plot go. */
  detach(): void;
}

export interface ZoomOptions {
  /** The scale of the whole span over the plot's width, as it is now. */
  base: () => ScaleTime<number, number>;
  /** Every window a gesture or an easing moves to. */
  onzoom: (window: TimeWindow) => void;
  /**
   * A move begins (true) or settles (false): a drag from press to release, a
   * wheel until it has been still for d3-zoom's 150 ms, an easing from start
   * to end. What can wait for the move to settle waits for this. `source`
   * is the type of the event that began it ('wheel', 'mousedown',
   * 'touchstart'; none for an easing).
   */
  onmove?: (moving: boolean, source?: string) => void;
}

/** Attaches d3-zoom to the plot: wheel, drag and pinch move the window, and programmatic moves ease by d3-transition. */
export function attachZoom(element: HTMLElement, { base, onzoom, onmove }: ZoomOptions): ZoomGestures {
  const behavior = zoom<HTMLElement, unknown>()
    // A plain wheel zooms; buttons and links inside keep their clicks.
    .filter((event: Event) => {
      const target = event.target as Element;
      // d3-zoom cancels mousedown, which would keep a mark from taking focus.
      if (event.type === 'mousedown' && target.closest('button')) return false;
      const mouse = event as MouseEvent;
      return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
    })
    // The window's start and end move evenly between two windows (d3's
    // default, interpolateZoom, flies out and back in, past the ends of
    // the record on a long zoom).
    .interpolate(interpolateArray)
    .on('zoom', (event: { transform: ZoomTransform }) => {
      const [from, to] = event.transform.rescaleX(base()).domain();
      onzoom({ from: +from, to: +to });
    })
    .on('start', (event: { sourceEvent?: Event | null }) => onmove?.(true, event.sourceEvent?.type))
    .on('end', () => onmove?.(false));
  const plot = select(element);
  plot.call(behavior).on('dblclick.zoom', null);

  /** The transform that shows `window` on the whole span's scale. */
  function transformFor(window: TimeWindow): ZoomTransform {
    const scale = base();
    const [left, right] = scale.range();
    const k = (right - left) / (scale(window.to) - scale(window.from));
    return zoomIdentity.scale(k).translate(-scale(window.from), 0);
  }

  return {
    bound(width, height, maxScale) {
      behavior
        .scaleExtent([1, maxScale])
        .extent([
          [0, 0],
          [width, height]
        ])
        .translateExtent([
          [0, 0],
          [width, height]
        ]);
    },
    show(window, ms = 0, onframe) {
      const target = transformFor(window);
      // Also interrupts a transition under way.
      if (!ms) return void behavior.transform(plot, target);
      // d3-transition ticks once per animation frame; d3-zoom's tween sets the
      // transform of that frame, and the tween after it hands it on in the
      // same frame. A new transition (or gesture) interrupts this one.
      plot
        .transition()
        .duration(ms)
        .call(behavior.transform, target)
        .tween('frame', () => () => onframe?.());
    },
    panBy(dx) {
      behavior.translateBy(plot, dx, 0);
    },
    takeUp(input) {
      replay(element, input);
    },
    detach() {
      plot.interrupt().on('.zoom', null);
    }
  };
}

/**
 * Dispatches to the plot, for d3-zoom's listeners, what the reader did
 * before they were attached: the wheel turns, in order, and the start of a
 * drag or a touch still under way, where the pointer or fingers are now
 * (so the plot moves with them from here, without a jump).
 */
function replay(element: HTMLElement, input: EarlyInput) {
  const init = { bubbles: true, cancelable: true, view: window };
  for (const wheel of input.wheels) {
    const { deltaX, deltaY, deltaZ, deltaMode, clientX, clientY, screenX, screenY, ctrlKey, shiftKey, altKey, metaKey } = wheel;
    element.dispatchEvent(
      new WheelEvent('wheel', { ...init, deltaX, deltaY, deltaZ, deltaMode, clientX, clientY, screenX, screenY, ctrlKey, shiftKey, altKey, metaKey })
    );
  }
  if (input.held) {
    const { clientX, clientY, screenX, screenY } = input.held;
    element.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX, clientY, screenX, screenY, button: 0, buttons: 1 }));
  }
  if (input.touches?.length) {
    const touches = [...input.touches];
    try {
      element.dispatchEvent(new TouchEvent('touchstart', { ...init, touches, targetTouches: touches, changedTouches: touches }));
    } catch {
      // A browser that cannot make touch events: the next touch pans.
    }
  }
}
