import type { FontWeight } from './svg/svgText';

// Which files of a self-hosted font a picture needs: fonts come split by
// unicode-range into subsets (latin, latin-ext, vietnamese), and a picture
// embeds only the subsets, in only the weights, that its text uses.

/** A CSS unicode-range ("U+0000-00FF,U+0131") as inclusive [from, to] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from, to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
    });
}

const inRange = (code: number, ranges: [number, number][]) => ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The subsets that cover `text`, in the order given: each character is
 * taken by the first subset that holds it, so a subset comes in only for a
 * character no earlier one has. Characters no subset holds are left to the
 * reader's fallback font.
 */
export function subsetsFor(text: string, ranges: Readonly<Record<string, string>>, order: readonly string[]): string[] {
  const parsed = order.filter((name) => ranges[name]).map((name) => [name, parseUnicodeRange(ranges[name])] as const);
  const needed = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const subset = parsed.find(([, range]) => inRange(code, range));
    if (subset) needed.add(subset[0]);
  }
  return order.filter((name) => needed.has(name));
}

/** One face of the font to embed: a weight's subset and its file as a data: URL. */
export interface EmbeddedFont {
  family: string;
  weight: FontWeight;
  unicodeRange: string;
  /** data:font/woff2;base64,… */
  src: string;
}

/** @font-face rules for the faces, for a <style> inside the SVG. */
export function fontFaceCss(faces: readonly EmbeddedFont[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;` +
        `src:url(${face.src}) format('woff2');unicode-range:${face.unicodeRange}}`
    )
    .join('');
}
