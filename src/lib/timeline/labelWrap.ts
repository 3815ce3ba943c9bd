/**
 * The narrowest box (px) in which words of these widths wrap onto at most
 * two lines: the best place to break is where the longer of the two lines is
 * shortest. `space` is the width of the space between two words. One word
 * alone cannot wrap, so its width is the answer.
 */
export function twoLineWidth(words: readonly number[], space: number): number {
  if (!words.length) return 0;
  let total = -space;
  for (const word of words) total += word + space;
  let best = total;
  let first = -space;
  for (let i = 0; i < words.length - 1; i++) {
    first += words[i] + space;
    const second = total - first - space;
    best = Math.min(best, Math.max(first, second));
  }
  return Math.ceil(best);
}
