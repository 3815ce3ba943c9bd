import { cpus } from 'node:os';

function cpuTimes() {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq + cpu.times.idle;
  }
  return { idle, total };
}

/** Starts measuring; the function returned gives the share (0–1) of the machine's CPU busy since. */
export function cpuMeter(): () => number {
  const a = cpuTimes();
  return () => {
    const b = cpuTimes();
    return b.total === a.total ? 0 : 1 - (b.idle - a.idle) / (b.total - a.total);
  };
}

/** Share (0–1) of the machine's CPU busy over the next `ms`. */
export async function cpuBusy(ms = 1000): Promise<number> {
  const a = cpuTimes();
  await new Promise((r) => setTimeout(r, ms));
  const b = cpuTimes();
  return b.total === a.total ? 0 : 1 - (b.idle - a.idle) / (b.total - a.total);
}

/**
 * Waits (up to `maxWaitMs`) until the machine is mostly idle, so other work
 * on it (a build, someone's tests) does not end up in the frame times.
 * Returns the busy share seen last and how long it waited.
 */
export async function waitForQuietCpu(maxBusy = 0.25, maxWaitMs = 60_000): Promise<{ busy: number; waitedMs: number }> {
  const started = performance.now();
  let busy = await cpuBusy();
  while (busy > maxBusy && performance.now() - started < maxWaitMs) busy = await cpuBusy(2000);
  return { busy, waitedMs: performance.now() - started };
}
