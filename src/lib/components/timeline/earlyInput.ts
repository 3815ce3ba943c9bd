/** What the reader did to the plot before its gestures' code (zoomGestures.ts) arrived. */
export interface EarlyInput {
  /** Wheel turns over the plot, in order. */
  wheels: WheelEvent[];
  /** Where the pointer is while a drag that started on the plot is under way, else null. */
  held: MouseEvent | null;
  /** The fingers on the plot now, when a touch that started there is under way. */
  touches: TouchList | null;
}

// The first signs of a reader: any of these, anywhere on the page, starts
// loading the gestures' code, long before a gesture on the plot could need
// it (a pointer moves before it drags, a finger lands before it swipes).
const FIRST_SIGNS = ['pointermove', 'pointerdown', 'touchstart', 'wheel', 'keydown', 'focusin', 'scroll'] as const;

/**
 * Calls `wanted` at the reader's first sign of life, and meanwhile keeps
 * what they do to `plot`, for the gestures' code to take up (see
 * ZoomGestures.takeUp). A wheel over the plot is kept from scrolling the
 * page, as the zoom will. Returns the record and a function that stops
 * recording.
 */
export function recordEarlyInput(plot: HTMLElement, wanted: () => void): { input: EarlyInput; stop: () => void } {
  const input: EarlyInput = { wheels: [], held: null, touches: null };
  const stops: (() => void)[] = [];
  const listen = <K extends keyof WindowEventMap>(
    target: Window | HTMLElement,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
    options: AddEventListenerOptions = { passive: true }
  ) => {
    target.addEventListener(type, handler as EventListener, options);
    stops.push(() => target.removeEventListener(type, handler as EventListener, options));
  };
  let asked = false;
  const ask = () => {
    if (!asked) wanted();
    asked = true;
  };
  for (const type of FIRST_SIGNS) listen(window, type, ask, { passive: true, capture: true });

  listen(plot, 'wheel', (event) => {
    event.preventDefault();
    input.wheels.push(event);
  }, { passive: false });
  listen(plot, 'mousedown', (event) => {
    if (event.button === 0 && !(event.target as Element).closest('button')) input.held = event;
  });
  listen(window, 'mousemove', (event) => {
    if (input.held) input.held = event;
  });
  listen(window, 'mouseup', () => (input.held = null));
  const touch = (event: TouchEvent) => (input.touches = event.touches.length ? event.touches : null);
  listen(plot, 'touchstart', touch);
  listen(plot, 'touchmove', touch);
  listen(plot, 'touchend', touch);
  listen(plot, 'touchcancel', touch);

  return { input, stop: () => stops.splice(0).forEach((stop) => stop()) };
}
