import type { TimelineEvent } from '../../data/model';
import type { EventKind } from '../../data/schema';
import { laneTop, type PlacedMark } from '../../timeline/layoutMarks';
import { isPeriod, markPattern, markShape, type MarkPattern } from '../../timeline/markStyle';
import type { PlotDrawing } from '../../timeline/plotDrawing';
import type { Lang } from '../../timeline/types';
import { TICK_LABEL_OFFSET } from '../../timeline/ticks';
import { escapeXml, fitWithEllipsis, n, wordsOf, wrapWords, type FontSpec, type FontWeight, type SvgCanvas, type Word } from './svgText';

// The plot in SVG, as the screen draws it: the band of periods, the axis, the
// milestone brackets, the marks with their patterns and labels, the small
// dots and the "+n" counts. The geometry mirrors EventMarks.svelte,
// TimeAxis.svelte and markShapes.css, from the same layout (PlotDrawing).

/** The theme's colours, resolved (light or dark, as the page shows them). */
export interface Palette {
  bg: string;
  surface: string;
  plotBg: string;
  text: string;
  muted: string;
  border: string;
  axis: string;
  grid: string;
  gridMajor: string;
  ring: string;
  link: string;
  kinds: Record<EventKind, string>;
}

/** What the plot needs to be drawn. */
export interface PlotInput {
  drawing: PlotDrawing;
  eventById: (id: string) => TimelineEvent | undefined;
  lang: Lang;
  palette: Palette;
  /** The hedge a mark's label starts with ("c. 15 May 2023"), or null. */
  qualifier: (event: TimelineEvent) => string | null;
}

/** Where a row's label begins below its mark, and the band's first row (as EventMarks). */
const LABEL_TOP = 14;
const BAND_TOP = 4;

export interface ShapeBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A rectangle's outline drawn inside its box (as a CSS border), open on the right for an open end. */
function outline(box: ShapeBox, border: number, ink: string, dashed: boolean, openRight: boolean): string {
  const half = border / 2;
  const dash = dashed ? ` stroke-dasharray="${n(border * 2)} ${n(border * 1.5)}"` : '';
  const style = `fill="none" stroke="${ink}" stroke-width="${n(border)}"${dash}`;
  if (openRight) {
    const right = box.x + box.w;
    return `<path d="M${n(right)} ${n(box.y + half)}H${n(box.x + half)}V${n(box.y + box.h - half)}H${n(right)}" ${style}/>`;
  }
  return `<rect x="${n(box.x + half)}" y="${n(box.y + half)}" width="${n(Math.max(0, box.w - border))}" height="${n(box.h - border)}" rx="${n(Math.max(0, 2 - half))}" ${style}/>`;
}

/** The ring of a selected mark: the plot's colour, then the ring's, around the shape (box-shadow 2px, 4px). */
export function selectionRing(box: ShapeBox, round: boolean, palette: Palette): string {
  const ring = (grow: number, colour: string) =>
    round
      ? `<circle cx="${n(box.x + box.w / 2)}" cy="${n(box.y + box.h / 2)}" r="${n(box.w / 2 + grow)}" fill="none" stroke="${colour}" stroke-width="2"/>`
      : `<rect x="${n(box.x - grow)}" y="${n(box.y - grow)}" width="${n(box.w + 2 * grow)}" height="${n(box.h + 2 * grow)}" rx="${n(2 + grow)}" fill="none" stroke="${colour}" stroke-width="2"/>`;
  return ring(1, palette.plotBg) + ring(3, palette.ring);
}

