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
