import unicodeRanges from '@fontsource/be-vietnam-pro/unicode.json';
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import latin700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url';
import latinExt700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-700-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vietnamese600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import vietnamese700 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2?url';
import type { EventKind } from '../data/schema';
import { fontProbes, type Box } from './fontProbes';
import { fontFaceCss, subsetsFor, type EmbeddedFont } from './fontSubsets';
import { BE_VIETNAM_PRO_METRICS, viewSvg, type FontMetrics, type FontSpec, type FontWeight, type Palette, type ViewSvg, type ViewSvgInput } from './viewSvg';

// The browser's part of a picture of the view: the theme's colours as the
// page resolves them, text measured in the page's own font, that font
// embedded (only the subsets and weights used, as data: URLs), and the SVG
// turned into a PNG by the browser's own SVG and canvas. Everything it
// fetches is the site's own font files, already in the browser's cache.

const FAMILY = 'Be Vietnam Pro';
/** Subsets in the order a character is looked for (see subsetsFor). */
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'] as const;
// The same files the page's stylesheet loads (Vite gives both one address).
const FONT_FILES: Record<(typeof SUBSETS)[number], Record<FontWeight, string>> = {
  latin: { 400: latin400, 600: latin600, 700: latin700 },
  vietnamese: { 400: vietnamese400, 600: vietnamese600, 700: vietnamese700 },
  'latin-ext': { 400: latinExt400, 600: latinExt600, 700: latinExt700 }
};
const WEIGHTS: FontWeight[] = [400, 600, 700];

const KINDS: EventKind[] = ['visit', 'working-visit', 'talks', 'award', 'agreement', 'cooperation-period', 'review'];
const PALETTE_VARIABLES: Record<Exclude<keyof Palette, 'kinds'>, string> = {
  bg: '--bg',
  surface: '--surface',
  plotBg: '--plot-bg',
  text: '--text',
  muted: '--muted',
  border: '--border',
  axis: '--axis',
  grid: '--grid',
  gridMajor: '--grid-major',
  ring: '--mark-ring',
  link: '--link'
};

/** "rgb(45, 107, 208)" as "#2d6bd0" (what every SVG reader knows); other forms as they are. */
function hexColour(colour: string): string {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*1)?\)$/.exec(colour);
  return match ? `#${match.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}` : colour;
}

/**
 * The theme's colours as the page shows them now (light or dark): each
 * custom property read through an element placed inside `within`, which the
 * browser resolves (light-dark() included) to a colour.
 */
export function readPalette(within: Element): Palette {
  const probe = document.createElement('span');
  probe.hidden = true;
  within.append(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return hexColour(getComputedStyle(probe).color);
  };
  const colours = Object.fromEntries(Object.entries(PALETTE_VARIABLES).map(([key, name]) => [key, read(name)]));
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, read(`--kind-${kind}`)])) as Record<EventKind, string>;
  probe.remove();
  return { ...(colours as Omit<Palette, 'kinds'>), kinds };
}

