import type { TimelineEvent } from '../data/model';
import type { EventKind } from '../data/schema';
import type { LegendSymbol } from '../timeline/legend';
import type { PlotDrawing } from '../timeline/plotDrawing';
import type { Lang } from '../timeline/types';
import { drawLegend } from './svg/svgLegend';
import { drawPlot, Patterns, type Palette } from './svg/svgMarks';
import { escapeXml, n, paragraph, SvgCanvas, type FontMetrics, type FontSpec, type FontWeight, type Measure, type WrittenRun } from './svg/svgText';

export type { Palette } from './svg/svgMarks';
export type { FontMetrics, FontSpec, FontWeight, Measure, WrittenRun } from './svg/svgText';

// A picture of the view as a standalone SVG: the timeline's title, the date
// span and filters, the plot exactly as the screen draws it (the same layout,
// read from the timeline: see PlotDrawing), the legend, the source line and
// the address of the view. Pure: colours, text measures and the embedded
// font come in as parameters (src/lib/export/viewImage.ts finds them in the
// browser), so it is unit-tested without one. The plot and the legend are
// drawn by src/lib/export/svg/.

/** The words of the picture, in the page's language. */
export interface PictureTexts {
  title: string;
  /** The title in the second language, when one is shown. */
  secondTitle: string | null;
  /** The date span and how many events it holds ("1–31 May 2023 · 7 events"). */
  span: string;
  /** The search and filters that narrow the events, in words, or null. */
  filters: string | null;
  legendTitle: string;
  kindName: (kind: EventKind) => string;
  symbolName: (symbol: LegendSymbol) => string;
  /** The hedge a mark's label starts with ("c. 15 May 2023"), or null. */
  qualifier: (event: TimelineEvent) => string | null;
  /** Where the facts come from (the page's source line). */
  source: string;
  /** The address of the view. */
  address: string;
}

export interface ViewSvgInput {
  drawing: PlotDrawing;
  eventById: (id: string) => TimelineEvent | undefined;
  lang: Lang;
  texts: PictureTexts;
  palette: Palette;
  measure: Measure;
  metrics?: FontMetrics;
  /** @font-face rules to embed (the font as data: URLs), so the picture renders the same anywhere. */
  fontCss?: string;
}

export interface ViewSvg {
  svg: string;
  /** Size in CSS px (a PNG at 2× is twice as wide and high). */
  width: number;
  height: number;
  /** The characters written in each weight: which font subsets the picture needs. */
  glyphs: Record<FontWeight, string>;
  /** Where each run of text was written (to tell when the picture's fonts have arrived: see fontProbes). */
  runs: WrittenRun[];
}

/** Be Vietnam Pro's line box (hhea ascender and descender over its em), as Chromium lays it out. */
export const BE_VIETNAM_PRO_METRICS: FontMetrics = { ascent: 1.05, descent: 0.27 };

const PAD = 16;
const FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";

/**
 * The view as a standalone SVG: header (title, second-language title, span
 * and filters), the plot as drawn on screen, the legend, then the source
 * line and the address. Every text is escaped; with `fontCss`, the font
 * travels inside the file.
 */
export function viewSvg(input: ViewSvgInput): ViewSvg {
  const { drawing, texts, palette, lang } = input;
  const canvas = new SvgCanvas(input.measure, input.metrics ?? BE_VIETNAM_PRO_METRICS);
  const width = Math.round(drawing.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const patterns = new Patterns();

  let y = PAD;
  y = paragraph(canvas, texts.title, { x: PAD, top: y, width: inner }, { font: { size: 20, weight: 700 }, fill: palette.text, lineHeight: 26, maxLines: 3 });
  if (texts.secondTitle && drawing.second) {
    y = paragraph(canvas, texts.secondTitle, { x: PAD, top: y, width: inner }, {
      font: { size: 15, weight: 400 },
      fill: palette.muted,
      lineHeight: 20,
      maxLines: 2,
      lang: drawing.second
    });
  }
  y += 4;
  y = paragraph(canvas, texts.span, { x: PAD, top: y, width: inner }, { font: { size: 13, weight: 600 }, fill: palette.text, lineHeight: 18 });
  if (texts.filters) {
    y = paragraph(canvas, texts.filters, { x: PAD, top: y, width: inner }, { font: { size: 13, weight: 400 }, fill: palette.muted, lineHeight: 18, maxLines: 3 });
  }
  y += 10;

  // The plot, with its rules above and below, as on screen.
  const plotTop = y + 1;
  canvas.add(`<line x1="${PAD}" x2="${PAD + drawing.width}" y1="${n(y + 0.5)}" y2="${n(y + 0.5)}" stroke="${palette.border}"/>`);
  canvas.add(`<g transform="translate(${PAD} ${n(plotTop)})" clip-path="url(#plot)">`);
  canvas.origin = { x: PAD, y: plotTop };
  canvas.clip = { x: PAD, y: plotTop, width: drawing.width, height: drawing.height };
  drawPlot(canvas, { ...input, qualifier: texts.qualifier }, patterns);
  canvas.origin = { x: 0, y: 0 };
  canvas.clip = null;
  canvas.add('</g>');
  y = plotTop + drawing.height;
  canvas.add(`<line x1="${PAD}" x2="${PAD + drawing.width}" y1="${n(y + 0.5)}" y2="${n(y + 0.5)}" stroke="${palette.border}"/>`);
  y += 1 + 10;

  const legend = { entries: drawing.legend, title: texts.legendTitle, kindName: texts.kindName, symbolName: texts.symbolName, palette };
  y = drawLegend(canvas, legend, { x: PAD, top: y, width: inner }, patterns);
  y += 8;
  const small: FontSpec = { size: 11.5, weight: 400 };
  y = paragraph(canvas, texts.source, { x: PAD, top: y, width: inner }, { font: small, fill: palette.muted, lineHeight: 16 });
  y = paragraph(canvas, texts.address, { x: PAD, top: y, width: inner }, { font: small, fill: palette.link, lineHeight: 16, maxLines: 3 });
  const height = Math.round(y + PAD);

  const style = [
    input.fontCss ?? '',
    // Text reads the page's way: kerning and the font's own ligatures, no synthetic bold.
    `text{font-family:${FAMILY};font-kerning:normal;font-synthesis:none;white-space:pre}`
  ].join('');
  const defs = `<defs><style>${style}</style><clipPath id="plot"><rect width="${n(drawing.width)}" height="${n(drawing.height)}"/></clipPath>${patterns.defs()}</defs>`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${lang}" xml:lang="${lang}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escapeXml(texts.title)}</title>`,
    `<desc id="desc">${escapeXml([texts.span, texts.filters, texts.address].filter(Boolean).join(' — '))}</desc>`,
    defs,
    `<rect width="${width}" height="${height}" fill="${palette.bg}"/>`,
    ...canvas.parts,
    '</svg>'
  ].join('');
  return { svg, width, height, glyphs: canvas.glyphs(), runs: canvas.runs };
}
