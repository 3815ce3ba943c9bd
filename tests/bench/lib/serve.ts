import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths';

/** A running static server (the project's own src/cli/serve.js). */
export interface StaticServer {
  origin: string;
  /** The server process, for its memory. */
  pid: number;
  /** Whether the process is still running. */
  running: () => boolean;
  stop: () => Promise<void>;
}

// Servers still running when the benchmark exits (an error, Ctrl-C) are stopped with it.
const running = new Set<ChildProcess>();
const stopAll = () => running.forEach((child) => child.kill());
process.once('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(130);
  });
}

const answers = (origin: string) =>
  fetch(origin + '/', { signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false
  );

/** Serves `dir` on 127.0.0.1:`port` and resolves once it answers; fails if something else holds the port. */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  const origin = `http://127.0.0.1:${port}`;
  // Another server on the port would answer in place of ours and serve other files.
  if (await answers(origin)) throw new Error(`port ${port} is already in use: stop what runs there first`);
  const child = spawn(process.execPath, [join(ROOT, 'src/cli/serve.js'), '--dir', dir, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const stop = () =>
    new Promise<void>((resolve) => {
      running.delete(child);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) break;
    if (await answers(origin)) {
      if (child.exitCode === null) {
        const running = () => child.exitCode === null && child.signalCode === null;
        return { origin, pid: child.pid!, running, stop };
      }
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`static server on port ${port} did not start: ${stderr.trim().split('\n')[0] ?? ''}`);
}
