/**
 * Stands in for d3-transition and d3-interpolate, which d3-zoom imports only
 * for animated zooms: `interrupt(node)` and `selection.interrupt()` stop a
 * running transition before a new gesture, and `interpolateZoom` eases one.
 * This site never starts a d3 transition: zooms ease in the timeline's own
 * requestAnimationFrame loop and double-click zoom is off. So there is never
 * one to stop or ease, and the real packages (with d3-color, d3-ease and
 * d3-timer behind them) need not ship. vite.config.ts aliases both packages
 * here for the site's build; calling `selection.transition()` or an
 * interpolator anywhere would fail loudly, not silently.
 */
import { selection } from 'd3-selection';

/** No transition runs, so there is nothing to interrupt. */
export function interrupt(): void {}

/** Only a d3 transition would ask for this; none is ever started. */
export function interpolateZoom(): never {
  throw new Error('d3 transitions are not shipped: ease zooms with the timeline\'s own animation');
}

declare module 'd3-selection' {
  interface Selection<GElement extends BaseType, Datum, PElement extends BaseType, PDatum> {
    interrupt(name?: string): this;
  }
}
import type { BaseType } from 'd3-selection';

selection.prototype.interrupt = function interruptNothing() {
  return this;
};