/** The id of the stripes pattern for an ink, declared once per colour. */
export class Patterns {
  readonly #ids = new Map<string, string>();
  stripes(ink: string): string {
    let id = this.#ids.get(ink);
    if (!id) this.#ids.set(ink, (id = `stripes-${this.#ids.size}`));
    return `url(#${id})`;
  }
  defs(): string {
    return [...this.#ids]
      .map(
        ([ink, id]) =>
          `<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="2.5" height="6" fill="${ink}"/></pattern>`
      )
      .join('');
  }
}

/**
 * One mark's shape, as markShapes.css draws it: a dot, a bar, a period's
 * outlined bar, with dashes (approximate), stripes (day unknown) or an arrow
 * (open end), and the selection ring.
 */
export function shapeSvg(
  kind: 'dot' | 'bar' | 'period',
  box: ShapeBox,
  pattern: MarkPattern,
  ink: string,
  selected: boolean,
  palette: Palette,
  patterns: Patterns
): string {
  const parts: string[] = [];
  if (kind === 'dot') {
    const r = box.w / 2;
    const cx = box.x + r;
    const cy = box.y + r;
    if (pattern.approximate) {
      parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${ink}" fill-opacity="0.22"/>`);
      parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r - 1)}" fill="none" stroke="${ink}" stroke-width="2" stroke-dasharray="3.2 2.4"/>`);
    } else parts.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${ink}"/>`);
    if (selected) parts.push(selectionRing(box, true, palette));
    return parts.join('');
  }
  const open = pattern.openEnd;
  const radius = open ? 0 : 2;
  const fillRect = (fill: string, opacity?: number) =>
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="${radius}" fill="${fill}"${opacity === undefined ? '' : ` fill-opacity="${opacity}"`}/>`;
  if (pattern.dayUnknown) {
    parts.push(fillRect(patterns.stripes(ink)));
    parts.push(outline(box, pattern.approximate ? 2 : 1.5, ink, pattern.approximate, open));
  } else if (pattern.approximate) {
    parts.push(fillRect(ink, 0.22));
    parts.push(outline(box, 2, ink, true, open));
  } else if (kind === 'period') {
    parts.push(fillRect(ink, 0.28));
    parts.push(outline(box, 1.5, ink, false, open));
  } else parts.push(fillRect(ink));
  if (open) {
    const cy = box.y + box.h / 2;
    const x = box.x + box.w;
    parts.push(`<path d="M${n(x)} ${n(cy - 7)}L${n(x + 9)} ${n(cy)}L${n(x)} ${n(cy + 7)}Z" fill="${ink}"/>`);
  }
  if (selected) parts.push(selectionRing(box, false, palette));
  return parts.join('');
}

function drawMark(canvas: SvgCanvas, input: PlotInput, mark: PlacedMark, patterns: Patterns) {
  const { drawing, palette, lang } = input;
  const event = input.eventById(mark.id);
  if (!event) return;
  const { width, laneHeight, bandRowHeight, eventsTop } = drawing;
  // The same box as EventMarks' geometry().
  const left = mark.x0 === mark.x1 ? mark.x0 : Math.max(mark.x0, -8);
  const right = Math.max(left + 2, Math.min(mark.x1, width + 8));
  const top = mark.band ? BAND_TOP + mark.lane * bandRowHeight : eventsTop + laneTop(drawing.layout, mark.lane, laneHeight);
  const period = isPeriod(event.kind, event.date);
  const shape = markShape(event.date);
  const pattern = markPattern(event.date, period);
  const selected = drawing.selectedId === event.id;
  const ink = palette.kinds[event.kind] ?? palette.muted;

  let box: ShapeBox;
  if (shape === 'dot' && !period) {
    const size = pattern.approximate ? 14 : 12;
    box = { x: left + (right - left - size) / 2, y: top, w: size, h: size };
  } else {
    const h = pattern.dayUnknown ? 10 : 8;
    box = { x: left, y: top + (pattern.dayUnknown ? 1 : 2), w: right - left, h };
  }
  // Grouped by event, with its id, as on screen: a reader of the file can tell the marks apart.
  canvas.add(`<g class="mark" data-event-id="${escapeXml(event.id)}">`);
  canvas.add(shapeSvg(shape === 'dot' && !period ? 'dot' : period ? 'period' : 'bar', box, pattern, ink, selected, palette, patterns));

  // The label: the hedge in a lighter weight, then the title; the second language on one line below.
  const milestone = event.depth > 0;
  const size = mark.band ? 12 : milestone ? 12.5 : 13;
  const weight: FontWeight = selected ? 700 : mark.band || milestone ? 400 : 600;
  const lineHeight = mark.band ? 15 : 16;
  const fill = mark.band && !selected ? palette.muted : palette.text;
  const hedge = input.qualifier(event);
  const hedgeFont: FontSpec = { size, weight: 400 };
  const words: Word[] = [
    // The hedge's last word keeps its " ·" (a no-break space, as on screen).
    ...(hedge ? wordsOf(`${hedge}\u00a0·`, hedgeFont, palette.muted) : []),
    ...wordsOf(event.title[lang], { size, weight }, fill)
  ];
  const lines = wrapWords(words, mark.labelWidth, mark.band ? 2 : drawing.maxLines, canvas.measure);
  const labelTop = top + (mark.band ? LABEL_TOP - 2 : LABEL_TOP);
  const toLeft = mark.side === 'left';
  const x = toLeft ? mark.labelX + mark.labelWidth : mark.labelX;
  const halo = `stroke="${palette.plotBg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;
  canvas.add(`<g ${halo}>`);
  lines.forEach((runs, i) => {
    canvas.text(x, canvas.baseline(labelTop + i * lineHeight, size, lineHeight), runs, {
      anchor: toLeft ? 'end' : 'start',
      lang
    });
  });
  const second = drawing.second;
  if (second) {
    const font: FontSpec = { size: 12, weight: 400 };
    const text = fitWithEllipsis(event.title[second], font, mark.labelWidth, canvas.measure);
    const secondTop = labelTop + lines.length * lineHeight;
    canvas.text(x, canvas.baseline(secondTop, 12, 15), [{ text, font, fill: palette.muted }], {
      anchor: toLeft ? 'end' : 'start',
      lang: second
    });
  }
  canvas.add('</g></g>');
}

