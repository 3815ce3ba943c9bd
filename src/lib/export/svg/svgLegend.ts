import type { EventKind } from '../../data/schema';
import type { LegendEntries, LegendSymbol } from '../../timeline/legend';
import { PERIOD_KINDS, type MarkPattern } from '../../timeline/markStyle';
import { shapeSvg, type Palette, type Patterns, type ShapeBox } from './svgMarks';
import { n, type FontSpec, type SvgCanvas } from './svgText';

// The legend in SVG, as Legend.svelte draws it: the kinds drawn, then the
// shapes and patterns drawn, each with its swatch, wrapping at the width.

/** What the legend needs: its entries, their names and the colours. */
export interface LegendInput {
  entries: LegendEntries;
  title: string;
  kindName: (kind: EventKind) => string;
  symbolName: (symbol: LegendSymbol) => string;
  palette: Palette;
}

/** Draws a legend swatch (22 × 16 px at x, y), as Legend.svelte does. */
function drawSwatch(canvas: SvgCanvas, entry: { kind?: EventKind; symbol?: LegendSymbol }, x: number, y: number, input: LegendInput, patterns: Patterns) {
  const { palette } = input;
  const ink = entry.kind ? palette.kinds[entry.kind] : palette.muted;
  const none: MarkPattern = { approximate: false, openEnd: false, dayUnknown: false };
  const dot = { x: x + 5, y: y + 2, w: 12, h: 12 };
  const bar = { x, y: y + 4, w: 22, h: 8 };
  const shape = (kind: 'dot' | 'bar' | 'period', box: ShapeBox, pattern: Partial<MarkPattern> = {}, selected = false) =>
    canvas.add(shapeSvg(kind, box, { ...none, ...pattern }, ink, selected, palette, patterns));
  if (entry.kind) {
    if (PERIOD_KINDS.has(entry.kind)) shape('period', bar);
    else shape('dot', dot);
    return;
  }
  switch (entry.symbol) {
    case 'day':
      return shape('dot', dot);
    case 'range':
      return shape('bar', bar);
    case 'dayUnknown':
      return shape('bar', { x, y: y + 3, w: 22, h: 10 }, { dayUnknown: true });
    case 'approximate':
      return shape('bar', bar, { approximate: true });
    case 'ongoing':
      return shape('bar', { ...bar, w: 14 }, { openEnd: true });
    case 'milestones':
      return canvas.add(
        `<path d="M${n(x + 7)} ${n(y + 2)}H${n(x + 3)}V${n(y + 13)}H${n(x + 7)}" fill="none" stroke="${ink}" stroke-width="2"/>` +
          `<circle cx="${n(x + 12.5)}" cy="${n(y + 3.5)}" r="3.5" fill="${ink}"/><circle cx="${n(x + 12.5)}" cy="${n(y + 12.5)}" r="3.5" fill="${ink}"/>`
      );
    case 'selected':
      return shape('dot', dot, {}, true);
    case 'more': {
      const pill: FontSpec = { size: 10, weight: 400 };
      const w = canvas.measure('+n', pill) + 8;
      canvas.add(`<rect x="${n(x + 0.5)}" y="${n(y + 0.5)}" width="${n(w - 1)}" height="15" rx="7.5" fill="none" stroke="${palette.border}"/>`);
      return canvas.text(x + w / 2, canvas.baseline(y, 10, 16), [{ text: '+n', font: pill, fill: palette.text }], { anchor: 'middle' });
    }
  }
}

/** The legend from `top`, wrapping at `width`; returns the y below it. */
export function drawLegend(canvas: SvgCanvas, input: LegendInput, at: { x: number; top: number; width: number }, patterns: Patterns): number {
  const { entries, palette } = input;
  const font: FontSpec = { size: 13, weight: 400 };
  const titleFont: FontSpec = { size: 13, weight: 600 };
  const rowHeight = 21;
  const items: { width: number; draw: (x: number, top: number) => void }[] = [
    {
      width: canvas.measure(input.title, titleFont),
      draw: (x, top) => canvas.text(x, canvas.baseline(top, 13, rowHeight), [{ text: input.title, font: titleFont, fill: palette.text }])
    }
  ];
  const entry = (name: string, fill: string, swatch: { kind?: EventKind; symbol?: LegendSymbol }) =>
    items.push({
      width: 22 + 5.6 + canvas.measure(name, font),
      draw: (x, top) => {
        drawSwatch(canvas, swatch, x, top + (rowHeight - 16) / 2, input, patterns);
        canvas.text(x + 27.6, canvas.baseline(top, 13, rowHeight), [{ text: name, font, fill }]);
      }
    });
  for (const kind of entries.kinds) entry(input.kindName(kind), palette.text, { kind });
  for (const symbol of entries.symbols) entry(input.symbolName(symbol), palette.muted, { symbol });

  let x = at.x;
  let top = at.top;
  items.forEach((item, i) => {
    const gap = i === 0 ? 0 : 12;
    if (i > 0 && x + gap + item.width > at.x + at.width) {
      x = at.x;
      top += rowHeight;
    } else x += gap;
    item.draw(x, top);
    x += item.width;
  });
  return top + rowHeight;
}

