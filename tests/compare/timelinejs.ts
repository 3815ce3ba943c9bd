/**
 * `npm run compare`: our timeline next to TimelineJS3 on the same events,
 * for people to look at, never shipped. Converts the compiled data to
 * TimelineJS's JSON (toTimelineJs.ts), writes local TimelineJS pages
 * (timelineJsPage.ts), serves them and our built site (build/, from
 * `npm run build`), and takes screenshots of both at 1280 × 800 and
 * 390 × 844, in English and French: the first screen, and the May 2023 visit
 * and the April 2024 talks opened. Every request that would leave
 * 127.0.0.1 is blocked and counted. Writes test-results/compare/: the PNGs,
 * figures.json and SUMMARY.md.
 *
 * Options: --sizes 1280x800,390x844  --langs en,fr  --runs 5 (loads timed per
 * timeline). Ports: COMPARE_PORT (default 4295) for our site, +1 for the
 * TimelineJS pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { compileTimeline } from '../../src/lib/data/compileTimeline';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import type { Lang } from '../../src/lib/timeline/types';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { readingFigures, screenFigures, type ReadingFigures, type ScreenFigures, type Selectors } from './probe';
import { serveFiles, serveOurSite, type Running } from './servers';
import { writeTimelineJsPages } from './timelineJsPage';
import { toTimelineJs } from './toTimelineJs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = join(ROOT, 'test-results/compare');
const OPENED = ['visit-2023-05', 'talks-2024-04'] as const;

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
};
const SIZES = arg('sizes', '1280x800,390x844')
  .split(',')
  .map((s) => s.split('x').map(Number))
  .map(([width, height]) => ({ width, height }));
const LANGS = arg('langs', 'en,fr').split(',') as Lang[];
const RUNS = Number(arg('runs', '5'));
const PORT = Number(process.env.COMPARE_PORT ?? 4295);

/** How to reach each timeline's parts; `open` shows one event as a reader's click would. */
interface Tool {
  name: 'ours' | 'timelinejs';
  url(lang: Lang): string;
  ready(page: Page): Promise<void>;
  open(page: Page, lang: Lang, id: string): Promise<void>;
  selectors: Selectors;
  reading(id: string): { title: string; summary: string };
}

function ourTool(site: Running): Tool {
  return {
    name: 'ours',
    url: (lang) => `${site.url}/${lang}`,
    async ready(page) {
      await page.locator('.plot button[data-event-id]').first().waitFor({ state: 'visible' });
    },
    // A shared link to the event opens it as a click does (the URL holds the selection).
    async open(page, lang, id) {
      await page.goto(`${site.url}/${lang}?event=${id}`);
      await page.locator('#details-title').waitFor({ state: 'visible' });
    },
    selectors: { marks: '.plot button[data-event-id]', labels: '.plot .label:not(.second)', data: ['.plot', '.overview-slot'] },
    reading: () => ({ title: '#details-title', summary: 'article.details .summary' })
  };
}

function timelineJsTool(files: Running, pages: Record<string, string>): Tool {
  const ready = async (page: Page) => {
    await page.waitForFunction(() => 'timeline' in window);
    await page.locator('.tl-timemarker-content-container').first().waitFor({ state: 'visible' });
  };
  return {
    name: 'timelinejs',
    url: (lang) => files.url + pages[lang],
    ready,
    // goToId is what a click on a marker calls. On a touch screen a reader
    // first taps away the "Swipe to navigate" message that covers the first screen.
    async open(page, lang, id) {
      await page.goto(files.url + pages[lang]);
      await ready(page);
      const swipe = page.locator('.tl-message-full');
      if (await swipe.isVisible()) {
        await swipe.click();
        await swipe.waitFor({ state: 'hidden' });
      }
      await page.evaluate((eventId) => (window as unknown as { timeline: { goToId(id: string): void } }).timeline.goToId(eventId), id);
    },
    selectors: { marks: '.tl-timemarker-content-container', labels: '.tl-timemarker .tl-headline', data: ['.tl-timenav'] },
    reading: (id) => ({ title: `#${id} .tl-headline`, summary: `#${id} .tl-text-content` })
  };
}

