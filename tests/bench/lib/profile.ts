import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** One function's share of a CPU profile. */
export interface HotFunction {
  name: string;
  /** The source module, from the "// src/…" comments of an unminified chunk; else the file. */
  module: string;
  selfMs: number;
  /** Share of the busy (non-idle) time. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  /** (program): native work outside JS, mostly style, layout and paint; (garbage collector). */
  programMs: number;
  gcMs: number;
  top: HotFunction[];
  /** Self time summed per source module. */
  modules: { module: string; selfMs: number; share: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Runs `during` under the CDP sampling profiler (200 µs) and returns the raw profile. */
export async function profileDuring(page: Page, during: () => Promise<unknown>): Promise<CpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await during();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return profile;
}

/** Maps a script URL and line to its source module, reading the built file from `buildDir`. */
function moduleLocator(buildDir: string | null) {
  const cache = new Map<string, string[] | null>();
  return (url: string, line: number): string => {
    const file = url.replace(/^https?:\/\/[^/]+/, '');
    if (!file) return '(native)';
    if (!buildDir) return file.split('/').pop() ?? file;
    if (!cache.has(file)) {
      const path = join(buildDir, file);
      cache.set(file, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : null);
    }
    const lines = cache.get(file);
    if (lines) {
      for (let at = Math.min(line, lines.length - 1); at >= 0; at -= 1) {
        // Paths are relative to the build's root: "src/…", or "../../../../src/…" from the bench's mirror.
        const marker = /^\/\/ (?:\.\.\/)*((?:src|node_modules)\/\S+)/.exec(lines[at]);
        if (marker) return marker[1].replace(/^node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
      }
    }
    return file.split('/').pop() ?? file;
  };
}

/** Self time per function (top `count`) and per module; writes the raw profile to `saveTo` for DevTools. */
export function summarizeProfile(profile: CpuProfile, buildDir: string | null, saveTo: string, count = 15): ProfileSummary {
  writeFileSync(saveTo, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const locate = moduleLocator(buildDir);
  const functions = new Map<string, HotFunction>();
  const modules = new Map<string, number>();
  let idle = 0;
  let program = 0;
  let gc = 0;
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const ms = us / 1000;
    total += ms;
    if (functionName === '(idle)') idle += ms;
    if (functionName === '(program)') program += ms;
    if (functionName === '(garbage collector)') gc += ms;
    if (functionName === '(idle)') continue;
    const module = url ? locate(url, lineNumber) : '(native)';
    const name = functionName || '(anonymous)';
    const key = `${name}\u0000${module}`;
    const entry = functions.get(key) ?? { name, module, selfMs: 0, share: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    modules.set(module, (modules.get(module) ?? 0) + ms);
  }
  const busy = total - idle;
  const top = [...functions.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count)
    .map((f) => ({ ...f, share: f.selfMs / busy }));
  return {
    totalMs: total,
    busyMs: busy,
    programMs: program,
    gcMs: gc,
    top,
    modules: [...modules]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([module, selfMs]) => ({ module, selfMs, share: selfMs / busy }))
  };
}

/** Where the renderer's main thread spent a gesture, from a Chrome performance trace: self time per kind of work. */
export interface TraceSummary {
  /** The trace's length, ms, and the main thread's busy time in it (wall). */
  totalMs: number;
  busyMs: number;
  /** The main thread's CPU time (thread time, less stretched by other work on the machine), and that of all the page's threads. */
  mainCpuMs: number;
  rendererCpuMs: number;
  /** Self time by kind of work (script, style, layout, paint, GC…), largest first; `cpuMs` in thread time. */
  kinds: { kind: string; ms: number; cpuMs: number; share: number }[];
  /** Self time of the heaviest trace events by name, largest first. */
  events: { name: string; ms: number }[];
  /** Frames the main thread began (BeginMainThreadFrame) and long tasks (> 50 ms). */
  mainFrames: number;
  longTasks: number;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, which a busy machine stretches less than wall time. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The trace categories DevTools' Performance panel records. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'v8.execute',
  'blink.user_timing'
];

/** Records a Chrome performance trace (CDP Tracing, as DevTools does) while `during` runs; saves it to `saveTo` for DevTools. */
export async function traceDuring(page: Page, saveTo: string, during: () => Promise<unknown>): Promise<TraceSummary> {
  const browser = page.context().browser();
  if (!browser) throw new Error('tracing needs a browser, not a persistent context');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    await during();
  } finally {
    const buffer = await browser.stopTracing();
    writeFileSync(saveTo, buffer);
  }
  const trace = JSON.parse(readFileSync(saveTo, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return summarizeTrace(Array.isArray(trace) ? trace : trace.traceEvents);
}

/** The kind of work a trace event's self time is. */
function kindOf(name: string): string {
  if (/GC|Sweep|Mark|Scavenge|garbage/i.test(name) && !/Mark(?:er)?Timeline/.test(name)) return 'GC';
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|LayoutShift)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|PaintImage|RasterTask|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintArtifactCompositor.*|Decode.*)$/.test(name)) return 'paint, layers, commit';
  if (/^HitTest$/.test(name)) return 'hit test';
  if (/^(FunctionCall|EvaluateScript|EventDispatch|FireAnimationFrame|TimerFire|RunMicrotasks|v8\.|V8\.|ParseHTML|XHR|FireIdleCallback|v8)/.test(name)) return 'script';
  if (/^(RunTask|ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(name)) return 'task (unattributed)';
  return 'other';
}

/** Self time per event name and kind on the busiest renderer main thread (CrRendererMain). */
export function summarizeTrace(events: TraceEvent[]): TraceSummary {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key) || e.dur === undefined) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  // The page's thread: the one with the most top-level task time.
  const taskTime = (list: TraceEvent[]) => list.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').reduce((s, e) => s + e.dur!, 0);
  const main = [...byThread.values()].sort((a, b) => taskTime(b) - taskTime(a))[0] ?? [];
  main.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let first = Infinity;
  let last = -Infinity;
  for (const e of main) {
    first = Math.min(first, e.ts);
    last = Math.max(last, e.ts + e.dur!);
  }
  const self = new Map<string, number>();
  const selfCpu = new Map<string, number>();
  // Each event's self time: its duration less its children's (events nest on one thread).
  const stack: { e: TraceEvent; end: number; children: number; childrenCpu: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + Math.max(0, top.e.dur! - top.children));
      selfCpu.set(top.e.name, (selfCpu.get(top.e.name) ?? 0) + Math.max(0, (top.e.tdur ?? 0) - top.childrenCpu));
      if (stack.length) {
        stack[stack.length - 1].children += top.e.dur!;
        stack[stack.length - 1].childrenCpu += top.e.tdur ?? 0;
      }
    }
  };
  let busy = 0;
  let mainCpu = 0;
  let longTasks = 0;
  for (const e of main) {
    close(e.ts);
    if (!stack.length) {
      busy += e.dur!;
      mainCpu += e.tdur ?? 0;
      if (e.dur! > 50_000) longTasks += 1;
    }
    stack.push({ e, end: e.ts + e.dur!, children: 0, childrenCpu: 0 });
  }
  close(Infinity);
  // Every thread of the page's renderer (compositor, raster workers): top-level tasks' thread time.
  const pid = main[0]?.pid;
  let rendererCpu = 0;
  const ends = new Map<number, number>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.tdur === undefined || e.ts < first || e.ts > last) continue;
    if (e.ts < (ends.get(e.tid) ?? 0)) continue; // nested in a task already counted
    ends.set(e.tid, e.ts + (e.dur ?? 0));
    rendererCpu += e.tdur;
  }
  const totalUs = main.length ? last - first : 0;
  const kinds = new Map<string, number>();
  const kindsCpu = new Map<string, number>();
  for (const [name, us] of self) kinds.set(kindOf(name), (kinds.get(kindOf(name)) ?? 0) + us);
  for (const [name, us] of selfCpu) kindsCpu.set(kindOf(name), (kindsCpu.get(kindOf(name)) ?? 0) + us);
  return {
    totalMs: totalUs / 1000,
    busyMs: busy / 1000,
    mainCpuMs: mainCpu / 1000,
    rendererCpuMs: rendererCpu / 1000,
    kinds: [...kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([kind, us]) => ({ kind, ms: us / 1000, cpuMs: (kindsCpu.get(kind) ?? 0) / 1000, share: busy ? us / busy : 0 })),
    events: [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => ({ name, ms: us / 1000 })),
    mainFrames: events.filter((e) => e.name === 'BeginMainThreadFrame' && mains.has(`${e.pid}:${e.tid}`)).length,
    longTasks
  };
}
