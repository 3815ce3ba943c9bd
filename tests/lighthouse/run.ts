/**
 * Lighthouse scores of the built site (issue 4: accessibility, SEO and best
 * practices 100 on each language page and an event page; issue 5: performance
 * 100 on a language page and the embed page).
 *
 * Usage: npm run lighthouse [-- --runs N] [-- --no-rebuild]
 *   --runs N      Lighthouse runs per page (default 3, or LIGHTHOUSE_RUNS); the run
 *                 with the median performance score is reported.
 *   --no-rebuild  never build: serve build/ as it is (see below).
 *
 * - Builds nothing unless build/ is missing (then `npm run build`), except when
 *   build/'s canonical/hreflang origin (SITE_URL, default http://localhost:4173)
 *   cannot be served as it is because its port is taken: then the site is built
 *   once more with SITE_URL=http://127.0.0.1:<port> into tests/lighthouse/.build
 *   (BUILD_DIR), so that Lighthouse's canonical audit sees its own origin.
 *   `--no-rebuild` serves build/ as it is on a port of 4260–4269 instead.
 * - Serves the site with src/cli/serve.js, as a static host would.
 * - Runs Lighthouse (desktop preset on every page, plus the default mobile
 *   preset on /en) in the machine's Chromium, and prints the scores and every
 *   failing audit of a category under 100.
 * - Writes tests/lighthouse/results/latest.json and latest.md; the full
 *   Lighthouse reports go to tests/lighthouse/.reports/ (not committed).
 *
 * Exits 0 whatever the scores (it is a measurement), non-zero when Lighthouse
 * could not run (no browser, a build or server failure, a runtime error, a
 * category without a score).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Config, Flags, Result } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const RESULTS = join(HERE, 'results');
const REPORTS = join(HERE, '.reports');
const OWN_BUILD = join(HERE, '.build');
const DEFAULT_BUILD = join(ROOT, 'build');
const PORTS = [4260, 4261, 4262, 4263, 4264, 4265, 4266, 4267, 4268, 4269];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const SHORT: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best-pr.',
  seo: 'seo'
};

type FormFactor = 'desktop' | 'mobile';

/** One page to measure, and which categories an issue asks 100 for there. */
interface Target {
  path: string;
  formFactor: FormFactor;
  targets: Category[];
}

interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  weight: number;
  displayValue?: string;
  items?: string[];
}

interface RunResult {
  path: string;
  formFactor: FormFactor;
  url: string;
  targets: Category[];
  scores: Record<Category, number | null>;
  /** Scores of every run when --runs > 1 (the reported run is the median by performance). */
  allPerformance?: (number | null)[];
  failing: Partial<Record<Category, FailingAudit[]>>;
  /** Lighthouse's CPU benchmark for the reported run: low values mean a busy or slow machine (timings, TBT above all, are then inflated). */
  benchmarkIndex?: number;
  warnings: string[];
  report: string;
  error?: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Math.max(1, Number(option('runs') ?? process.env.LIGHTHOUSE_RUNS ?? '3') || 3);
const NO_REBUILD = args.includes('--no-rebuild');

const log = (line = '') => console.log(line);

// ---------------------------------------------------------------- helpers

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (const port of PORTS) if (await portFree(port)) return port;
  throw new Error(`no free port in ${PORTS[0]}–${PORTS[PORTS.length - 1]}`);
}

/** Runs a command in the repository, its output to `logFile`; resolves with its exit code. */
function run(command: string, commandArgs: string[], env: Record<string, string>, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const out = openSync(logFile, 'w');
    const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
    child.on('error', () => resolve(127));
    child.on('close', (code) => {
      closeSync(out);
      resolve(code ?? 1);
    });
  });
}

/** Builds (npm run build) with `env`; SvelteKit builds share .svelte-kit/, so one failed build is retried once. */
async function build(env: Record<string, string>, what: string): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    log(`== Building ${what}${attempt > 1 ? ' (retry: another build may have collided in .svelte-kit/)' : ''}`);
    const logFile = join(REPORTS, `build-${attempt}.log`);
    const code = await run('npm', ['run', 'build', '--silent'], env, logFile);
    if (code === 0) return;
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
    log(`!! build exited with ${code} (log: ${relative(ROOT, logFile)}):\n${tail}`);
  }
  throw new Error(`the build of ${what} failed twice`);
}

