import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from './build';
import type { Machine } from './machine';
import { machineLine } from './machine';
import type { PageResult } from './measurePage';
import { groupParts, isOwnCode, type JsBreakdown } from './jsPackages';
import type { ProfileSummary, TraceSummary } from './profile';
import { serverLoadMarkdown, serverLoadText, type ServerLoadResult } from './serverLoad';
import { FRAME_BUDGET_MS, withinFrame } from './stats';
import type { DataPipelineTimes } from './timeDataPipeline';
import { ROOT } from './paths';

/** Everything measured for one data set size. */
export interface SizeResult {
  size: number;
  /** The project's own record (data/), not generated events. */
  record?: boolean;
  generate: { ms: number; written: boolean; dataDir: string };
  pipeline: DataPipelineTimes | null;
  build: (Omit<BuildResult, 'log'> & { htmlBytes: number | null; dataFileBytes?: number | null }) | null;
  /** CPU busy share (0–1) on the machine just before the pages were measured. */
  cpuBusy: number | null;
  ours: PageResult | null;
  /** The embed page, or "n/a" when the build has none. */
  embed: PageResult | 'n/a' | null;
  vis: PageResult | null;
  /** The JS of /en and /en/embed package by package (from the build's source maps). */
  jsPackages?: JsBreakdown[];
  /** CPU profiles of the bursts, from an unminified build. */
  profile?: { zoom: ProfileSummary; pan: ProfileSummary; zoomTrace?: TraceSummary; panTrace?: TraceSummary; build: string } | { error: string };
  errors: string[];
}

export interface BenchResults {
  date: string;
  machine: Machine;
  command: string;
  seconds: number;
  sizes: SizeResult[];
  targets: TargetCheck[];
  /** The static server under load (lib/serverLoad.ts), when it was run. */
  server?: ServerLoadResult;
}

export interface TargetCheck {
  target: string;
  /** true met, false missed, null not measured in this run. */
  met: boolean | null;
  detail: string;
}