/** The plot: band, axis, brackets, marks, small dots and counts, clipped to its box (top-left at 0, 0). */
export function drawPlot(canvas: SvgCanvas, input: PlotInput, patterns: Patterns) {
  const { drawing, palette } = input;
  const { width, height, marksHeight, layout } = drawing;

  canvas.add(`<rect width="${n(width)}" height="${n(height)}" fill="${palette.plotBg}"/>`);
  if (drawing.bandHeight) {
    canvas.add(`<rect width="${n(width)}" height="${n(drawing.bandHeight)}" fill="${palette.surface}"/>`);
    canvas.add(`<line x1="0" x2="${n(width)}" y1="${n(drawing.bandHeight - 0.5)}" y2="${n(drawing.bandHeight - 0.5)}" stroke="${palette.grid}"/>`);
  }
  // The axis (TimeAxis.svelte): grid lines across the marks, the baseline, tick labels beneath.
  canvas.add(`<line x1="0" x2="${n(width)}" y1="${n(marksHeight + 0.5)}" y2="${n(marksHeight + 0.5)}" stroke="${palette.axis}"/>`);
  for (const tick of drawing.ticks) {
    canvas.add(
      `<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="0" y2="${n(marksHeight + 6)}" stroke="${tick.major ? palette.gridMajor : palette.grid}"/>`
    );
  }
  for (const tick of drawing.ticks) {
    if (!tick.label) continue; // a label the edge would cut (labelsInside)
    const font: FontSpec = { size: 12, weight: tick.major ? 600 : 400 };
    canvas.text(tick.x + TICK_LABEL_OFFSET, marksHeight + 20, [{ text: tick.label, font, fill: tick.major ? palette.text : palette.muted }]);
  }

  for (const bracket of layout.brackets) {
    const event = input.eventById(bracket.id);
    const ink = (event && palette.kinds[event.kind]) ?? palette.muted;
    // Rows as tall as their labels (layoutMarks' laneTops), or all of one height.
    const rowTop = (lane: number) => laneTop(drawing.layout, lane, drawing.laneHeight);
    const top = drawing.eventsTop + rowTop(bracket.from) + 1;
    const h = rowTop(bracket.to) - rowTop(bracket.from) + 10;
    const x = bracket.x;
    canvas.add(
      `<path d="M${n(x + 5)} ${n(top + 1)}H${n(x + 1)}V${n(top + h - 1)}H${n(x + 5)}" fill="none" stroke="${ink}" stroke-width="2" opacity="0.75"/>`
    );
  }
  for (const mark of layout.marks) drawMark(canvas, input, mark, patterns);

  for (const dot of layout.dots) {
    const event = input.eventById(dot.id);
    const ink = (event && palette.kinds[event.kind]) ?? palette.muted;
    const box = { x: dot.x - 4, y: drawing.dotsTop + 8, w: 8, h: 8 };
    canvas.add(`<circle cx="${n(dot.x)}" cy="${n(box.y + 4)}" r="4" fill="${ink}"/>`);
    if (drawing.selectedId === dot.id) canvas.add(selectionRing(box, true, palette));
  }
  for (const cluster of layout.clusters) {
    if (!(cluster.count > 1 || layout.dots.length === 0)) continue;
    const label = `+${cluster.count}`;
    const font: FontSpec = { size: 12, weight: 400 };
    const x = Math.min(cluster.x + 10, width - 40);
    const w = Math.max(28, canvas.measure(label, font) + 14);
    canvas.add(
      `<rect x="${n(x + 0.5)}" y="${n(drawing.dotsTop + 0.5)}" width="${n(w - 1)}" height="23" rx="11.5" fill="${palette.surface}" stroke="${palette.border}"/>`
    );
    canvas.text(x + w / 2, canvas.baseline(drawing.dotsTop, 12, 24), [{ text: label, font, fill: palette.text }], { anchor: 'middle' });
  }
}

