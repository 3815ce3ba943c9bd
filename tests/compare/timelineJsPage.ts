/**
 * Writes the local TimelineJS3 pages of the comparison: one HTML file per
 * language, laid out as TimelineJS's own embed page (the timeline fills the
 * window), its JS, CSS, locale and icon font read from node_modules, and
 * its default fonts (PT Serif, PT Sans, PT Sans Narrow, which its
 * font.default.css takes from Google Fonts) from @fontsource instead, so
 * that no request leaves the machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TlTimeline } from './toTimelineJs';

/** Where TimelineJS's built files are, relative to the repository. */
export const TLJS_DIST = 'node_modules/@knight-lab/timelinejs/dist';

/** TimelineJS's default font rules, with its Google Fonts @font-face blocks swapped for local files. */
export function localFontCss(root: string): string {
  const rules = readFileSync(join(root, TLJS_DIST, 'css/fonts/font.default.css'), 'utf8').replace(/@font-face\s*\{[^}]*\}/g, '');
  if (/https?:/.test(rules.replace(/\/\*[\s\S]*?\*\//g, ''))) throw new Error('font.default.css still names a remote URL');
  const faces = ['pt-sans/400.css', 'pt-sans/700.css', 'pt-sans-narrow/700.css', 'pt-serif/400.css', 'pt-serif/400-italic.css', 'pt-serif/700.css'];
  return faces.map((file) => `@import url('/node_modules/@fontsource/${file}');`).join('\n') + '\n' + rules;
}

/** The page for one language: TimelineJS's embed layout, the data inline, `window.timeline` once loaded. */
export function timelineJsHtml(data: TlTimeline, lang: string, fontCssUrl: string): string {
  const options = { language: lang, script_path: `/${TLJS_DIST}/js/`, font: fontCssUrl, hash_bookmark: false };
  // </script> cannot appear in JSON.stringify's output once "<" is escaped.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS3 (comparison, not shipped)</title>
<link rel="stylesheet" href="/${TLJS_DIST}/css/timeline.css">
<script src="/${TLJS_DIST}/js/timeline.js"></script>
<style>html, body { width: 100%; height: 100%; margin: 0; padding: 0 } #timeline-embed { height: 100% }</style>
</head>
<body>
<div id="timeline-embed"></div>
<script>
  const tl = new TL.Timeline('timeline-embed', ${json(data)}, ${json(options)});
  tl.on('loaded', () => { window.timeline = tl; });
</script>
</body>
</html>
`;
}

/** Writes `<lang>.html`, `<lang>.json` and the font CSS into `dir`; returns the pages' paths from the root. */
export function writeTimelineJsPages(root: string, dir: string, timelines: Record<string, TlTimeline>): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const fontCss = join(dir, 'font.pt.css');
  writeFileSync(fontCss, localFontCss(root));
  const pages: Record<string, string> = {};
  for (const [lang, data] of Object.entries(timelines)) {
    writeFileSync(join(dir, `${lang}.json`), JSON.stringify(data, null, 2));
    writeFileSync(join(dir, `${lang}.html`), timelineJsHtml(data, lang, `/${relative(root, fontCss)}`));
    pages[lang] = `/${relative(root, join(dir, `${lang}.html`))}`;
  }
  return pages;
}