/** Requests aimed anywhere but this machine, blocked; the list says which. */
async function newContext(browser: Browser, size: { width: number; height: number }, blocked: string[]): Promise<BrowserContext> {
  const phone = size.width < 1024;
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, colorScheme: 'light' });
  // tsx keeps function names through a __name helper the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return context;
}

/** Lets fonts, transitions and TimelineJS's slide animation (1 s by default) finish. */
async function settle(page: Page, ms: number) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(ms);
}

interface Shot {
  tool: Tool['name'];
  lang: Lang;
  size: string;
  state: 'first' | (typeof OPENED)[number];
  file: string;
  screen: ScreenFigures;
  reading?: ReadingFigures | null;
}

async function shoot(browser: Browser, tool: Tool, blocked: string[]): Promise<Shot[]> {
  const shots: Shot[] = [];
  for (const size of SIZES) {
    const at = `${size.width}x${size.height}`;
    for (const lang of LANGS) {
      const context = await newContext(browser, size, blocked);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`${tool.name} ${lang} ${at}: ${error.message}`));
      await page.goto(tool.url(lang));
      await tool.ready(page);
      await settle(page, 600);
      let file = `${tool.name}-${lang}-${at}-first.png`;
      await page.screenshot({ path: join(OUT, file) });
      shots.push({ tool: tool.name, lang, size: at, state: 'first', file, screen: await page.evaluate(screenFigures, tool.selectors) });
      for (const id of OPENED) {
        await tool.open(page, lang, id);
        await settle(page, 1600);
        file = `${tool.name}-${lang}-${at}-${id}.png`;
        await page.screenshot({ path: join(OUT, file) });
        shots.push({
          tool: tool.name,
          lang,
          size: at,
          state: id,
          file,
          screen: await page.evaluate(screenFigures, tool.selectors),
          reading: await page.evaluate(readingFigures, tool.reading(id))
        });
      }
      await context.close();
    }
  }
  return shots;
}

interface Load {
  tool: Tool['name'];
  /** Bytes by kind as the page received them (decoded), and gzip -9 of the same bodies. */
  bytes: Record<'script' | 'stylesheet' | 'font' | 'document' | 'other', { raw: number; gzip: number; files: number }>;
  /** Medians over the runs, ms from navigation start. */
  firstContentfulPaint: number;
  firstMarkPainted: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Cold loads of the English first screen at 1280 × 800: bytes of the first, times of every run. */
async function load(browser: Browser, tool: Tool, blocked: string[]): Promise<Load> {
  const fcp: number[] = [];
  const firstMark: number[] = [];
  const bytes = {} as Load['bytes'];
  for (const kind of ['script', 'stylesheet', 'font', 'document', 'other'] as const) bytes[kind] = { raw: 0, gzip: 0, files: 0 };
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser, { width: 1280, height: 800 }, blocked);
    // The first animation frame in which a mark is laid out on screen.
    await context.addInitScript(`(() => {
      const tick = () => {
        const el = document.querySelector(${JSON.stringify(tool.selectors.marks)});
        if (el && el.getBoundingClientRect().width > 0) { window.__firstMark = performance.now(); return; }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })();`);
    const page = await context.newPage();
    const bodies: Promise<void>[] = [];
    if (run === 0) {
      page.on('response', (response) => {
        const type = response.request().resourceType();
        const kind = (type in bytes ? type : 'other') as keyof Load['bytes'];
        bodies.push(
          response.body().then(
            (body) => {
              bytes[kind].raw += body.length;
              bytes[kind].gzip += gzipSync(body, { level: 9 }).length;
              bytes[kind].files += 1;
            },
            () => undefined
          )
        );
      });
    }
    await page.goto(tool.url('en'));
    await tool.ready(page);
    await page.waitForFunction(() => '__firstMark' in window);
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    const times = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      mark: (window as unknown as { __firstMark: number }).__firstMark
    }));
    fcp.push(times.fcp);
    firstMark.push(times.mark);
    await context.close();
  }
  return { tool: tool.name, bytes, firstContentfulPaint: Math.round(median(fcp)), firstMarkPainted: Math.round(median(firstMark)), runs: RUNS };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number) => `${Math.round(n * 100)} %`;

