import type { Lang } from '../../timeline/types';

// Text in an SVG picture: escaped for XML, set in lines of a given width with
// measured words (SVG does not wrap), and the characters written in each
// weight noted, so that only the font subsets needed are embedded.

/** The weights the picture writes in (the page loads the same three). */
export type FontWeight = 400 | 600 | 700;

export interface FontSpec {
  size: number;
  weight: FontWeight;
}

/** The width in px of a text in a font of Be Vietnam Pro. */
export type Measure = (text: string, font: FontSpec) => number;

/** The font's ascent and descent, as shares of its size (where a line's baseline falls in its box). */
export interface FontMetrics {
  ascent: number;
  descent: number;
}

const ELLIPSIS = '…';

/** Text safe in XML: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
  );
}


/** A number written short: two decimals at most. */
export const n = (value: number) => String(Math.round(value * 100) / 100);

/** A styled piece of a line of text. */
export interface Run {
  text: string;
  font: FontSpec;
  fill: string;
}

/** Where a run of text was written, in the picture's px: the start of its first character on its baseline. */
export interface WrittenRun {
  text: string;
  font: FontSpec;
  x: number;
  baseline: number;
  /** The box it is clipped to (the plot), if any. */
  clip: { x: number; y: number; width: number; height: number } | null;
}

/** Collects the SVG's elements, the characters written in each weight and where each run of text went. */
export class SvgCanvas {
  readonly parts: string[] = [];
  readonly runs: WrittenRun[] = [];
  readonly #glyphs: Record<FontWeight, Set<string>> = { 400: new Set(), 600: new Set(), 700: new Set() };
  readonly measure: Measure;
  readonly metrics: FontMetrics;
  /** Where what is drawn now lands in the picture (the plot is drawn in its own coordinates), and its clip. */
  origin = { x: 0, y: 0 };
  clip: WrittenRun['clip'] = null;

  constructor(measure: Measure, metrics: FontMetrics) {
    this.measure = measure;
    this.metrics = metrics;
  }

  add(element: string) {
    this.parts.push(element);
  }

  /** The baseline of a line of `size` px type in a line box of `lineHeight` px starting at `top`. */
  baseline(top: number, size: number, lineHeight: number): number {
    const { ascent, descent } = this.metrics;
    return top + (lineHeight - (ascent + descent) * size) / 2 + ascent * size;
  }

  /** One line of text made of runs, its baseline at y; `anchor` end aligns its end on x. */
  text(x: number, y: number, runs: Run[], options: { anchor?: 'start' | 'middle' | 'end'; lang?: Lang } = {}) {
    const kept = runs.filter((run) => run.text);
    if (!kept.length) return;
    for (const run of kept) for (const char of run.text) this.#glyphs[run.font.weight].add(char);
    const widths = kept.map((run) => this.measure(run.text, run.font));
    const total = widths.reduce((sum, width) => sum + width, 0);
    let start = options.anchor === 'end' ? x - total : options.anchor === 'middle' ? x - total / 2 : x;
    kept.forEach((run, i) => {
      this.runs.push({ text: run.text, font: run.font, x: this.origin.x + start, baseline: this.origin.y + y, clip: this.clip });
      start += widths[i];
    });
    const attributes = [
      `x="${n(x)}"`,
      `y="${n(y)}"`,
      options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
      options.lang ? `lang="${options.lang}" xml:lang="${options.lang}"` : ''
    ].filter(Boolean);
    const spans = kept
      .map(
        (run) =>
          `<tspan font-size="${n(run.font.size)}" font-weight="${run.font.weight}" fill="${run.fill}">${escapeXml(run.text)}</tspan>`
      )
      .join('');
    this.add(`<text ${attributes.join(' ')}>${spans}</text>`);
  }

  glyphs(): Record<FontWeight, string> {
    const sorted = (set: Set<string>) => [...set].sort().join('');
    return { 400: sorted(this.#glyphs[400]), 600: sorted(this.#glyphs[600]), 700: sorted(this.#glyphs[700]) };
  }
}

/** A word with its style, for wrapping a label made of a hedge and a title. */
export interface Word {
  text: string;
  font: FontSpec;
  fill: string;
}

/** Cuts `text` to fit `width` with an ellipsis (nothing cut when it fits). */
export function fitWithEllipsis(text: string, font: FontSpec, width: number, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, font) <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** Splits a word wider than `width` into pieces that fit (a long address, a name without spaces). */
function breakWord(word: Word, width: number, measure: Measure): Word[] {
  if (measure(word.text, word.font) <= width) return [word];
  const pieces: Word[] = [];
  let piece = '';
  for (const char of word.text) {
    if (piece && measure(piece + char, word.font) > width) {
      pieces.push({ ...word, text: piece });
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push({ ...word, text: piece });
  return pieces;
}

/**
 * Words set in lines no wider than `width`, at most `maxLines` of them: the
 * last line ends in an ellipsis when words are left over (as the plot's
 * labels, clamped by CSS). Each line is a list of runs, one per style.
 */
export function wrapWords(words: Word[], width: number, maxLines: number, measure: Measure): Run[][] {
  const pieces = words.flatMap((word) => breakWord(word, width, measure));
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  let next = 0;
  for (; next < pieces.length; next++) {
    const word = pieces[next];
    const wide = measure(word.text, word.font);
    const space = measure(' ', word.font);
    if (line.length && used + space + wide > width) {
      lines.push(line);
      line = [];
      used = 0;
      if (lines.length === maxLines) break;
    }
    used += line.length ? space + wide : wide;
    line.push(word);
  }
  if (line.length) lines.push(line);

  const runs = lines.map((words) => {
    const merged: Run[] = [];
    for (const word of words) {
      const last = merged[merged.length - 1];
      if (last && last.font.size === word.font.size && last.font.weight === word.font.weight && last.fill === word.fill) {
        last.text += ` ${word.text}`;
      } else merged.push({ text: merged.length ? ` ${word.text}` : word.text, font: word.font, fill: word.fill });
    }
    return merged;
  });
  // Words left over: the last line ends in an ellipsis, cut to fit.
  if (next < pieces.length && runs.length) {
    const last = runs[runs.length - 1];
    const tail = last[last.length - 1];
    const before = last.slice(0, -1).reduce((sum, run) => sum + measure(run.text, run.font), 0);
    tail.text = fitWithEllipsis(`${tail.text} ${pieces[next].text}`, tail.font, width - before, measure);
  }
  return runs;
}

/** A plain paragraph's words in one style. */
// Split at spaces and line breaks only: a no-break space holds its words together.
export const wordsOf = (text: string, font: FontSpec, fill: string): Word[] =>
  text
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .map((word) => ({ text: word, font, fill }));

/** Draws a paragraph from `top`, returns the y below it. */
export function paragraph(
  canvas: SvgCanvas,
  text: string,
  at: { x: number; top: number; width: number },
  style: { font: FontSpec; fill: string; lineHeight: number; maxLines?: number; lang?: Lang }
): number {
  const lines = wrapWords(wordsOf(text, style.font, style.fill), at.width, style.maxLines ?? 50, canvas.measure);
  lines.forEach((runs, i) => {
    const top = at.top + i * style.lineHeight;
    canvas.text(at.x, canvas.baseline(top, style.font.size, style.lineHeight), runs, { lang: style.lang });
  });
  return at.top + lines.length * style.lineHeight;
}

