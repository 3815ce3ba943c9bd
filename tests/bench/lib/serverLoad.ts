/**
 * A bounded loopback load test of the static server (src/cli/serve.js) on a
 * built site, with autocannon: a fixed number of connections for a fixed
 * time, for a page, for the app's largest script, and for a mix of hostile
 * and unusual requests. Requests per second, latency percentiles, errors,
 * the status codes, and the server process's memory (RSS) before and after.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { serveStatic } from './serve';

export interface LoadRun {
  name: string;
  /** What was requested, in a few words. */
  what: string;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Bytes per second received (bodies and headers). */
  throughputBps: number;
  /** Counts by status class: 2xx, 3xx, 4xx, 5xx. */
  statuses: Record<string, number>;
  /** Connection errors and time-outs (autocannon's count), and 5xx answers. */
  errors: number;
  timeouts: number;
  /** The server's resident memory after this run, MB. */
  rssAfterMb: number | null;
}

export interface ServerLoadResult {
  date: string;
  command: string;
  /** The site served (a build of the project's data). */
  dir: string;
  connections: number;
  seconds: number;
  runs: LoadRun[];
  /** RSS after start and a warm-up, after the runs, and its peak (VmHWM), MB. */
  rssStartMb: number | null;
  rssEndMb: number | null;
  rssPeakMb: number | null;
  /** Whether the process was still running after the runs, and /en's status then. */
  alive: boolean;
  pageAfter: number | null;
  /** How busy the machine was with other work just before (0–1): autocannon shares its cores. */
  cpuBusy?: number | null;
  error?: string;
}

/** VmRSS and VmHWM of a process, MB (Linux /proc; null elsewhere). */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The largest script of the app (the heaviest asset a reader downloads). */
function largestScript(dir: string): string {
  const scripts: { path: string; size: number }[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), path);
      else if (entry.name.endsWith('.js')) scripts.push({ path, size: statSync(join(folder, entry.name)).size });
    }
  };
  walk(join(dir, '_app', 'immutable'), '/_app/immutable');
  scripts.sort((a, b) => b.size - a.size);
  if (!scripts.length) throw new Error(`no script under ${dir}/_app/immutable`);
  return scripts[0].path;
}

type Request = { method?: string; path: string; headers?: Record<string, string> };

/**
 * What scanners and careless clients send: malformed escapes, traversal in
 * every spelling, NUL, a trailing slash, a missing page, methods other than
 * GET, a range, a revalidation. Every one must get a 3xx or 4xx (or a 2xx for
 * the legitimate ones), none a 5xx or a dropped connection. No HEAD:
 * autocannon's client waits for a body after one (tests/unit/server.test.ts
 * checks HEAD).
 */
function hostileMix(etag: string | null): Request[] {
  const get = (path: string, headers?: Record<string, string>): Request => ({ method: 'GET', path, headers });
  return [
    get('/%zz'),
    get('/%'),
    get('/en%'),
    get('/%FF'),
    get('/%E0%A4%A'),
    get('/../../../../etc/passwd'),
    get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd'),
    get('/..%2f..%2f..%2fetc%2fpasswd'),
    get('/..%5c..%5c..%5cwindows%5cwin.ini'),
    get('/en%00.html'),
    get('/.env'),
    get(`/${'a'.repeat(8000)}`),
    get('/en/'),
    get('/en/events/no-such-event'),
    { method: 'POST', path: '/en', headers: { 'content-length': '0' } },
    { method: 'DELETE', path: '/en' },
    get('/en', { range: 'bytes=0-99' }),
    get('/en', { range: 'bytes=99999999-' }),
    ...(etag ? [get('/en', { 'if-none-match': etag, 'accept-encoding': 'br, gzip' })] : [])
  ];
}

/** One autocannon run, summed up. */
async function run(
  origin: string,
  pid: number,
  name: string,
  what: string,
  requests: Request[],
  connections: number,
  seconds: number
): Promise<LoadRun> {
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip' },
    requests
  });
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    const kind = `${code[0]}xx`;
    statuses[kind] = (statuses[kind] ?? 0) + Number(count);
  }
  return {
    name,
    what,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    throughputBps: result.throughput.average,
    statuses,
    errors: result.errors + (statuses['5xx'] ?? 0),
    timeouts: result.timeouts,
    rssAfterMb: memoryOf(pid)?.rss ?? null
  };
}