function summary(shots: Shot[], loads: Load[], blocked: string[]): string {
  const lines = [
    '# Our timeline next to TimelineJS3 (npm run compare)',
    '',
    `Same events (data/), titles and summaries in one language, no media. TimelineJS3 ${TLJS_VERSION} fills the window as its own embed page does; its default fonts are served locally.`,
    `Requests blocked because they left 127.0.0.1: ${blocked.length}${blocked.length ? ` (${[...new Set(blocked)].join(', ')})` : ''}.`,
    '',
    '## First screen and opened events',
    '',
    'y in CSS px from the top of the screen. Labels cut: clamped or clipped titles among those on screen. Share drawing events: our plot and overview strip, TimelineJS\'s time navigation. Summary lines seen: lines of the opened event\'s summary on screen and not covered (by a sheet, a bar, an overlay). Chars per line: the summary\'s average.',
    '',
    '| screenshot | first mark at y | marks on screen | labels cut / shown | share drawing events | title at y (seen) | summary lines seen | chars per line | horizontal overflow |',
    '|---|---|---|---|---|---|---|---|---|'
  ];
  for (const s of shots) {
    const r = s.reading;
    lines.push(
      `| ${s.file} | ${s.screen.firstMarkY ?? '–'} | ${s.screen.marksOnScreen} | ${s.screen.labelsCut} / ${s.screen.labelsOnScreen} | ${pct(s.screen.dataShare)} | ${r ? `${r.titleY} (${r.titleSeen ? 'yes' : 'no'})` : '–'} | ${r ? pct(r.summaryOnScreen) : '–'} | ${r ? r.charsPerLine : '–'} | ${s.screen.overflowX} px |`
    );
  }
  lines.push('', `## Loading the English first screen at 1280 × 800 (cold, median of ${RUNS})`, '');
  lines.push('| timeline | JS (gzip) | JS files | CSS (gzip) | fonts | document (gzip) | first contentful paint | first mark painted |', '|---|---|---|---|---|---|---|---|');
  for (const l of loads) {
    lines.push(
      `| ${l.tool} | ${kb(l.bytes.script.raw)} (${kb(l.bytes.script.gzip)}) | ${l.bytes.script.files} | ${kb(l.bytes.stylesheet.raw)} (${kb(l.bytes.stylesheet.gzip)}) | ${kb(l.bytes.font.raw)} in ${l.bytes.font.files} | ${kb(l.bytes.document.raw)} (${kb(l.bytes.document.gzip)}) | ${l.firstContentfulPaint} ms | ${l.firstMarkPainted} ms |`
    );
  }
  lines.push('', 'Times are from a shared 2-core machine: compare them with each other, not with the world.', '');
  return lines.join('\n');
}

const TLJS_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/package.json'), 'utf8')).version;

async function main() {
  mkdirSync(OUT, { recursive: true });
  const data = compileTimeline(readDataFolder(join(ROOT, 'data')).raw);
  const pages = writeTimelineJsPages(ROOT, join(OUT, 'timelinejs'), Object.fromEntries(LANGS.map((lang) => [lang, toTimelineJs(data, lang)])));
  const site = await serveOurSite(ROOT, PORT);
  const files = await serveFiles(ROOT, PORT + 1);
  const browser = await chromium.launch({ headless: true, ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_ARGS });
  try {
    const blocked: string[] = [];
    const tools = [ourTool(site), timelineJsTool(files, pages)];
    const shots: Shot[] = [];
    const loads: Load[] = [];
    for (const tool of tools) {
      shots.push(...(await shoot(browser, tool, blocked)));
      loads.push(await load(browser, tool, blocked));
    }
    writeFileSync(join(OUT, 'figures.json'), JSON.stringify({ shots, loads, blocked }, null, 2));
    writeFileSync(join(OUT, 'SUMMARY.md'), summary(shots, loads, blocked));
    console.log(summary(shots, loads, blocked));
  } finally {
    await browser.close();
    await files.close();
    await site.close();
  }
}

await main();
