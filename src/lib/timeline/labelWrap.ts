/** How many lines words of these widths take when wrapped greedily in `width` px (`space` between two words). */
export function linesIn(words: readonly number[], space: number, width: number): number {
  let lines = 1;
  let used = -space;
  for (const word of words) {
    if (used + space + word <= width || used < 0) used += space + word;
    else {
      lines++;
      used = word;
    }
  }
  return lines;
}

/**
 * The narrowest box (whole px) in which words of these widths wrap onto at
 * most `lines` lines, as a browser wraps them (greedily). `space` is the
 * width of the space between two words. A word alone cannot wrap, so the
 * widest word is the least answer.
 */
export function wrapWidth(words: readonly number[], space: number, lines: number): number {
  if (!words.length) return 0;
  let lo = Math.ceil(Math.max(...words));
  let hi = Math.ceil(words.reduce((sum, word) => sum + word + space, -space));
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (linesIn(words, space, mid) <= lines) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