/** The origin build/'s pages use in canonical links (from SITE_URL at build time). */
function canonicalOrigin(dir: string): string | null {
  const page = join(dir, 'en.html');
  if (!existsSync(page)) return null;
  const href = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
  try {
    return href ? new URL(href).origin : null;
  } catch {
    return null;
  }
}

interface Served {
  origin: string;
  dir: string;
  siteUrl: string | null;
  stop: () => Promise<void>;
}

async function serve(dir: string, port: number, visitHost: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'src/cli/serve.js'), '--dir', dir, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  const probe = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the static server on port ${port} exited: ${stderr.trim()}`);
    try {
      await fetch(probe);
      return { origin: `http://${visitHost}:${port}`, dir, siteUrl: canonicalOrigin(dir), stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`the static server on port ${port} did not answer: ${stderr.trim()}`);
}

/**
 * Serves a build whose canonical links point at the origin it is served from.
 * build/ as it is when its SITE_URL port is free (or with --no-rebuild);
 * otherwise a build of its own, for a port of 4260–4269.
 */
async function serveSite(): Promise<Served> {
  if (!existsSync(join(DEFAULT_BUILD, 'index.html'))) {
    await build({}, 'build/ (it was missing)');
  }
  const origin = canonicalOrigin(DEFAULT_BUILD);
  const url = origin ? new URL(origin) : null;
  const local = url && url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname) && url.port;
  if (local && (await portFree(Number(url.port)))) {
    log(`== Serving build/ on port ${url.port}, the port of its SITE_URL (${origin})`);
    return serve(DEFAULT_BUILD, Number(url.port), url.hostname);
  }
  const port = await freePort();
  if (NO_REBUILD) {
    log(`== Serving build/ as it is on port ${port} (--no-rebuild; its canonical links point at ${origin ?? 'nothing'})`);
    return serve(DEFAULT_BUILD, port, url?.hostname ?? '127.0.0.1');
  }
  const siteUrl = `http://127.0.0.1:${port}`;
  log(`== build/ links to ${origin ?? '(no canonical link)'}, whose port is not free: building with SITE_URL=${siteUrl}`);
  await build({ SITE_URL: siteUrl, BUILD_DIR: relative(ROOT, OWN_BUILD) }, `${relative(ROOT, OWN_BUILD)}/ for ${siteUrl}`);
  log(`== Serving ${relative(ROOT, OWN_BUILD)}/ on port ${port}`);
  return serve(OWN_BUILD, port, '127.0.0.1');
}

function chromiumVersion(chromePath: string | undefined): string {
  try {
    const out = execFileSync(chromePath ?? chromeLauncher.getChromePath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim();
  } catch {
    return 'unknown';
  }
}

function machine(chromium: string) {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const os = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(osRelease)?.[1] ?? `${type()} ${release()}`;
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const memoryGb = Math.round(totalmem() / 2 ** 30);
  return {
    os,
    cpu,
    cpus: cpus().length,
    memoryGb,
    node: process.version,
    chromium,
    line: `${cpus().length} × ${cpu}, ${memoryGb} GB, ${os}, Node ${process.version}, ${chromium}`
  };
}

// ---------------------------------------------------------------- audits

/** Rounds a number for reading: integers as they are, small values to three decimals. */
function num(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 10 ? String(Math.round(value)) : value.toFixed(3);
}

/** Keys of detail rows that say nothing to a reader. */
const SKIP_KEYS = new Set(['lhId', 'path', 'boundingRect', 'newEngineResult', 'newEngineResultDiffered', 'cumulativeLayoutShiftMainFrame', 'wastedPercent']);

/** A short text for one value of an audit's details. */
function text(value: unknown, origin: string): string {
  if (value == null) return '';
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return value.split(origin).join('');
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (v.type === 'node') return `${v.selector ?? ''} ${v.snippet ?? ''}`.trim();
  if (v.type === 'source-location') return `${text(v.url, origin)}:${v.line}:${v.column}`;
  if (v.type === 'url' || v.type === 'text' || v.type === 'numeric' || v.type === 'code') return text(v.value, origin);
  return JSON.stringify(v).slice(0, 160);
}

/** A short text for one row of an audit's details (the element, the URL, the figures). */
function describeItem(item: Record<string, unknown>, origin: string): string {
  const node = item.node as { type?: string; explanation?: string } | undefined;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (SKIP_KEYS.has(key) || key === 'subItems' || value == null || value === '') continue;
    parts.push(key === 'node' || key === 'url' || key === 'source' ? text(value, origin) : `${key}: ${text(value, origin)}`);
    if (parts.length >= 5) break;
  }
  if (node?.explanation) parts.push(node.explanation.replace(/\s+/g, ' ').slice(0, 300));
  const sub = item.subItems as { items?: Record<string, unknown>[] } | undefined;
  if (sub?.items?.length) {
    const shown = sub.items.slice(0, 3).map((s) => describeItem(s, origin));
    parts.push(`[${shown.join(' | ')}${sub.items.length > 3 ? ` | +${sub.items.length - 3} more` : ''}]`);
  }
  return parts.join(' — ').replace(/\s+/g, ' ').slice(0, 400);
}

