import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Each live process's parent, from /proc (Linux only; empty elsewhere). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (2nd field) is in parentheses and may hold spaces: split after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

/** A process and all its descendants. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]) ?? []));
  return found;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** What the sampler saw: the largest sum of resident memory over the tree, and the most processes at once. */
export interface TreeMemory {
  peakTotalMb: number;
  maxProcesses: number;
  samples: number;
  /** Seconds since the start and the tree's resident MB, one pair a second, to see which phase holds the memory. */
  series: [number, number][];
}

/**
 * Samples the resident memory of a process and all its descendants (forked
 * prerender/analyse processes, workers) every `intervalMs`, and keeps the
 * largest sum. /usr/bin/time's %M is the peak of the single largest process
 * only, so when two processes overlap it tells less than the machine gave.
 * The sum counts pages shared between processes (the node binary) once per
 * process: an upper bound. Call the returned function to stop and read.
 */
export function sampleTreeMemory(root: number, intervalMs = 200): () => TreeMemory {
  let peak = 0;
  let maxProcesses = 0;
  let samples = 0;
  const series: [number, number][] = [];
  const started = performance.now();
  const sample = () => {
    const pids = tree(root);
    const total = pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
    const at = (performance.now() - started) / 1000;
    if (!series.length || at - series[series.length - 1][0] >= 1) series.push([Math.round(at * 10) / 10, Math.round(total / 2 ** 20)]);
    peak = Math.max(peak, total);
    maxProcesses = Math.max(maxProcesses, pids.length);
    samples++;
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return () => {
    clearInterval(timer);
    return { peakTotalMb: Math.round(peak / 2 ** 20), maxProcesses, samples, series };
  };
}
