import { parseUnicodeRange } from './fontSubsets';
import type { FontMetrics, Measure } from './svg/svgText';
import type { FontWeight, WrittenRun } from './viewSvg';

// A browser draws an SVG picture before the fonts inside it have loaded, and
// says nothing when they have. With `font-display: block` the text of a face
// still loading is invisible; so one character drawn with each embedded face,
// looked at in the drawing, tells whether that face is in. These are the
// places to look.

/** A box of the picture, in its px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An embedded face: a weight, and the characters its file holds. */
export interface EmbeddedFace {
  weight: FontWeight;
  unicodeRange: string;
}

const inside = (box: Box, clip: Box) =>
  box.x >= clip.x && box.y >= clip.y && box.x + box.width <= clip.x + clip.width && box.y + box.height <= clip.y + clip.height;

/**
 * For each face, the box of one character written with it and with no other
 * face (its range alone holds it), within the picture and its clip: ink
 * there means the face is in. A face with no such character gets no box.
 */
export function fontProbes(
  runs: readonly WrittenRun[],
  faces: readonly EmbeddedFace[],
  picture: { width: number; height: number },
  measure: Measure,
  metrics: FontMetrics
): Box[] {
  const ranges = faces.map((face) => ({ face, range: parseUnicodeRange(face.unicodeRange) }));
  const holds = (range: [number, number][], code: number) => range.some(([from, to]) => code >= from && code <= to);
  const whole = { x: 0, y: 0, ...picture };
  const boxes: Box[] = [];
  for (const { face, range } of ranges) {
    const others = ranges.filter((other) => other.face !== face && other.face.weight === face.weight);
    search: for (const run of runs) {
      if (run.font.weight !== face.weight) continue;
      const chars = [...run.text];
      for (let i = 0; i < chars.length; i++) {
        const code = chars[i].codePointAt(0)!;
        if (!/[\p{L}\p{N}]/u.test(chars[i]) || !holds(range, code) || others.some((other) => holds(other.range, code))) continue;
        const left = run.x + measure(chars.slice(0, i).join(''), run.font);
        const width = measure(chars[i], run.font);
        // The middle of the character's cell: a neighbour's ink does not reach it.
        const box = {
          x: left + width * 0.2,
          y: run.baseline - metrics.ascent * run.font.size * 0.8,
          width: width * 0.6,
          height: metrics.ascent * run.font.size * 0.8
        };
        if (box.width < 1 || !inside(box, run.clip ?? whole) || !inside(box, whole)) continue;
        boxes.push(box);
        break search;
      }
    }
  }
  return boxes;
}