/** The rows of an audit's details, whatever their shape (tables, insight lists, checklists). */
function detailRows(details: unknown): Record<string, unknown>[] {
  const d = details as { type?: string; items?: unknown } | undefined;
  if (!d || !d.items) return [];
  if (d.type === 'list') return (d.items as { type?: string; items?: Record<string, unknown>[] }[]).flatMap((sub) => (sub.type === 'table' ? (sub.items ?? []) : []));
  if (d.type === 'checklist') {
    return Object.values(d.items as Record<string, { label: string; value: boolean }>)
      .filter((check) => !check.value)
      .map((check) => ({ check: check.label }));
  }
  if (d.type === 'table' || d.type === 'opportunity') return d.items as Record<string, unknown>[];
  return [];
}

/** Audits that explain a failing performance metric (shown when that metric is under 1). */
const EXPLAINS: Record<string, string[]> = {
  'cumulative-layout-shift': ['layout-shifts'],
  'largest-contentful-paint': ['largest-contentful-paint-element'],
  'first-contentful-paint': ['render-blocking-resources'],
  'total-blocking-time': ['bootup-time', 'long-tasks']
};

/**
 * The audits that keep a category under 100: scored audits below 1. For
 * performance: the metrics under 1, the audits that explain them, and the
 * opportunities Lighthouse estimates would save time (insight audits, which
 * repeat the classic ones, are left out).
 */
function failingAudits(lhr: Result, category: Category, origin: string): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing: FailingAudit[] = [];
  const add = (id: string, weight: number) => {
    const audit = lhr.audits[id];
    if (!audit || failing.some((f) => f.id === id)) return;
    const rows = detailRows(audit.details);
    failing.push({
      id: audit.id,
      title: audit.scoreDisplayMode === 'error' ? `${audit.title} (audit error: ${audit.errorMessage ?? 'unknown'})` : audit.title,
      score: typeof audit.score === 'number' ? audit.score : null,
      weight,
      ...(audit.displayValue ? { displayValue: String(audit.displayValue) } : {}),
      ...(rows.length ? { items: rows.slice(0, 5).map((row) => describeItem(row, origin)) } : {})
    });
  };
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit) continue;
    if (audit.scoreDisplayMode === 'error') {
      add(ref.id, ref.weight);
      continue;
    }
    if (typeof audit.score !== 'number' || audit.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
    if (category !== 'performance' || ref.weight > 0) {
      add(ref.id, ref.weight);
      continue;
    }
  }
  if (category === 'performance') {
    for (const f of [...failing]) for (const id of EXPLAINS[f.id] ?? []) add(id, 0);
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight > 0 || ref.id.endsWith('-insight') || typeof audit.score !== 'number' || audit.score >= 0.9) continue;
      const savings = Object.values(audit.metricSavings ?? {}).some((v) => typeof v === 'number' && v > 0);
      if (savings) add(ref.id, 0);
    }
  }
  // Weighted audits first, heaviest first; the order of the others is kept.
  return failing.sort((a, b) => b.weight - a.weight);
}

// ---------------------------------------------------------------- lighthouse

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

async function lighthouseOnce(url: string, formFactor: FormFactor, chromePath: string | undefined): Promise<Result> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function slug(path: string, formFactor: FormFactor): string {
  return `${path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'root'}.${formFactor}`;
}

