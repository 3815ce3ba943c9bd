/**
 * `npm run bench`: for each size, generates the data, builds the site against
 * it, serves it and measures it in headless Chromium next to vis-timeline
 * rendering the same events; prints a table, checks the targets of issue 5 and
 * writes results/latest.json, results/latest.md and the README's table.
 *
 * Options: --sizes 10,1000 (default 10,1000,10000,100000), --no-vis,
 * --no-profile, --no-readme, --repeats 3, --seed 5; --report-only prints and
 * writes the report of the last run again. The static server's load test
 * (lib/serverLoad.ts) runs after the sizes, or alone with --only server;
 * --no-server skips it, --server-seconds 10 and --server-connections 50 bound
 * it, --server-dir DIR serves a build already made instead of building one.
 * The search figures (search-compare.ts, issue 13) run after the sizes of
 * 10,000 events and more (--no-search skips them), or the whole search
 * benchmark alone, the library comparison included, with --only search.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { ensureDataFolder, option, DEFAULT_SEED } from './generate';
import { launchBrowser, freshContext } from './lib/browser';
import { buildSite } from './lib/build';
import { waitForQuietCpu } from './lib/cpuQuiet';
import { fastPan, fastZoom, zoomIn } from './lib/gestures';
import { jsByPackage } from './lib/jsPackages';
import { describeMachine } from './lib/machine';
import { measurePage, type PageResult } from './lib/measurePage';
import { DATA_DIR, RESULTS_DIR, ROOT } from './lib/paths';
import { profileDuring, summarizeProfile, traceDuring } from './lib/profile';
import { checkTargets, markdownReport, textReport, type BenchResults, type SizeResult } from './lib/report';
import { serveStatic, type StaticServer } from './lib/serve';
import { measureServerLoad, type ServerLoadResult } from './lib/serverLoad';
import { timeDataPipeline } from './lib/timeDataPipeline';
import { runSearchBench } from './search-compare';
import { writeVisPage } from './lib/visPage';

const args = process.argv.slice(2);
/** `record` in --sizes: the project's own data/ (12 events), as the issue's "12 (our record)" row. */
const RECORD = 0;
const sizes = (option(args, 'sizes') ?? '10,1000,10000,100000')
  .split(',')
  .map((s) => (s === 'record' ? RECORD : Number(s.replace(/[_,]/g, ''))));
const repeats = Number(option(args, 'repeats') ?? 3);
const seed = Number(option(args, 'seed') ?? DEFAULT_SEED);
const withVis = !args.includes('--no-vis');
const withProfile = !args.includes('--no-profile');
const withReadme = !args.includes('--no-readme');
const PROFILE_SIZE = 10_000;
const only = option(args, 'only');
if (only !== undefined && only !== 'server' && only !== 'search') throw new Error(`--only takes "server" or "search", not "${only}"`);
const withSearch = !args.includes('--no-search');
const withServerLoad = !args.includes('--no-server');
const serverSeconds = Number(option(args, 'server-seconds') ?? 10);
const serverConnections = Number(option(args, 'server-connections') ?? 50);
/** BENCH_PORT moves the four servers (port … port + 3) when several benches share a machine. */
const BASE_PORT = Number(process.env.BENCH_PORT) || 4250;
const PORTS = { ours: BASE_PORT, vis: BASE_PORT + 1, profile: BASE_PORT + 2, server: BASE_PORT + 3 };
const OUR_SURFACE = '.plot';
/** A large timeline's data file, fetched by the page (src/lib/data/delivery.ts). */
const isOurData = (url: string) => /\/data\/timeline-[0-9a-f]+\.json$/.test(url);
const VIS_SURFACE = '.vis-panel.vis-center';

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : null);
/** The size of a large timeline's data file (src/lib/data/delivery.ts), or null when the data is inlined. */
function dataFileSize(buildDir: string): number | null {
  const dir = join(buildDir, 'data');
  const file = existsSync(dir) ? readdirSync(dir).find((name) => /^timeline-[0-9a-f]+\.json$/.test(name)) : undefined;
  return file ? fileSize(join(dir, file)) : null;
}
const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Timeouts grow with the data: a page of 100,000 events is tens of MB. */
const readyTimeout = (size: number) => (size >= 100_000 ? 300_000 : 120_000);