// ---- formatting --------------------------------------------------------------

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
const pct = (share: number) => (Number.isNaN(share) ? '–' : `${Math.round(share * 100)}%`);
const secs = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${(value / 1000).toFixed(1)} s`);

/** "12.3 KB (45.6 KB)": gzip, then raw. */
const bytesCell = (b: { raw: number; gzip: number } | undefined) => (b && b.raw ? `${kb(b.gzip)} (${kb(b.raw)})` : '–');

type Burst = 'zoom' | 'pan' | 'zoomPaced' | 'panPaced';

/** "p95 / dropped": the frame time 95% of frames beat, and the share of 60 Hz slots with no new frame. */
function burstCell(page: PageResult | null, which: Burst): string {
  const burst = page?.[which];
  if (!burst) return '–';
  const partial = burst.steps < 60 ? ` [${burst.steps}/60 steps]` : '';
  const p95 = burst.p95Ms < 100 ? `${burst.p95Ms.toFixed(1)} ms` : ms(burst.p95Ms);
  return `${p95} / ${pct1(burst.dropped)}${partial}`;
}

/** A share with one decimal under 10% (the targets are 2%). */
const pct1 = (share: number | undefined) =>
  share === undefined || Number.isNaN(share) ? '–' : share < 0.1 ? `${(share * 100).toFixed(1)}%` : `${Math.round(share * 100)}%`;

type Row = string[];

/** A size's first cell: the count, and "(data/)" for the project's own record. */
export const sizeLabel = (r: Pick<SizeResult, 'size' | 'record'>) => (r.record ? `${r.size} (data/)` : String(r.size));

/** Ready over first paint (both medians): how much later than it shows the page takes input. */
const readyOverPaint = (page: PageResult) => (page.readyMs && page.paintMs ? page.readyMs / page.paintMs : null);

/** "944 ms (2.3×)": the median ready time and, when known, its ratio to the median first paint. */
function readyCell(page: PageResult): string {
  if (page.readyMs === null) return 'timeout';
  const ratio = readyOverPaint(page);
  return ratio === null ? ms(page.readyMs) : `${ms(page.readyMs)} (${ratio.toFixed(1)}×)`;
}

function pageRow(size: string, name: string, page: PageResult | 'n/a' | null): Row {
  if (page === 'n/a') return [size, name, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  if (!page) return [size, name, 'failed', '', '', '', '', '', '', ''];
  return [
    size,
    name,
    bytesCell(page.bytes?.js),
    bytesCell(page.bytes?.css),
    bytesCell(page.bytes?.html),
    ms(page.paintMs),
    readyCell(page),
    burstCell(page, 'zoom'),
    burstCell(page, 'pan'),
    page.heapMb === null ? '–' : `${page.heapMb.toFixed(1)} MB`
  ];
}

function markdownTable(header: Row, rows: Row[]): string {
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function textTable(header: Row, rows: Row[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: Row) => cells.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const PAGE_HEADER: Row = [
  'events',
  'page',
  'JS gzip (raw)',
  'CSS gzip (raw)',
  'HTML gzip (raw)',
  'first paint (median FCP)',
  'ready (median; × first paint)',
  'fast wheel zoom p95 / dropped',
  'fast drag pan p95 / dropped',
  'JS heap'
];

/**
 * The frames table: the fast input of issue 15 (wheel notches and drag moves
 * sent every 16.7 ms without waiting for the page) and the paced input of
 * earlier runs (each step awaited, so a slow page sets the pace).
 */
const FRAMES_HEADER: Row = [
  'events',
  'page',
  'fast wheel zoom p95 / dropped',
  'fast drag pan p95 / dropped',
  'paced wheel p95 / dropped',
  'paced drag p95 / dropped',
  'frames median (fast zoom / pan)'
];

function framesRows(results: SizeResult[]): Row[] {
  const row = (size: number, name: string, page: PageResult | null): Row => [
    String(size),
    name,
    burstCell(page, 'zoom'),
    burstCell(page, 'pan'),
    burstCell(page, 'zoomPaced'),
    burstCell(page, 'panPaced'),
    page?.zoom && page.pan ? `${ms(page.zoom.medianMs)} / ${ms(page.pan.medianMs)}` : '–'
  ];
  return results.flatMap((r) => [row(r.size, 'ours /en', r.ours), ...(r.vis ? [row(r.size, 'vis-timeline', r.vis)] : [])]);
}

function pageRows(results: SizeResult[]): Row[] {
  return results.flatMap((r) => [
    pageRow(sizeLabel(r), 'ours /en', r.ours),
    pageRow(sizeLabel(r), 'ours /en/embed', r.embed),
    ...(r.vis === null && !r.errors.some((e) => e.startsWith('vis-timeline')) ? [] : [pageRow(sizeLabel(r), 'vis-timeline', r.vis)])
  ]);
}

/** How many times better ours is (vis / ours); "–" when either is missing. */
function ratio(vis: number | null | undefined, ours: number | null | undefined): string {
  if (!vis || !ours) return '–';
  return `${(vis / ours).toFixed(1)}×`;
}

const RATIO_HEADER: Row = ['events', 'ready: vis / ours', 'zoom p95: vis / ours', 'pan p95: vis / ours'];

function ratioRows(results: SizeResult[]): Row[] {
  return results.map((r) => [
    sizeLabel(r),
    r.vis && r.vis.readyMs === null && r.ours?.readyMs
      ? `> ${ratio(r.vis.readyTimeoutMs, r.ours.readyMs)} (vis timed out)`
      : ratio(r.vis?.readyMs, r.ours?.readyMs),
    ratio(r.vis?.zoom?.p95Ms, r.ours?.zoom?.p95Ms),
    ratio(r.vis?.pan?.p95Ms, r.ours?.pan?.p95Ms)
  ]);
}

const BUILD_HEADER: Row = ['events', 'generate', 'read YAML', 'validate', 'JSON', 'build', 'build peak RSS', '/en HTML', 'data file (packed)', 'CPU busy'];

function buildRows(results: SizeResult[]): Row[] {
  return results.map((r) => [
    sizeLabel(r),
    r.generate.written ? secs(r.generate.ms) : 'cached',
    secs(r.pipeline?.readMs),
    secs(r.pipeline?.compileMs),
    r.pipeline ? mb(r.pipeline.jsonBytes) : '–',
    r.build ? `${secs(r.build.ms)}${r.build.ok ? (r.build.workaround ? ' *' : '') : ' FAILED'}` : '–',
    r.build?.peakRssMb ? `${r.build.peakRssMb} MB` : '–',
    r.build?.htmlBytes ? mb(r.build.htmlBytes) : '–',
    r.build?.dataFileBytes ? mb(r.build.dataFileBytes) : 'inlined',
    r.cpuBusy === null ? '–' : pct(r.cpuBusy)
  ]);
}

// ---- targets -----------------------------------------------------------------

/** Issue 15's bound on the share of 60 Hz slots without a frame under the fast input. */
export const MAX_DROPPED = 0.02;

/** The JS budget of a language page and of the embed page, with the named stack (issue 11): 100 KB gzip each. */
export const JS_BUDGET_BYTES = 100 * 1024;

/** Checks the targets of the issue against the results; a target whose size was not run is "not measured". */
export function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (size: number) => results.find((r) => r.size === size && !r.record);
  const checks: TargetCheck[] = [];
  const maxGzip = (pick: (r: SizeResult) => PageResult | 'n/a' | null) => {
    const values = results.map(pick).filter((p): p is PageResult => !!p && p !== 'n/a' && !!p.bytes).map((p) => p.bytes!.js.gzip);
    return values.length ? Math.max(...values) : null;
  };
  const embedJs = maxGzip((r) => r.embed);
  const embedAbsent = results.length > 0 && results.every((r) => r.embed === 'n/a');
  checks.push({
    target: `Embed page JS ≤ ${kb(JS_BUDGET_BYTES)} gzip`,
    met: embedJs === null ? null : embedJs <= JS_BUDGET_BYTES,
    detail: embedJs === null ? (embedAbsent ? 'no embed page in this build' : 'not measured') : kb(embedJs)
  });
  const langJs = maxGzip((r) => r.ours);
  checks.push({
    target: `Language page JS ≤ ${kb(JS_BUDGET_BYTES)} gzip`,
    met: langJs === null ? null : langJs <= JS_BUDGET_BYTES,
    detail: langJs === null ? 'not measured' : kb(langJs)
  });

  const readyUnder = (size: number, limit: number) => {
    const r = at(size);
    const ready = r?.ours?.readyMs;
    checks.push({
      target: `${size.toLocaleString('en')} events: ready < ${limit / 1000} s`,
      met: !r ? null : ready === null || ready === undefined ? false : ready < limit,
      detail: !r ? 'size not run' : ready === null || ready === undefined ? 'did not get ready' : ms(ready)
    });
  };
  // Issue 15: under the fast wheel and drag, p95 within a 60 Hz frame and at most 2% of the slots without a frame.
  const smooth = (size: number) => {
    const r = at(size);
    const zoom = r?.ours?.zoom;
    const pan = r?.ours?.pan;
    const ok = !!zoom && !!pan && [zoom, pan].every((b) => withinFrame(b.p95Ms, FRAME_BUDGET_MS) && b.dropped <= MAX_DROPPED);
    checks.push({
      target: `${size.toLocaleString('en')} events: fast wheel zoom and drag pan p95 ≤ ${FRAME_BUDGET_MS} ms, ≤ ${MAX_DROPPED * 100}% dropped`,
      met: !r ? null : ok,
      detail: !r ? 'size not run' : `zoom ${burstCell(r.ours, 'zoom')}, pan ${burstCell(r.ours, 'pan')}`
    });
  };
  smooth(1_000);
  readyUnder(10_000, 1000);
  smooth(10_000);
  readyUnder(100_000, 3000);
  smooth(100_000);

  const r = at(10_000);
  const times = (vis: number | null | undefined, ours: number | null | undefined) => (vis && ours ? vis / ours : null);
  const readyX = r ? times(r.vis?.readyMs, r.ours?.readyMs) : null;
  const zoomX = r ? times(r.vis?.zoom?.p95Ms, r.ours?.zoom?.p95Ms) : null;
  const panX = r ? times(r.vis?.pan?.p95Ms, r.ours?.pan?.p95Ms) : null;
  // vis-timeline not ready by the time-out: ours is at least time-out / ours better.
  const visTimedOut = !!r?.vis && r.vis.readyMs === null && !!r.ours?.readyMs;
  const readyAtLeast = visTimedOut ? r!.vis!.readyTimeoutMs / r!.ours!.readyMs! : readyX;
  checks.push({
    target: '10,000 events: ≥ 10× better than vis-timeline on ready time',
    met: readyAtLeast === null ? null : readyAtLeast >= 10,
    detail: readyAtLeast === null ? 'not measured' : `${visTimedOut ? '> ' : ''}${readyAtLeast.toFixed(1)}×${visTimedOut ? ' (vis-timeline timed out)' : ''}`
  });
  checks.push({
    target: '10,000 events: ≥ 5× better than vis-timeline on p95 frame (zoom and pan)',
    met: zoomX === null || panX === null ? null : zoomX >= 5 && panX >= 5,
    detail: zoomX === null || panX === null ? 'not measured' : `zoom ${zoomX.toFixed(1)}×, pan ${panX.toFixed(1)}×`
  });
  checks.push(...interactiveChecks(results));
  checks.push(lighthouseCheck());
  return checks;
}

/** Issue 15: interactive within 1.5× of first paint at every size, the record no later than vis-timeline, the heap at 100,000. */
function interactiveChecks(results: SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const measured = results.filter((r) => r.ours && r.ours.readyMs !== null && r.ours.paintMs !== null);
  const ratios = measured.map((r) => ({ label: sizeLabel(r), ratio: readyOverPaint(r.ours!)! }));
  checks.push({
    target: 'Every size: ready ≤ 1.5× first paint (/en)',
    met: ratios.length ? ratios.every((r) => r.ratio <= 1.5) : null,
    detail: ratios.length ? ratios.map((r) => `${r.label}: ${r.ratio.toFixed(2)}×`).join(', ') : 'not measured'
  });
  const record = results.find((r) => r.record);
  const ours = record?.ours?.readyMs;
  const vis = record?.vis?.readyMs;
  checks.push({
    target: 'The record (data/): ready no later than vis-timeline’s with the same events',
    met: ours && vis ? ours <= vis : null,
    detail: ours && vis ? `${ms(ours)} vs ${ms(vis)}` : 'not measured (run with --sizes data,…)'
  });
  const heap = results.find((r) => r.size === 100_000 && !r.record)?.ours?.heapMb;
  checks.push({
    target: '100,000 events: JS heap after ready (after GC) < 100 MB',
    met: heap === undefined || heap === null ? null : heap < 100,
    detail: heap === undefined || heap === null ? 'not measured' : `${heap.toFixed(1)} MB`
  });
  return checks;
}

const LIGHTHOUSE_RESULTS = join(ROOT, 'tests/lighthouse/results/latest.json');

/** Lighthouse is not run here: its target is read from the last `npm run lighthouse`, when there is one. */
function lighthouseCheck(): TargetCheck {
  const target = 'Lighthouse performance 100 (language and embed page)';
  if (!existsSync(LIGHTHOUSE_RESULTS)) return { target, met: null, detail: 'not measured here; run npm run lighthouse' };
  try {
    const report = JSON.parse(readFileSync(LIGHTHOUSE_RESULTS, 'utf8')) as {
      date?: string;
      results?: { path?: string; formFactor?: string; scores?: { performance?: number } }[];
    };
    const pages = (report.results ?? []).filter((r) => /^\/[a-z]{2}(\/embed)?$/.test(r.path ?? ''));
    if (!pages.length) return { target, met: null, detail: 'no language or embed page in the last npm run lighthouse' };
    const scores = pages.map((r) => `${r.path} ${r.formFactor ?? ''} ${r.scores?.performance ?? '?'}`.replace(/\s+/g, ' '));
    return {
      target,
      met: pages.every((r) => r.scores?.performance === 100),
      detail: `from npm run lighthouse of ${report.date?.slice(0, 16) ?? '?'}: ${scores.join(', ')}`
    };
  } catch (error) {
    return { target, met: null, detail: `cannot read ${LIGHTHOUSE_RESULTS}: ${(error as Error).message}` };
  }
}

const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');

// ---- outputs ------------------------------------------------------------------

/** The table printed to the terminal. */
export function textReport(results: BenchResults): string {
  return [
    `Benchmark, ${results.date}, ${machineLine(results.machine)}`,
    '',
    textTable(PAGE_HEADER, pageRows(results.sizes)),
    '',
    textTable(FRAMES_HEADER, framesRows(results.sizes)),
    '',
    textTable(RATIO_HEADER, ratioRows(results.sizes)),
    '',
    textTable(BUILD_HEADER, buildRows(results.sizes)),
    '',
    'Targets (issues 5, 11 and 15):',
    ...results.targets.map((t) => `  ${mark(t.met)} ${t.target}: ${t.detail}`),
    ...packagesLines(results.sizes),
    ...profileLines(results.sizes),
    ...noteLines(results.sizes),
    ...(results.server ? ['', serverLoadText(results.server)] : [])
  ].join('\n');
}

function profileLines(sizes: SizeResult[]): string[] {
  const lines: string[] = [];
  for (const r of sizes) {
    if (!r.profile) continue;
    if ('error' in r.profile) {
      lines.push('', `CPU profile at ${r.size} events failed: ${r.profile.error}`);
      continue;
    }
    for (const which of ['zoom', 'pan'] as const) {
      const p = r.profile[which];
      const trace = r.profile[`${which}Trace`];
      if (trace) {
        lines.push(
          '',
          `Performance trace, fast ${which}, ${r.size.toLocaleString('en')} events: main thread busy ${Math.round(trace.busyMs)} ms of ${Math.round(trace.totalMs)} ms ` +
            `(CPU ${Math.round(trace.mainCpuMs)} ms, ${(trace.mainCpuMs / Math.max(1, trace.mainFrames)).toFixed(1)} ms per frame over ${trace.mainFrames} frames; all renderer threads ${Math.round(trace.rendererCpuMs)} ms), ${trace.longTasks} tasks > 50 ms`,
          '  self time by kind (wall / CPU): ' + trace.kinds.map((k) => `${k.kind} ${Math.round(k.ms)}/${Math.round(k.cpuMs)} ms`).join(', '),
          '  heaviest events: ' + trace.events.slice(0, 8).map((e) => `${e.name} ${Math.round(e.ms)} ms`).join(', ')
        );
      }
      lines.push(
        '',
        `CPU profile, ${which} burst, ${r.size.toLocaleString('en')} events (unminified build): ` +
          `${Math.round(p.busyMs)} ms busy, of which (program) ${Math.round(p.programMs)} ms [style, layout, paint, native], GC ${Math.round(p.gcMs)} ms`,
        ...p.top.slice(0, 12).map((f) => `  ${f.selfMs.toFixed(0).padStart(6)} ms ${pct(f.share).padStart(4)}  ${f.name}  ${f.module}`),
        '  by module: ' + p.modules.slice(0, 6).map((m) => `${m.module} ${pct(m.share)}`).join(', ')
      );
    }
  }
  return lines;
}

function packagesLines(sizes: SizeResult[]): string[] {
  const first = sizes.find((r) => r.jsPackages?.length);
  if (!first) return [];
  return ['', `JS by package, ${first.size.toLocaleString('en')} events:`, ...packagesReport(first.jsPackages!, 'text')];
}

/**
 * A table of the JS of each page by package: gzip (minified) per package,
 * then d3's modules together, our own code together, and the total.
 */
export function packagesReport(pages: JsBreakdown[], style: 'text' | 'markdown' = 'text'): string[] {
  const path = (page: JsBreakdown) => (page.url.startsWith('http') ? new URL(page.url).pathname : page.url);
  const names: string[] = [];
  for (const page of pages) for (const p of page.parts) if (!names.includes(p.part)) names.push(p.part);
  const cell = (page: JsBreakdown, part: string) => {
    const found = page.parts.find((p) => p.part === part);
    return found ? `${kb(found.gzip)} (${kb(found.raw)})` : '–';
  };
  const groupCell = (page: JsBreakdown, group: string) => {
    const found = groupParts(page.parts).find((p) => p.part === group);
    return found ? `${kb(found.gzip)} (${kb(found.raw)})` : '–';
  };
  // Packages first, largest on the first page first; our own folders after them.
  const byFirstPage = (a: string, b: string) =>
    Number(isOwnCode(a)) - Number(isOwnCode(b)) ||
    (pages[0].parts.find((p) => p.part === b)?.gzip ?? 0) - (pages[0].parts.find((p) => p.part === a)?.gzip ?? 0);
  const header: Row = ['package or folder', ...pages.map((page) => `${path(page)} gzip (minified)`)];
  const rows: Row[] = [
    ...names.sort(byFirstPage).map((name) => [name, ...pages.map((page) => cell(page, name))]),
    ['d3-* together', ...pages.map((page) => groupCell(page, 'd3-* (all modules)'))],
    ['own code (src/) together', ...pages.map((page) => groupCell(page, 'own code (src/)'))],
    [
      `total (${pages.map((page) => `${page.files} files`).join(' / ')})`,
      ...pages.map((page) => `${kb(page.gzip)} (${kb(page.raw)}) ${page.gzip <= JS_BUDGET_BYTES ? '≤' : '>'} ${kb(JS_BUDGET_BYTES)}`)
    ]
  ];
  return (style === 'text' ? textTable(header, rows) : markdownTable(header, rows)).split('\n');
}

function noteLines(sizes: SizeResult[]): string[] {
  const lines: string[] = [];
  for (const r of sizes) {
    const named: [string, PageResult | 'n/a' | null][] = [
      ['ours', r.ours],
      ['embed', r.embed],
      ['vis', r.vis]
    ];
    for (const [name, page] of named) {
      if (page && page !== 'n/a') for (const note of page.notes) lines.push(`  ${r.size} ${name}: ${note}`);
    }
    for (const error of r.errors) lines.push(`  ${r.size}: ${error}`);
  }
  return lines.length ? ['', 'Notes (* = see here):', ...lines] : [];
}

/** The short Markdown summary (results/latest.md and the README section). */
export function markdownReport(results: BenchResults): string {
  return [
    `Measured ${results.date} on ${machineLine(results.machine)} (\`${results.command}\`, ${Math.round(results.seconds / 60)} min).`,
    'Bytes are gzip (raw), CSS inlined in the page included; first paint (first contentful paint) and ready (`window.__ready`: the page takes input with all its events drawn) are medians of 3 cold loads, each in a fresh browser context with an empty cache (one load for the embed page, and for pages slower than a quarter of the time-out), with ready over first paint in brackets; frames are requestAnimationFrame deltas under the fast input of issue 15 (60 wheel notches of deltaY ±120 in 6 bursts of 10, in and out, one every 16.7 ms and 150 ms between bursts; 60 drag moves of 8 px one every 16.7 ms; both sent through CDP without waiting for the page), as p95 / share of 60 Hz slots with no new frame; the paced rows await each step as earlier runs did. CPU busy is how busy the machine was with other work just before measuring: frame times taken on a busy machine are worse.',
    '',
    markdownTable(PAGE_HEADER, pageRows(results.sizes)),
    '',
    markdownTable(FRAMES_HEADER, framesRows(results.sizes)),
    '',
    markdownTable(RATIO_HEADER, ratioRows(results.sizes)),
    '',
    markdownTable(BUILD_HEADER, buildRows(results.sizes)),
    '',
    '| target | met | measured |',
    '| --- | --- | --- |',
    ...results.targets.map((t) => `| ${t.target} | ${mark(t.met)} | ${t.detail} |`),
    ...packagesMarkdown(results.sizes),
    ...(results.server ? ['', serverLoadMarkdown(results.server)] : [])
  ].join('\n');
}

function packagesMarkdown(sizes: SizeResult[]): string[] {
  const first = sizes.find((r) => r.jsPackages?.length);
  if (!first) return [];
  return [
    '',
    `JS by package at ${first.size.toLocaleString('en')} events, gzip (minified), from the build's source maps (each file's gzip size shared out by minified bytes):`,
    '',
    ...packagesReport(first.jsPackages!, 'markdown')
  ];
}
