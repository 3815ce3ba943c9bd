import { estimateLabelWidth } from '$lib/timeline/layoutLabels';

/**
 * A text measurer for a CSS font: the canvas's exact width in the browser,
 * the deterministic estimate where there is no canvas (the server render).
 */
export function textMeasurer(font: string, fontPx: number): (text: string) => number {
  const context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!context) return (text) => estimateLabelWidth(text, fontPx);
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width);
      cache.set(text, width);
    }
    return width;
  };
}