/** Serves `dir` on `port` and loads it: a page, an asset, the hostile mix, `seconds` each. */
export async function measureServerLoad(
  dir: string,
  port: number,
  options: { connections: number; seconds: number; command: string; log: (message: string) => void }
): Promise<ServerLoadResult> {
  const { connections, seconds, log } = options;
  const result: ServerLoadResult = {
    date: new Date().toISOString(),
    command: options.command,
    dir,
    connections,
    seconds,
    runs: [],
    rssStartMb: null,
    rssEndMb: null,
    rssPeakMb: null,
    alive: false,
    pageAfter: null
  };
  const server = await serveStatic(dir, port);
  try {
    const asset = largestScript(dir);
    const first = await fetch(`${server.origin}/en`, { headers: { 'accept-encoding': 'br, gzip' } });
    const etag = first.headers.get('etag');
    await first.arrayBuffer();
    // A short warm-up, so the start figure is the server's steady state, not its first breath.
    await autocannon({ url: server.origin, connections: 4, duration: 1, requests: [{ path: '/en' }, { path: asset }] });
    result.rssStartMb = memoryOf(server.pid)?.rss ?? null;

    const plan: [string, string, Request[]][] = [
      ['page', 'GET /en (brotli)', [{ method: 'GET', path: '/en' }]],
      ['asset', `GET ${asset.replace(/^.*\//, '…/')} (brotli)`, [{ method: 'GET', path: asset }]],
      ['hostile mix', 'malformed escapes, traversal, NUL, a dotfile, an 8 KB path, /en/, 404, POST, DELETE, ranges (206, 416), 304, in turn', hostileMix(etag)]
    ];
    for (const [name, what, requests] of plan) {
      log(`server load: ${name}, ${connections} connections for ${seconds} s…`);
      result.runs.push(await run(server.origin, server.pid, name, what, requests, connections, seconds));
    }
    const memory = memoryOf(server.pid);
    result.rssEndMb = memory?.rss ?? null;
    result.rssPeakMb = memory?.peak ?? null;
    result.alive = server.running();
    result.pageAfter = await fetch(`${server.origin}/en`).then(
      (response) => response.status,
      () => null
    );
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await server.stop();
  }
  return result;
}

// ---- report ------------------------------------------------------------------------

const fixed = (value: number | null, digits = 0) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));
const statusText = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${kind} ${count.toLocaleString('en')}`)
    .join(', ');

const HEADER = ['requests', 'req/s', 'p50 latency', 'p99 latency', 'max latency', 'MB/s', 'statuses', 'errors', 'RSS after'];

function rows(load: ServerLoadResult): string[][] {
  return load.runs.map((r) => [
    r.name,
    r.requests.toLocaleString('en'),
    fixed(r.requestsPerSecond),
    `${fixed(r.latencyP50Ms)} ms`,
    `${fixed(r.latencyP99Ms)} ms`,
    `${fixed(r.latencyMaxMs)} ms`,
    fixed(r.throughputBps / 2 ** 20, 1),
    statusText(r.statuses),
    String(r.errors + r.timeouts),
    `${fixed(r.rssAfterMb, 1)} MB`
  ]);
}

/** One line that says whether the server held. */
function verdict(load: ServerLoadResult): string {
  if (load.error) return `Server load: not measured (${load.error}).`;
  const errors = load.runs.reduce((sum, r) => sum + r.errors + r.timeouts, 0);
  const growth = load.rssStartMb !== null && load.rssEndMb !== null ? load.rssEndMb - load.rssStartMb : null;
  return (
    `Server load (${load.connections} connections, ${load.seconds} s per run, loopback, \`${load.command}\`, ${load.date}` +
    `${load.cpuBusy === undefined || load.cpuBusy === null ? '' : `, CPU ${Math.round(load.cpuBusy * 100)}% busy before`}): ` +
    `${errors} errors; server ${load.alive ? 'still running' : 'STOPPED'}, /en then answered ${load.pageAfter ?? 'nothing'}; ` +
    `RSS ${fixed(load.rssStartMb, 1)} MB after warm-up, ${fixed(load.rssEndMb, 1)} MB after the runs` +
    `${growth === null ? '' : ` (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB)`}, peak ${fixed(load.rssPeakMb, 1)} MB.`
  );
}

/** The server load section of the Markdown report. */
export function serverLoadMarkdown(load: ServerLoadResult): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    verdict(load),
    '',
    line(['run', ...HEADER]),
    line(['---', ...HEADER.map(() => '---')]),
    ...rows(load).map(line),
    '',
    ...load.runs.map((r) => `- ${r.name}: ${r.what}.`)
  ].join('\n');
}

/** The server load section of the terminal report. */
export function serverLoadText(load: ServerLoadResult): string {
  const all = [['run', ...HEADER], ...rows(load)];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [
    verdict(load),
    '',
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
    ...load.runs.map((r) => `  ${r.name}: ${r.what}`)
  ].join('\n');
}
