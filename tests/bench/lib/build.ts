import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuMeter } from './cpuQuiet';
import { DATA_DIR, ROOT } from './paths';
import { sampleTreeMemory } from './processTree';

/**
 * Builds run in a mirror of the project (symlinks to src/, static/, the
 * configs, node_modules) so they get a .svelte-kit/ of their own: SvelteKit
 * builds in one tree share it, and one would break another's. The mirror's
 * svelte.config.js is the project's, unchanged unless BENCH_IGNORE_UNSEEN_ROUTES
 * is set (see buildSite).
 */
const KIT_ROOT = join(DATA_DIR, 'kit-root');
const MIRRORED = ['src', 'static', 'node_modules', 'package.json', 'vite.config.ts', 'tsconfig.json', 'data'];

function prepareKitRoot(): void {
  // Vite follows the links and compiles each file where it really lives, so
  // it reads the project's tsconfig.json, which extends the project's
  // .svelte-kit/tsconfig.json. A fresh clone has none until something syncs
  // it, and without it every build failed ("Tsconfig not found").
  if (!existsSync(join(ROOT, '.svelte-kit', 'tsconfig.json'))) {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'svelte-kit'), ['sync'], { cwd: ROOT, stdio: 'inherit' });
  }
  mkdirSync(KIT_ROOT, { recursive: true });
  for (const name of MIRRORED) {
    const link = join(KIT_ROOT, name);
    if (!existsSync(join(ROOT, name))) continue;
    rmSync(link, { force: true, recursive: false });
    symlinkSync(join(ROOT, name), link);
  }
  writeFileSync(
    join(KIT_ROOT, 'svelte.config.js'),
    `// Written by tests/bench/lib/build.ts: the project's config, for a build in this mirror.
` +
      `import config from ${JSON.stringify(pathToFileURL(join(ROOT, 'svelte.config.js')).href)};
` +
      `if (process.env.BENCH_IGNORE_UNSEEN_ROUTES) {
` +
      `  config.kit.prerender = { ...config.kit.prerender, handleUnseenRoutes: 'ignore' };
` +
      `}
` +
      `// A fixed version (SvelteKit's default is the time of the build) makes two builds comparable file by file.
` +
      `if (process.env.BENCH_VERSION_NAME) {
` +
      `  config.kit.version = { ...config.kit.version, name: process.env.BENCH_VERSION_NAME };
` +
      `}
` +
      `export default config;
`
  );
}

/** How a build went: wall time, peak memory and when each phase ended. */
export interface BuildResult {
  ok: boolean;
  ms: number;
  /**
   * Peak resident memory of the whole build (MB): the largest of the sum over
   * the build's process and every process it started (SvelteKit forks one to
   * analyse and one to prerender), sampled every 200 ms, and of the single
   * largest process's peak from /usr/bin/time (exact, but blind to the others).
   */
  peakRssMb: number | null;
  /** /usr/bin/time's %M: the peak of the largest single process (MB). */
  largestProcessMb?: number | null;
  /** The sampled peak of the sum over the process tree (MB). */
  treePeakMb?: number | null;
  /** CPU seconds the build used (user + system, its children included). */
  cpuSeconds?: number | null;
  /** Share (0–1) of the machine's CPU busy while it built, the build included. */
  machineBusy?: number;
  /** Notable log lines with the seconds since the build started ("12.3s ✓ built in 4.1s"). */
  phases: string[];
  attempts: number;
  /** Set when the build only passed with a change the benchmark made (and why). */
  workaround?: string;
  log: string;
  error?: string;
  /** With `threads`: each process's and thread's heap over the build (see threadMemory.cjs). */
  threads?: ThreadMemory[];
}

/** One thread's memory over the build, from threadMemory.cjs's rows. */
export interface ThreadMemory {
  pid: number;
  thread: number;
  /** The script and the thread's role ("vite/bin/vite.js sveltekit worker"). */
  label: string;
  from: number;
  to: number;
  /** The largest heap in use the thread reported, and when (s since the build started). */
  peakHeapMb: number;
  peakHeapAt: number;
  /** The largest resident memory of its process the thread saw. */
  peakProcessRssMb: number;
}