async function withServer<T>(dir: string, port: number, run: (server: StaticServer) => Promise<T>): Promise<T> {
  const server = await serveStatic(dir, port);
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

/**
 * A CPU profile and a performance trace of the fast wheel and the fast drag
 * on an unminified build, so function names are readable: the trace says
 * what the page's main thread spent the frames on (script, style, layout,
 * paint, GC), the profile which functions the script was.
 */
async function profileSize(browser: Browser, size: number, dataDir: string): Promise<SizeResult['profile']> {
  const buildDir = join(DATA_DIR, `build-${size}-profile`);
  log(`profile: building ${size} events unminified…`);
  const build = await buildSite(dataDir, buildDir, join(DATA_DIR, `build-${size}-profile.log`), { extraArgs: ['--minify', 'false'] });
  if (!build.ok) return { error: `unminified build failed: ${build.error}` };
  return withServer(buildDir, PORTS.profile, async (server) => {
    const context = await freshContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/en`);
      await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, undefined, { timeout: readyTimeout(size) });
      await page.waitForTimeout(1000);
      await waitForQuietCpu();
      const zoomTrace = await traceDuring(page, join(DATA_DIR, `zoom-${size}.trace.json`), () => fastZoom(page, OUR_SURFACE));
      await page.waitForTimeout(500);
      const zoom = await profileDuring(page, () => fastZoom(page, OUR_SURFACE));
      await zoomIn(page, OUR_SURFACE, 15);
      await page.waitForTimeout(500);
      const panTrace = await traceDuring(page, join(DATA_DIR, `pan-${size}.trace.json`), () => fastPan(page, OUR_SURFACE));
      await page.waitForTimeout(500);
      const pan = await profileDuring(page, () => fastPan(page, OUR_SURFACE));
      await context.close();
      return {
        zoom: summarizeProfile(zoom, buildDir, join(DATA_DIR, `zoom-${size}.cpuprofile`)),
        pan: summarizeProfile(pan, buildDir, join(DATA_DIR, `pan-${size}.cpuprofile`)),
        zoomTrace,
        panTrace,
        build: buildDir
      };
    } finally {
      await context.close();
    }
  });
}

async function measureSize(browser: Browser, size: number): Promise<SizeResult> {
  const result: SizeResult = {
    size,
    generate: { ms: 0, written: false, dataDir: '' },
    pipeline: null,
    build: null,
    cpuBusy: null,
    ours: null,
    embed: null,
    vis: null,
    errors: []
  };
  let started = performance.now();
  const { dir: dataDir, written } = size === RECORD ? { dir: join(ROOT, 'data'), written: false } : ensureDataFolder(size, seed);
  result.generate = { ms: performance.now() - started, written, dataDir };
  log(`${size || 'record'} events: data ${written ? 'written' : 'cached'} in ${seconds(result.generate.ms)} (${dataDir})`);

  // The build's own data loading, timed step by step (and a check that the generated data is valid).
  const { times, data } = timeDataPipeline(dataDir);
  result.pipeline = times;
  if (size === RECORD) result.label = `${data.events.length} (our record)`;
  log(`${size} events: read YAML ${seconds(times.readMs)}, validate ${seconds(times.compileMs)}, serialize ${seconds(times.serializeMs)}, JSON ${(times.jsonBytes / 2 ** 20).toFixed(1)} MB`);
  const visDir = join(DATA_DIR, `vis-${size || 'record'}`);
  if (withVis) writeVisPage(visDir, data);

  const buildDir = join(DATA_DIR, `build-${size || 'record'}`);
  started = performance.now();
  log(`${size} events: building into ${buildDir}…`);
  // Hidden source maps: the pages load the same files, and the maps tell what each byte of them comes from.
  const build = await buildSite(dataDir, buildDir, join(DATA_DIR, `build-${size || 'record'}.log`), { extraArgs: ['--sourcemap', 'hidden'] });
  result.build = {
    ...build,
    htmlBytes: fileSize(join(buildDir, 'en.html')),
    dataFileBytes: dataFileSize(buildDir)
  };
  log(`${size} events: build ${build.ok ? 'done' : 'FAILED'} in ${seconds(build.ms)}${build.peakRssMb ? `, peak RSS ${build.peakRssMb} MB` : ''}`);
  if (build.workaround) result.errors.push(`build: ${build.workaround}`);
  if (!build.ok) {
    result.errors.push(`build failed: ${build.error} (log: ${build.log})`);
  } else {
    await withServer(buildDir, PORTS.ours, async (server) => {
      const quiet = await waitForQuietCpu();
      result.cpuBusy = quiet.busy;
      if (quiet.busy > 0.25) log(`machine still ${Math.round(quiet.busy * 100)}% busy after ${seconds(quiet.waitedMs)}: measuring anyway`);
      try {
        log(`${size} events: measuring /en…`);
        result.ours = await measurePage(browser, `${server.origin}/en`, { surface: OUR_SURFACE, repeats, readyTimeoutMs: readyTimeout(size), isData: isOurData });
      } catch (error) {
        result.errors.push(`ours /en: ${errorText(error)}`);
      }
      const embedStatus = (await fetch(`${server.origin}/en/embed`)).status;
      try {
        log(`${size} events: JS by package…`);
        result.jsPackages = [await jsByPackage(browser, `${server.origin}/en`, buildDir)];
        if (embedStatus === 200) result.jsPackages.push(await jsByPackage(browser, `${server.origin}/en/embed`, buildDir));
      } catch (error) {
        result.errors.push(`JS by package: ${errorText(error)}`);
      }
      if (embedStatus !== 200) result.embed = 'n/a';
      else {
        try {
          log(`${size} events: measuring /en/embed (bytes and ready)…`);
          result.embed = await measurePage(browser, `${server.origin}/en/embed`, {
            surface: OUR_SURFACE,
            repeats: 1,
            bytesOnly: true,
            readyTimeoutMs: readyTimeout(size),
            isData: isOurData
          });
        } catch (error) {
          result.errors.push(`ours /en/embed: ${errorText(error)}`);
        }
      }
    });
  }

  if (withVis) {
    await withServer(visDir, PORTS.vis, async (server) => {
      await waitForQuietCpu();
      try {
        log(`${size} events: measuring vis-timeline…`);
        result.vis = await measurePage(browser, `${server.origin}/`, {
          surface: VIS_SURFACE,
          repeats,
          readyTimeoutMs: readyTimeout(size),
          isData: (url) => url.endsWith('/items.js')
        });
      } catch (error) {
        result.errors.push(`vis-timeline: ${errorText(error)}`);
      }
    });
  }

  if (withProfile && size === PROFILE_SIZE && build.ok) {
    try {
      result.profile = await profileSize(browser, size, dataDir);
    } catch (error) {
      result.profile = { error: errorText(error) };
    }
  }
  return result;
}

const summary = (page: PageResult | null) =>
  page ? `ready ${page.readyMs === null ? 'timeout' : Math.round(page.readyMs) + ' ms'}, zoom p95 ${Math.round(page.zoom?.p95Ms ?? NaN)} ms, pan p95 ${Math.round(page.pan?.p95Ms ?? NaN)} ms` : 'not measured';

/** Replaces the table between the README's bench markers (left alone when the markers are missing). */
function updateReadme(markdown: string): boolean {
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const pattern = /(<!-- bench:results:start -->\n)[\s\S]*?(\n<!-- bench:results:end -->)/;
  if (!pattern.test(text)) return false;
  writeFileSync(readme, text.replace(pattern, (_, start: string, end: string) => `${start}${markdown}${end}`));
  return true;
}

/** Writes results/latest.md and the README table, and prints the report. */
function publish(results: BenchResults, toReadme = withReadme) {
  const markdown = markdownReport(results);
  writeFileSync(join(RESULTS_DIR, 'latest.md'), `# Benchmark results\n\n${markdown}\n`);
  if (toReadme && !updateReadme(markdown)) log('README.md has no bench markers: table not copied there');
  console.log('\n' + textReport(results) + '\n');
  console.log(`Written: ${join(RESULTS_DIR, 'latest.json')}, ${join(RESULTS_DIR, 'latest.md')}${withReadme ? ', README.md' : ''}`);
}

/** The server load test, on the site built from the project's own data (or --server-dir). */
async function serverLoad(): Promise<ServerLoadResult> {
  let dir = option(args, 'server-dir');
  if (!dir) {
    dir = join(DATA_DIR, 'build-site');
    log(`server load: building the site from data/ into ${dir}…`);
    const build = await buildSite(join(ROOT, 'data'), dir, join(DATA_DIR, 'build-site.log'));
    if (!build.ok) throw new Error(`build failed: ${build.error} (log: ${build.log})`);
  }
  const quiet = await waitForQuietCpu();
  const command = `npm run bench${args.length ? ' -- ' + args.join(' ') : ''}`;
  const result = await measureServerLoad(dir, PORTS.server, { connections: serverConnections, seconds: serverSeconds, command, log });
  result.cpuBusy = quiet.busy;
  if (result.error) log(`server load: ${result.error}`);
  return result;
}

/**
 * --only server: the load test alone. The sizes of the last full run are
 * kept (results/latest.json), so the report still shows them; without one,
 * the README is left alone.
 */
async function serverOnly() {
  mkdirSync(DATA_DIR, { recursive: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const latest = join(RESULTS_DIR, 'latest.json');
  const previous = existsSync(latest) ? (JSON.parse(readFileSync(latest, 'utf8')) as BenchResults) : null;
  const results: BenchResults = previous ?? {
    date: new Date().toISOString(),
    machine: describeMachine('not used'),
    command: 'npm run bench -- --only server',
    seconds: 0,
    sizes: [],
    targets: []
  };
  results.server = await serverLoad();
  results.targets = checkTargets(results.sizes);
  writeFileSync(latest, JSON.stringify(results, null, 2) + '\n');
  publish(results, previous !== null && withReadme);
}

/** --report-only: the report of the last run again (targets checked anew), without measuring. */
function reportOnly() {
  const results = JSON.parse(readFileSync(join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchResults;
  results.targets = checkTargets(results.sizes);
  writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  publish(results);
}

async function main() {
  if (args.includes('--report-only')) return reportOnly();
  if (only === 'server') return serverOnly();
  if (only === 'search') return runSearchBench(args.filter((_, i) => args[i] !== '--only' && args[i - 1] !== '--only'));
  const runStarted = performance.now();
  mkdirSync(DATA_DIR, { recursive: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const browser = await launchBrowser();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: describeMachine(browser.version()),
    command: `npm run bench${args.length ? ' -- ' + args.join(' ') : ''}`,
    seconds: 0,
    sizes: [],
    targets: []
  };
  const save = () => {
    results.seconds = (performance.now() - runStarted) / 1000;
    results.targets = checkTargets(results.sizes);
    writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  };
  try {
    for (const size of sizes) {
      const sizeStarted = performance.now();
      try {
        results.sizes.push(await measureSize(browser, size));
      } catch (error) {
        log(`${size} events: ${errorText(error)}`);
        results.sizes.push({
          size,
          generate: { ms: 0, written: false, dataDir: '' },
          pipeline: null,
          build: null,
          cpuBusy: null,
          ours: null,
          embed: null,
          vis: null,
          errors: [errorText(error)]
        });
      }
      const last = results.sizes.at(-1)!;
      log(`${size} events done in ${seconds(performance.now() - sizeStarted)}: ours ${summary(last.ours)}; vis ${summary(last.vis)}`);
      save(); // a later size that stalls still leaves these results
    }
  } finally {
    await browser.close();
  }
  if (withServerLoad) {
    try {
      results.server = await serverLoad();
    } catch (error) {
      log(`server load: ${errorText(error)}`);
    }
  }
  save();
  publish(results);
  const searchSizes = sizes.filter((size) => size >= 10_000);
  if (withSearch && searchSizes.length) {
    log('search figures (tests/bench/search-compare.ts)…');
    await runSearchBench(['--sizes', searchSizes.join(','), '--no-libraries', '--seed', String(seed), ...(withReadme ? [] : ['--no-readme'])]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