async function measure(target: Target, origin: string, chromePath: string | undefined): Promise<RunResult> {
  const url = origin + target.path;
  const empty = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, number | null>;
  const report = join(REPORTS, `${slug(target.path, target.formFactor)}.json`);
  const base = { path: target.path, formFactor: target.formFactor, url, targets: target.targets, report: relative(ROOT, report) };
  const lhrs: Result[] = [];
  try {
    for (let i = 0; i < RUNS; i += 1) lhrs.push(await lighthouseOnce(url, target.formFactor, chromePath));
  } catch (error) {
    return { ...base, scores: empty, failing: {}, warnings: [], error: error instanceof Error ? error.message : String(error) };
  }
  // With several runs, the one with the median performance score is reported.
  const sorted = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? -1) - (b.categories.performance?.score ?? -1));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
  writeFileSync(report, JSON.stringify(lhr));
  const scores = { ...empty };
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    scores[c] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const failing: RunResult['failing'] = {};
  for (const c of CATEGORIES) if (scores[c] !== null && scores[c]! < 100) failing[c] = failingAudits(lhr, c, origin);
  const missing = CATEGORIES.filter((c) => scores[c] === null);
  const error = lhr.runtimeError
    ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
    : missing.length
      ? `no score for ${missing.join(', ')}`
      : undefined;
  return {
    ...base,
    scores,
    ...(RUNS > 1 ? { allPerformance: lhrs.map((r) => (typeof r.categories.performance?.score === 'number' ? Math.round(r.categories.performance.score * 100) : null)) } : {}),
    failing,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    warnings: lhr.runWarnings ?? [],
    ...(error ? { error } : {})
  };
}

// ---------------------------------------------------------------- output

function cell(result: RunResult, c: Category): string {
  const score = result.scores[c];
  if (score === null) return result.error ? 'error' : 'n/a';
  const mark = result.targets.includes(c) ? (score === 100 ? ' ✓' : ' ✗') : '';
  return `${score}${mark}`;
}