/** Reads the rows threadMemory.cjs wrote into `dir`, one summary per thread. */
function readThreadMemory(dir: string): ThreadMemory[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tsv'))
    .map((name) => {
      const [pid, thread] = name.replace('.tsv', '').split('-').map(Number);
      const lines = readFileSync(join(dir, name), 'utf8').trim().split('\n');
      const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t').map(Number));
      const peak = rows.reduce((best, row) => (row[1] > best[1] ? row : best), rows[0] ?? [0, 0]);
      return {
        pid,
        thread,
        label: (lines[0] ?? '').replace(/^# /, ''),
        from: rows[0]?.[0] ?? 0,
        to: rows.at(-1)?.[0] ?? 0,
        peakHeapMb: peak[1],
        peakHeapAt: peak[0],
        peakProcessRssMb: Math.max(0, ...rows.map((row) => row[3]))
      };
    })
    .filter((t) => !/bin\/(npm|npx|tsx)|cli\.mjs/.test(t.label))
    .sort((a, b) => a.from - b.from);
}

const PHASE = /built in|prerender|Wrote site|✓|error|Error|heap/i;

/** The first error line of a log and the two after it, without the time stamps. */
function firstError(lines: string[]): string {
  const at = lines.findIndex((l) => /\b(\w*Error\b|error during build|FATAL|heap out of memory)/.test(l) && !/^\S+ +at /.test(l));
  const picked = at >= 0 ? lines.slice(at, at + 3) : lines.slice(-3);
  return picked.map((l) => l.replace(/^\S+s /, '').trim()).join(' ');
}

function runOnce(env: Record<string, string>, extraArgs: string[], logFile: string, timeoutMs: number, threads = false): Promise<BuildResult> {
  const started = performance.now();
  // Which thread holds the memory: each Node process and worker thread of the
  // build writes its heap every 500 ms (threadMemory.cjs, preloaded).
  const threadDir = logFile.replace(/\.log$/, '') + '.threads';
  rmSync(threadDir, { recursive: true, force: true });
  if (threads) {
    const preload = join(ROOT, 'tests/bench/lib/threadMemory.cjs');
    env = {
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(),
      BENCH_THREAD_MEMORY_DIR: threadDir,
      BENCH_THREAD_MEMORY_T0: String(Date.now())
    };
  }
  const useTime = process.platform === 'linux';
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime
    ? ['-f', '__PEAK_RSS_KB__=%M __CPU_S__=%U+%S', process.execPath, vite, 'build', ...extraArgs]
    : [vite, 'build', ...extraArgs];
  const child = spawn(command, args, { cwd: KIT_ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  // Each line is stamped with the seconds since the start, when it completes.
  const lineReader = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const at = ((performance.now() - started) / 1000).toFixed(1);
      const parts = (partial + chunk.toString().replace(/\x1b\[[0-9;]*m/g, '')).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) if (line.trim()) lines.push(`${at}s ${line}`);
    };
  };
  child.stdout.on('data', lineReader());
  child.stderr.on('data', lineReader());
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const stopSampling = child.pid && process.platform === 'linux' ? sampleTreeMemory(child.pid) : () => null;
  const busy = cpuMeter();
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const machineBusy = busy();
      const tree = stopSampling();
      const treePeakMb = tree?.peakTotalMb ?? null;
      writeFileSync(logFile, lines.join('\n') + '\n');
      // The memory over time, beside the log's time stamps: which phase holds it.
      if (tree) writeFileSync(logFile.replace(/\.log$/, '') + '.memory.tsv', 'seconds\tMB\n' + tree.series.map((row) => row.join('\t')).join('\n') + '\n');
      const peak = lines.map((l) => /__PEAK_RSS_KB__=(\d+) __CPU_S__=([\d.]+)\+([\d.]+)/.exec(l)).find(Boolean);
      const largestProcessMb = peak ? Math.round(Number(peak[1]) / 1024) : null;
      const ok = code === 0;
      resolve({
        ok,
        ms,
        peakRssMb: largestProcessMb === null && treePeakMb === null ? null : Math.max(largestProcessMb ?? 0, treePeakMb ?? 0),
        largestProcessMb,
        treePeakMb,
        cpuSeconds: peak ? Number(peak[2]) + Number(peak[3]) : null,
        machineBusy,
        phases: lines.filter((l) => PHASE.test(l) && !l.includes('__PEAK_RSS_KB__')).slice(-40),
        attempts: 1,
        log: logFile,
        ...(threads ? { threads: readThreadMemory(threadDir) } : {}),
        ...(ok ? {} : { error: signal === 'SIGKILL' ? `killed after ${timeoutMs / 1000} s` : `exit ${code}: ${firstError(lines)}` })
      });
    });
  });
}

const UNSEEN_ROUTES = /not prerendered because they were not found while crawling/;

/**
 * Builds the site for `dataDir` into `buildDir` (TIMELINE_DATA, BUILD_DIR).
 * A failed build is retried once. If it failed because a prerenderable route
 * got no pages (SvelteKit's handleUnseenRoutes error, e.g. event pages turned
 * off above some number of events), it is built again with that check off,
 * and the result says so.
 */
export async function buildSite(
  dataDir: string,
  buildDir: string,
  logFile: string,
  { extraArgs = [] as string[], timeoutMs = 30 * 60_000, threads = false } = {}
): Promise<BuildResult> {
  prepareKitRoot();
  const env: Record<string, string> = { TIMELINE_DATA: dataDir, BUILD_DIR: buildDir };
  const first = await runOnce(env, extraArgs, logFile, timeoutMs, threads);
  if (first.ok || first.error?.startsWith('killed')) return first;
  const unseen = UNSEEN_ROUTES.test(first.error ?? '');
  if (unseen) env.BENCH_IGNORE_UNSEEN_ROUTES = '1';
  const second = await runOnce(env, extraArgs, logFile.replace(/\.log$/, '.retry.log'), timeoutMs, threads);
  return {
    ...second,
    attempts: 2,
    ...(unseen && second.ok
      ? { workaround: `built with prerender.handleUnseenRoutes 'ignore': the project's build fails here with "${first.error}"` }
      : {}),
    error: second.ok ? undefined : `${first.error} / retry: ${second.error}`
  };
}
