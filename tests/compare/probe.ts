/**
 * What the comparison measures on a screen, the same way for both
 * timelines: run in the page by Playwright (each function is sent whole, so
 * it uses nothing from outside its body).
 */

/** Where each timeline draws its events and shows an event's text. */
export interface Selectors {
  /** Every mark standing for an event (bar, dot, marker). */
  marks: string;
  /** The element holding each mark's title, the one that clips it. */
  labels: string;
  /** The areas that draw the events (plot, overview strip, time navigation). */
  data: string[];
}

export interface ScreenFigures {
  /** CSS px from the top of the screen to the first event mark; null when none is on screen. */
  firstMarkY: number | null;
  marksOnScreen: number;
  labelsOnScreen: number;
  /** Labels on screen whose text is cut (clamped or clipped). */
  labelsCut: number;
  /** Share of the screen's area taken by the areas that draw events (0–1). */
  dataShare: number;
  /** Page wider than the screen (horizontal scroll), in px. */
  overflowX: number;
}

/** Figures of the first screen (the viewport only, as a reader sees it without scrolling). */
export function screenFigures(sel: Selectors): ScreenFigures {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const onScreen = (r: DOMRect) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
  const shown = (el: Element) => getComputedStyle(el).visibility !== 'hidden' && Number(getComputedStyle(el).opacity) > 0;
  const marks = [...document.querySelectorAll(sel.marks)].filter(shown).map((el) => el.getBoundingClientRect()).filter(onScreen);
  const labels = [...document.querySelectorAll(sel.labels)].filter((el) => shown(el) && onScreen(el.getBoundingClientRect()));
  const cut = labels.filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
  let area = 0;
  for (const selector of sel.data) {
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      area += Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    }
  }
  return {
    firstMarkY: marks.length ? Math.round(Math.min(...marks.map((r) => r.top))) : null,
    marksOnScreen: marks.length,
    labelsOnScreen: labels.length,
    labelsCut: cut.length,
    dataShare: Math.round((area / (vw * vh)) * 100) / 100,
    overflowX: Math.max(0, document.documentElement.scrollWidth - window.innerWidth)
  };
}

export interface ReadingFigures {
  /** Top of the event's title, CSS px from the top of the screen. */
  titleY: number;
  titleFontPx: number;
  summaryFontPx: number;
  /** Average characters per line of the summary as laid out. */
  charsPerLine: number;
  /** Whether the title's first line can be seen (on screen and not covered). */
  titleSeen: boolean;
  /** Share of the summary's lines a reader can see: on screen and not covered by anything (0–1). */
  summaryOnScreen: number;
}

/** Figures of an opened event: where its title is and how its summary reads. */
export function readingFigures(args: { title: string; summary: string }): ReadingFigures | null {
  const title = document.querySelector(args.title);
  const summary = document.querySelector(args.summary);
  if (!title || !summary) return null;
  const vh = window.innerHeight;
  const range = document.createRange();
  range.selectNodeContents(summary);
  // One rect per line box and inline fragment: keep one per distinct line top.
  const lines = new Map<number, DOMRect>();
  for (const r of range.getClientRects()) if (r.width > 1) lines.set(Math.round(r.top), r);
  const tops = [...lines.keys()];
  // A line is seen when the element at its middle is the text itself, not a sheet, a bar or an overlay over it.
  const seen = (el: Element, r: DOMRect) => {
    const y = r.top + r.height / 2;
    if (y < 0 || y >= vh) return false;
    const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), y);
    return !!hit && el.contains(hit);
  };
  const inside = [...lines.values()].filter((r) => seen(summary, r)).length;
  const titleRect = [...title.getClientRects()][0];
  const text = (summary.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    titleY: Math.round(title.getBoundingClientRect().top),
    titleSeen: !!titleRect && seen(title, titleRect),
    titleFontPx: parseFloat(getComputedStyle(title).fontSize),
    summaryFontPx: parseFloat(getComputedStyle(summary.querySelector('p') ?? summary).fontSize),
    charsPerLine: tops.length ? Math.round(text.length / tops.length) : 0,
    summaryOnScreen: tops.length ? Math.round((inside / tops.length) * 100) / 100 : 0
  };
}