/** Text widths in the page's font, measured by a canvas (as the timeline measures its labels). */
function canvasMeasure(): (text: string, font: FontSpec) => number {
  const context = document.createElement('canvas').getContext('2d')!;
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight} ${font.size} ${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${font.weight} ${font.size}px '${FAMILY}'`;
      cache.set(key, (width = context.measureText(text).width));
    }
    return width;
  };
}

/** The font's ascent and descent as the browser lays out a line of it. */
function canvasMetrics(): FontMetrics {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `400 100px '${FAMILY}'`;
  const measured = context.measureText('Hg');
  const ascent = measured.fontBoundingBoxAscent / 100;
  const descent = measured.fontBoundingBoxDescent / 100;
  return ascent > 0 && descent >= 0 ? { ascent, descent } : BE_VIETNAM_PRO_METRICS;
}

/** Makes sure the weights and subsets the text needs are loaded, so measures are those of the real font. */
async function loadFonts(glyphs: Record<FontWeight, string>): Promise<void> {
  await Promise.all(
    WEIGHTS.filter((weight) => glyphs[weight]).map((weight) => document.fonts.load(`${weight} 16px '${FAMILY}'`, glyphs[weight]))
  );
}

/** A file of the site as a data: URL. */
async function dataUrl(address: string): Promise<string> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The faces (weight and subset) the glyphs need, their files as data: URLs. */
async function embeddedFaces(glyphs: Record<FontWeight, string>): Promise<EmbeddedFont[]> {
  const wanted = WEIGHTS.flatMap((weight) =>
    subsetsFor(glyphs[weight], unicodeRanges, SUBSETS).map((subset) => ({ weight, subset: subset as (typeof SUBSETS)[number] }))
  );
  return Promise.all(
    wanted.map(async ({ weight, subset }) => ({
      family: FAMILY,
      weight,
      unicodeRange: unicodeRanges[subset],
      src: await dataUrl(FONT_FILES[subset][weight])
    }))
  );
}

/** What a picture needs besides what the browser tells (colours, measures, font). */
export type PictureInput = Omit<ViewSvgInput, 'palette' | 'measure' | 'metrics' | 'fontCss'>;

/** A picture ready to save or draw: the SVG, and where to look to tell that its fonts are in. */
export interface Picture extends ViewSvg {
  probes: Box[];
}

/**
 * The view as a standalone SVG, its colours taken from the page (`themeFrom`
 * is an element of the page, e.g. the plot) and its font embedded. Drawn
 * twice: once to learn which characters it writes, whose fonts are then
 * loaded, and once measured in them.
 */
export async function makeViewSvg(input: PictureInput, themeFrom: Element): Promise<Picture> {
  const palette = readPalette(themeFrom);
  const draft = viewSvg({ ...input, palette, measure: canvasMeasure() });
  await loadFonts(draft.glyphs);
  const sized = { ...input, palette, measure: canvasMeasure(), metrics: canvasMetrics() };
  const faces = await embeddedFaces(viewSvg(sized).glyphs);
  const picture = viewSvg({ ...sized, fontCss: fontFaceCss(faces) });
  return { ...picture, probes: fontProbes(picture.runs, faces, picture, sized.measure, sized.metrics) };
}

/** An SVG loaded as an image, ready to draw. */
async function loadImage(svg: string, width: number, height: number): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const FONT_WAIT_MS = 3000;

/**
 * Draws the picture, again each frame until its fonts have arrived: until
 * every probe box shows ink the same picture without its text does not
 * (see fontProbes), or the fonts' block period has passed.
 */
async function drawOnceFontsAreIn(context: CanvasRenderingContext2D, picture: Picture, image: HTMLImageElement, scale: number) {
  const { width, height } = context.canvas;
  const boxes = picture.probes.map((box) => ({
    x: Math.floor(box.x * scale),
    y: Math.floor(box.y * scale),
    width: Math.max(1, Math.ceil(box.width * scale)),
    height: Math.max(1, Math.ceil(box.height * scale))
  }));
  if (!boxes.length) return context.drawImage(image, 0, 0, width, height);
  // The same picture without its text: what the probe boxes hold while a face is still loading.
  const bare = await loadImage(picture.svg.replace(/<text[\s>][\s\S]*?<\/text>/g, ''), picture.width, picture.height);
  context.drawImage(bare, 0, 0, width, height);
  const blank = boxes.map((box) => context.getImageData(box.x, box.y, box.width, box.height).data);
  const inked = () =>
    boxes.every((box, i) => {
      const now = context.getImageData(box.x, box.y, box.width, box.height).data;
      for (let at = 0; at < now.length; at++) if (Math.abs(now[at] - blank[i][at]) > 32) return true;
      return false;
    });
  const started = performance.now();
  for (;;) {
    context.clearRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    if (inked() || performance.now() - started > FONT_WAIT_MS) return;
    await new Promise((next) => requestAnimationFrame(next));
  }
}

/** The SVG drawn by the browser into a PNG `scale` times its size (2: sharp on high-density screens and in print). */
export async function svgToPng(picture: Picture, scale = 2): Promise<Blob> {
  const image = await loadImage(picture.svg, picture.width, picture.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  await drawOnceFontsAreIn(canvas.getContext('2d', { willReadFrequently: true })!, picture, image, scale);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make a PNG'))), 'image/png')
  );
}