function table(results: RunResult[], embedPresent: boolean, markdown: boolean): string {
  const head = ['page', 'preset', ...CATEGORIES.map((c) => SHORT[c]), 'cpu index'];
  const rows = results.map((r) => [r.path, r.formFactor, ...CATEGORIES.map((c) => cell(r, c)), String(r.benchmarkIndex ?? '')]);
  if (!embedPresent) rows.push(['/en/embed', 'desktop', ...CATEGORIES.map(() => 'n/a'), '']);
  if (markdown) {
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function failures(results: RunResult[], markdown: boolean): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.error) out.push(markdown ? `- **${r.path} (${r.formFactor})**: Lighthouse error: ${r.error}` : `${r.path} (${r.formFactor}): Lighthouse error: ${r.error}`);
    for (const c of CATEGORIES) {
      const list = r.failing[c];
      if (!list) continue;
      const header = `${r.path} (${r.formFactor}) — ${c} ${r.scores[c]}${r.targets.includes(c) ? ' (target 100)' : ''}`;
      out.push(markdown ? `\n**${header}**\n` : `\n${header}`);
      if (!list.length) out.push(markdown ? '- (no single audit fails: the score is a weighted sum of metrics near their thresholds)' : '  (no single audit fails)');
      for (const a of list) {
        const score = a.score === null ? 'error' : a.score.toFixed(2);
        const value = a.displayValue ? ` — ${a.displayValue}` : '';
        const weight = a.weight ? ` weight ${num(a.weight)}` : ' diagnostic';
        out.push(markdown ? `- \`${a.id}\` ${a.title}: score ${score},${weight}${value}` : `  - ${a.id}: ${a.title} (score ${score},${weight})${value}`);
        for (const item of a.items ?? []) out.push(markdown ? `  - ${item.replace(/\|/g, '\\|')}` : `      · ${item}`);
      }
    }
    for (const w of r.warnings) out.push(markdown ? `- ${r.path} (${r.formFactor}) warning: ${w}` : `${r.path} (${r.formFactor}) warning: ${w}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const chromePath = chromiumPath ?? process.env.CHROME_PATH;
  if (chromePath) process.env.CHROME_PATH = chromePath;
  const chromium = chromiumVersion(chromePath);
  const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(REPORTS, { recursive: true });

  let served: Served;
  try {
    served = await serveSite();
  } catch (error) {
    console.error(`!! ${error instanceof Error ? error.message : error}`);
    return 2;
  }
  const stopOnSignal = () => void served.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  const embedPresent = existsSync(join(served.dir, 'en', 'embed.html'));
  const language: Category[] = ['accessibility', 'best-practices', 'seo'];
  const targets: Target[] = [
    { path: '/fr', formFactor: 'desktop', targets: language },
    { path: '/en', formFactor: 'desktop', targets: ['performance', ...language] },
    { path: '/en', formFactor: 'mobile', targets: ['performance', ...language] },
    { path: '/vi', formFactor: 'desktop', targets: language },
    { path: '/en/events/visit-2023-05', formFactor: 'desktop', targets: language },
    { path: '/vi/events/talks-2024-04', formFactor: 'desktop', targets: language },
    ...(embedPresent ? [{ path: '/en/embed', formFactor: 'desktop' as const, targets: ['performance' as const] }] : [])
  ];

  const results: RunResult[] = [];
  try {
    for (const target of targets) {
      const started = performance.now();
      process.stdout.write(`-- ${target.path} (${target.formFactor})${RUNS > 1 ? ` × ${RUNS}` : ''} … `);
      const result = await measure(target, served.origin, chromePath);
      results.push(result);
      log(result.error ? `error: ${result.error}` : `${CATEGORIES.map((c) => `${SHORT[c]} ${result.scores[c]}`).join(', ')} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await served.stop();
  }

  const date = new Date().toISOString();
  const m = machine(chromium);
  const lighthouseVersion = results.length ? JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version : null;
  const servedDir = relative(ROOT, served.dir) || '.';
  const note =
    `✓/✗: a category an issue asks 100 for on that page (issue 4: accessibility, best practices, SEO on language and event pages; issue 5: performance on a language page and the embed page).${embedPresent ? '' : ' /en/embed: n/a, no en/embed.html in the build.'}` +
    ` cpu index: Lighthouse's benchmarkIndex for that run (higher is faster; a busy machine lowers it and inflates the timings, Total Blocking Time above all). Load average at the start ${loadStart}, at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`;

  log();
  log(`Lighthouse ${lighthouseVersion} · ${date} · ${m.line}`);
  log(`served ${servedDir}/ at ${served.origin} (canonical links: ${served.siteUrl ?? 'none'})${RUNS > 1 ? ` · median of ${RUNS} runs by performance` : ''}`);
  log();
  log(table(results, embedPresent, false));
  log(note);
  const failingText = failures(results, false);
  if (failingText.trim()) {
    log();
    log('Failing audits (categories under 100):');
    log(failingText);
  }

  const json = {
    date,
    machine: m,
    lighthouse: lighthouseVersion,
    chromium,
    served: { dir: servedDir, origin: served.origin, canonicalOrigin: served.siteUrl },
    runsPerPage: RUNS,
    loadAverage: { start: loadStart, end: loadavg().map((l) => l.toFixed(1)).join(' ') },
    embed: embedPresent ? 'measured' : 'n/a (no en/embed.html in the build)',
    results
  };
  writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  const md = [
    '# Lighthouse scores',
    '',
    `- date: ${date}`,
    `- machine: ${m.line}`,
    `- chromium: ${chromium}`,
    `- lighthouse: ${lighthouseVersion}; desktop preset on every page, default (mobile) preset on /en too${RUNS > 1 ? `; median of ${RUNS} runs by performance` : ''}`,
    `- served: ${servedDir}/ at ${served.origin} with src/cli/serve.js`,
    '',
    table(results, embedPresent, true),
    '',
    note,
    '',
    '## Failing audits',
    '',
    failures(results, true).trim() || 'None: every category scored 100.',
    ''
  ].join('\n');
  writeFileSync(join(RESULTS, 'latest.md'), md);
  log();
  log(`Wrote ${relative(ROOT, join(RESULTS, 'latest.json'))}, ${relative(ROOT, join(RESULTS, 'latest.md'))} and the full reports in ${relative(ROOT, REPORTS)}/`);

  const broken = results.filter((r) => r.error);
  if (broken.length) {
    console.error(`!! Lighthouse could not run on ${broken.map((r) => `${r.path} (${r.formFactor})`).join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('!! Lighthouse could not run:', error);
    process.exit(1);
  }
);
