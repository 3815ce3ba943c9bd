/**
 * The search benchmark (issue 13): which search library, by measurement, and
 * the search figures of our own implementation.
 *
 * Part 1 compares MiniSearch, FlexSearch, Fuse.js and Orama on the synthetic
 * timelines of tests/bench/generate.ts: gzip size of the smallest browser
 * bundle that indexes and queries, index build time, time per keystroke for
 * queries typed letter by letter (p50, p95, max), heap held by the index, and
 * how each handles Vietnamese, French and Spanish names, with our normaliser
 * as its tokenizer and with its own defaults.
 *
 * Part 3 measures the search in Chromium, on the built site of N
 * events (lib/searchBrowser.ts): first results after the first keystroke,
 * keystroke to results on screen, long tasks while typing.
 *
 * Usage: npx tsx tests/bench/search-compare.ts [--sizes 10000,100000]
 *        [--libs MiniSearch,Orama] [--no-libraries] [--no-figures]
 *        [--no-browser] [--reuse-builds] [--no-readme] [--seed 5]
 *        npm run bench -- --only search [same options]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rolldown } from 'rolldown';
import type { TimelineData } from '../../src/lib/data/model';
import { searchDocuments, type SearchDocument } from '../../src/lib/search/documents';
import type { Lang } from '../../src/lib/timeline/types';
import { DEFAULT_SEED, ensureDataFolder, option } from './generate';
import { DATA_DIR, RESULTS_DIR, ROOT } from './lib/paths';
import { labelsFor, projectTimeline, syntheticTimeline } from './lib/searchData';
import { LIBRARIES, referenceSearch, type SearchLibrary } from './lib/searchLibraries';
import { median, quantile } from './lib/stats';
import { cpuNow, measureSearchFigures, type SearchFigures } from './lib/searchFigures';
import { cpuMeter, waitForQuietCpu } from './lib/cpuQuiet';
import { describeMachine, machineLine } from './lib/machine';
import { buildSite } from './lib/build';
import { launchBrowser } from './lib/browser';
import { measureSearchInBrowser, type BrowserSearchFigures } from './lib/searchBrowser';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const log = (message: string) => console.log(`[search ${new Date().toISOString().slice(11, 19)}] ${message}`);
const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * What readers type, letter by letter, against the synthetic data: names
 * without accents, a place in syllables and joined, two words in either
 * order, a domain. The page language is English; the Vietnamese queries run
 * against the Vietnamese documents.
 */
export const TYPED_QUERIES: { lang: Lang; query: string }[] = [
  { lang: 'en', query: 'cuong' },
  { lang: 'en', query: 'nguyen van an' },
  { lang: 'en', query: 'perez diaz' },
  { lang: 'en', query: 'health havana' },
  { lang: 'en', query: 'havana health' },
  { lang: 'en', query: 'deputy minister' },
  { lang: 'en', query: 'da nang training' },
  { lang: 'vi', query: 'ha noi' },
  { lang: 'vi', query: 'hanoi' },
  { lang: 'vi', query: 'hoi dam tai hue' },
  { lang: 'vi', query: 'dao tao' }
];

const KEYSTROKE_BUDGET_MS = 60_000;
/** Four times the issue's 50 ms target. */
const SKIP_ABOVE_P95_MS = 200;
/** Sizes up to this are checked against the reference answer (slow: it reads every document). */
const CHECK_MAX = 10_000;

/** Every prefix of a query as typed, one letter at a time (spaces included). */
export const keystrokes = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((q) => q.trim());

const TOTAL_KEYSTROKES = TYPED_QUERIES.reduce((sum, { query }) => sum + keystrokes(query).length, 0);

/** The issue's examples, and a few more, against the project's own data. */
const LANGUAGE_CHECKS: { lang: Lang; query: string }[] = [
  { lang: 'en', query: 'tuyen' },
  { lang: 'en', query: 'tuy' },
  { lang: 'en', query: 'alvarez' },
  { lang: 'en', query: 'alvarez casas' },
  { lang: 'en', query: 'casas alvarez' },
  { lang: 'en', query: 'hoai duc' },
  { lang: 'en', query: 'diaz canel' },
  { lang: 'vi', query: 'ha noi' },
  { lang: 'vi', query: 'hanoi' },
  { lang: 'vi', query: 'hoai duc' },
  { lang: 'vi', query: 'hoaiduc' },
  { lang: 'vi', query: 'bo cong an' },
  { lang: 'vi', query: 'to lam' },
  { lang: 'vi', query: 'dang' },
  { lang: 'fr', query: 'medaille' },
  { lang: 'fr', query: 'hanoi' },
  { lang: 'fr', query: 'interieur' },
  { lang: 'fr', query: 'securite publique' }
];

interface LibraryResult {
  library: string;
  size: number;
  gzipBytes: number | null;
  /** CPU time of this process (user + system): other work on a shared machine hardly changes it. */
  buildMs: number;
  /** Wall-clock time, for the record. */
  buildWallMs: number;
  heapBytes: number;
  /** `count` of the `of` keystrokes measured (a slow library stops after KEYSTROKE_BUDGET_MS). */
  keystroke: { p50Ms: number; p95Ms: number; maxMs: number; count: number; of: number };
  /** Keystrokes whose matches differ from the reference (AND of word prefixes), of `checkedKeystrokes`. */
  keystrokeWall: { p50Ms: number; p95Ms: number; maxMs: number };
  wrongKeystrokes: number;
  checkedKeystrokes: number;
  /** Share of the machine's CPU busy just before measuring. */
  cpuBusy: number;
  error?: string;
}

interface LanguageResult {
  library: string;
  normalised: { passed: number; failed: string[] };
  defaults: { passed: number; failed: string[] };
}

/** Gzip size (level 9) of the minified browser bundle of a library's smallest use. */
async function bundleSize(library: SearchLibrary): Promise<number> {
  const dir = join(DATA_DIR, 'search-bundles');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${library.name.replace(/\W/g, '')}.js`);
  writeFileSync(entry, library.entry);
  const bundle = await rolldown({
    input: entry,
    platform: 'browser',
    // The entry sits in tests/bench/.data; resolve packages from tests/bench, then the project.
    resolve: { modules: [join(ROOT, 'tests/bench/node_modules'), join(ROOT, 'node_modules')] },
    tsconfig: false,
    logLevel: 'silent'
  });
  const { output } = await bundle.generate({ format: 'es', minify: true });
  await bundle.close();
  const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  return gzipSync(code, { level: 9 }).length;
}

/** Heap in use after a full collection. */
function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const sameSet = (found: number[], expected: Set<number>) => found.length === expected.size && found.every((id) => expected.has(id));

async function measureLibrary(library: SearchLibrary, size: number, docsByLang: Map<Lang, SearchDocument[]>, gzipBytes: number | null): Promise<LibraryResult> {
  const { busy: cpuBusy } = await waitForQuietCpu(0.3, 120_000);
  const before = heapUsed();
  const started = cpuNow();
  const startedWall = performance.now();
  const indexes = new Map<Lang, unknown>();
  for (const [lang, docs] of docsByLang) indexes.set(lang, library.build(docs, true));
  const buildMs = (cpuNow() - started) / docsByLang.size;
  const buildWallMs = (performance.now() - startedWall) / docsByLang.size;
  const heapBytes = (heapUsed() - before) / docsByLang.size;

  const times: number[] = [];
  const wallTimes: number[] = [];
  let wrong = 0;
  let checked = 0;
  // The first query warms the JIT (a reader's first query does too, but once).
  for (const typed of keystrokes(TYPED_QUERIES[0].query)) library.search(indexes.get(TYPED_QUERIES[0].lang)!, typed);
  const measuring = performance.now();
  typing: for (const { lang, query } of TYPED_QUERIES) {
    const index = indexes.get(lang)!;
    for (const typed of keystrokes(query)) {
      // A library that takes seconds per keystroke has answered the question.
      if (performance.now() - measuring > KEYSTROKE_BUDGET_MS) break typing;
      const t0 = performance.now();
      const c0 = cpuNow();
      const found = library.search(index, typed);
      times.push(cpuNow() - c0);
      wallTimes.push(performance.now() - t0);
      if (size <= CHECK_MAX) {
        checked += 1;
        if (!sameSet(found, referenceSearch(docsByLang.get(lang)!, typed, library.prefix))) wrong += 1;
      }
    }
  }
  indexes.clear();
  return {
    library: library.name,
    size,
    gzipBytes,
    buildMs,
    buildWallMs,
    heapBytes,
    keystroke: { p50Ms: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times), count: times.length, of: TOTAL_KEYSTROKES },
    keystrokeWall: { p50Ms: median(wallTimes), p95Ms: quantile(wallTimes, 0.95), maxMs: Math.max(...wallTimes) },
    wrongKeystrokes: size <= CHECK_MAX ? wrong : NaN,
    checkedKeystrokes: checked,
    cpuBusy
  };
}

/** How many of LANGUAGE_CHECKS a library answers exactly as the reference, with our normaliser and with its defaults. */
function checkLanguages(library: SearchLibrary, data: TimelineData): LanguageResult {
  const result: LanguageResult = { library: library.name, normalised: { passed: 0, failed: [] }, defaults: { passed: 0, failed: [] } };
  for (const normalised of [true, false]) {
    const tally = normalised ? result.normalised : result.defaults;
    const indexes = new Map<Lang, { docs: SearchDocument[]; index: unknown }>();
    for (const { lang, query } of LANGUAGE_CHECKS) {
      if (!indexes.has(lang)) {
        const docs = searchDocuments(data, lang, labelsFor(lang));
        indexes.set(lang, { docs, index: library.build(docs, normalised) });
      }
      const { docs, index } = indexes.get(lang)!;
      const expected = referenceSearch(docs, query, library.prefix);
      if (expected.size === 0) throw new Error(`"${query}" (${lang}) finds nothing in the project's data: fix the check`);
      if (sameSet(library.search(index, query), expected)) tally.passed += 1;
      else tally.failed.push(`${lang}:${query}`);
    }
  }
  return result;
}

/** The comparison as a markdown table (and the language checks). */
function comparisonMarkdown(results: LibraryResult[], languages: LanguageResult[]): string {
  const lines = [
    `| library | gzip | events | index build | keystroke p50 | p95 | max | heap | keystrokes off the reference |`,
    `|---|--:|--:|--:|--:|--:|--:|--:|--:|`
  ];
  for (const result of results) {
    lines.push(
      result.error
        ? `| ${result.library} | | ${result.size.toLocaleString('en')} | ${result.error} | | | | | |`
        : `| ${result.library} | ${result.gzipBytes === null ? '' : kb(result.gzipBytes)} | ${result.size.toLocaleString('en')} | ${ms(result.buildMs)} | ${ms(result.keystroke.p50Ms)} | ${ms(result.keystroke.p95Ms)} | ${ms(result.keystroke.maxMs)} | ${mb(result.heapBytes)} | ${Number.isNaN(result.wrongKeystrokes) ? '–' : `${result.wrongKeystrokes} / ${result.checkedKeystrokes}`}${result.keystroke.count < result.keystroke.of ? ` (stopped after ${result.keystroke.count} of ${result.keystroke.of} keystrokes: ${KEYSTROKE_BUDGET_MS / 1000} s)` : ''} |`
    );
  }
  lines.push('', `| library | ${LANGUAGE_CHECKS.length} language checks, our normaliser | with the library's defaults |`, '|---|---|---|');
  for (const language of languages) {
    const cell = (tally: LanguageResult['normalised']) => `${tally.passed} / ${LANGUAGE_CHECKS.length}${tally.failed.length ? ` (missed ${tally.failed.join(', ')})` : ''}`;
    lines.push(`| ${language.library} | ${cell(language.normalised)} | ${cell(language.defaults)} |`);
  }
  lines.push(
    '',
    `Build, heap and keystrokes per language index (English and Vietnamese documents), times in CPU ms of the process; ${TOTAL_KEYSTROKES} keystrokes typing ${TYPED_QUERIES.length} queries letter by letter. "Off the reference": answers that differ from every word matched as a word start (checked up to ${CHECK_MAX.toLocaleString('en')} events).`
  );
  return lines.join('\n');
}

/** Replaces the text between two markers of the README (left alone when they are missing). */
function updateReadme(marker: string, markdown: string): boolean {
  const readme = join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const pattern = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(\\n<!-- ${marker}:end -->)`);
  if (!pattern.test(text)) return false;
  writeFileSync(readme, text.replace(pattern, (_, start: string, end: string) => `${start}${markdown}${end}`));
  return true;
}

/** A row for a library that was not measured at this size. */
const failed = (library: SearchLibrary, size: number, error: string): LibraryResult => ({
  library: library.name,
  size,
  gzipBytes: null,
  buildMs: NaN,
  buildWallMs: NaN,
  heapBytes: NaN,
  keystroke: { p50Ms: NaN, p95Ms: NaN, maxMs: NaN, count: 0, of: TOTAL_KEYSTROKES },
  keystrokeWall: { p50Ms: NaN, p95Ms: NaN, maxMs: NaN },
  wrongKeystrokes: NaN,
  checkedKeystrokes: 0,
  cpuBusy: NaN,
  error
});

/** The figures of our search as a markdown table, with the issue's targets checked. */
function figuresMarkdown(figures: SearchFigures[]): string {
  const lines = [
    '| events | data file parsed | first results | complete index | keystroke → result p50 | p95 | max | of which search p95 | page p95 | facet counts p95 | longest main-thread piece | facet table (once) | longest worker slice | exported index (one language) |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|'
  ];
  for (const f of figures) {
    lines.push(
      `| ${f.size.toLocaleString('en')} | ${ms(f.dataMs)} | ${ms(f.dataMs + f.firstResultsMs)} (${f.firstResultsIndexed.toLocaleString('en')} indexed) | ${ms(f.dataMs + f.completeMs)} | ${ms(f.keystroke.p50Ms)} | ${ms(f.keystroke.p95Ms)} | ${ms(f.keystroke.maxMs)} | ${ms(f.search.p95Ms)} | ${ms(f.page.p95Ms)} | ${ms(f.facets.p95Ms)} | ${ms(f.page.maxMs)} | ${ms(f.facetTableMs)} | ${ms(f.longestSliceMs)} | ${f.exported ? `${mb(f.exported.bytes)} (${mb(f.exported.gzipBytes)} gzip), import ${ms(f.exported.importMs)} vs build ${ms(f.exported.buildMs)}` : '–'} |`
    );
  }
  lines.push('', ...checkFigureTargets(figures).map((t) => `- ${t.ok === null ? '–' : t.ok ? '✓' : '✗'} ${t.text}`));
  lines.push(
    '',
    'CPU ms of the pure functions in Node (the worker\'s and the page\'s code, without rendering or messages). "First results": the worker parses the data file, then indexes 30 ms slices and answers between them; the first answer with matches comes after the first slice. "Page": what TimelineView derives from an answer (mask, facet counts, matches in time order). "Exported index": the build-time alternative, FlexSearch\'s export of one language\'s word-start index, which a build would ship. The browser\'s figures, rendering and messages included, are in the table before this one.'
  );
  return lines.join('\n');
}

/** The issue's targets for search, each met (true), missed (false) or not measured (null). */
function checkFigureTargets(figures: SearchFigures[]): { text: string; ok: boolean | null }[] {
  const at = (size: number) => figures.find((f) => f.size === size);
  const big = at(100_000);
  const mid = at(10_000);
  const check = (f: SearchFigures | undefined, value: (f: SearchFigures) => number, limit: number, text: (v: string) => string) =>
    f ? { text: text(ms(value(f))), ok: value(f) <= limit } : { text: text('not measured'), ok: null };
  return [
    check(big, (f) => f.keystroke.p95Ms, 50, (v) => `100,000 events: keystroke to result p95 ≤ 50 ms (${v})`),
    check(big, (f) => f.dataMs + f.firstResultsMs, 1000, (v) => `100,000 events: first results within 1 s of the first keystroke (${v})`),
    check(big, (f) => f.facets.p95Ms, 50, (v) => `100,000 events: facet counts per keystroke p95 ≤ 50 ms (${v})`),
    check(mid, (f) => Math.max(f.page.maxMs, f.facetTableMs), 50, (v) => `10,000 events: no main-thread piece of search over 50 ms (${v}; pure functions in Node; the browser's long tasks are in the table before this one)`)
  ];
}

/** Runs the search benchmark with command-line options. */
export async function runSearchBench(args: string[]): Promise<void> {
  const sizes = (option(args, 'sizes') ?? '10000,100000').split(',').map((s) => Number(s.replace(/_/g, '')));
  const seed = Number(option(args, 'seed') ?? DEFAULT_SEED);
  const only = option(args, 'libs')?.split(',');
  const withLibraries = !args.includes('--no-libraries');
  const withFigures = !args.includes('--no-figures');
  const withBrowser = !args.includes('--no-browser');
  const libraries = withLibraries ? LIBRARIES.filter((library) => !only || only.includes(library.name)) : [];
  mkdirSync(RESULTS_DIR, { recursive: true });
  const resultsFile = join(RESULTS_DIR, 'search.json');
  // Parts not run this time keep their last results.
  const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Partial<SearchResults>) : {};

  let languages: LanguageResult[] = [];
  const gzip = new Map<string, number | null>();
  if (withLibraries) {
    log('language checks on the project data…');
    const project = projectTimeline();
    languages = libraries.map((library) => checkLanguages(library, project));
    for (const library of libraries) {
      try {
        gzip.set(library.name, await bundleSize(library));
      } catch (error) {
        log(`${library.name}: bundle failed: ${error instanceof Error ? error.message : error}`);
        gzip.set(library.name, null);
      }
    }
  }

  const results: LibraryResult[] = [];
  const figures: SearchFigures[] = [];
  for (const size of sizes) {
    let started = performance.now();
    const data = syntheticTimeline(size, seed);
    log(`${size} events: data in ${ms(performance.now() - started)}`);
    if (withFigures) {
      await waitForQuietCpu(0.3, 120_000);
      started = cpuNow();
      const f = measureSearchFigures(data, TYPED_QUERIES, keystrokes);
      figures.push(f);
      log(`${size} events, our search: first results ${ms(f.dataMs + f.firstResultsMs)}, complete ${ms(f.dataMs + f.completeMs)}, keystroke p95 ${ms(f.keystroke.p95Ms)}, facets p95 ${ms(f.facets.p95Ms)}, page max ${ms(f.page.maxMs)}, facet table ${ms(f.facetTableMs)} (measured in ${ms(cpuNow() - started)})`);
    }
    if (!libraries.length) continue;
    started = performance.now();
    const docsByLang = new Map<Lang, SearchDocument[]>(
      (['en', 'vi'] as Lang[]).map((lang) => [lang, searchDocuments(data, lang, labelsFor(lang))])
    );
    log(`${size} events: documents (en, vi) in ${ms(performance.now() - started)}`);
    for (const library of libraries) {
      // A library already far too slow at a smaller size would only take minutes to say so again.
      const smaller = results.find((r) => r.library === library.name && r.size < size && r.keystroke.p95Ms > SKIP_ABOVE_P95_MS);
      if (smaller) {
        const message = `not run: keystroke p95 ${ms(smaller.keystroke.p95Ms)} at ${smaller.size.toLocaleString('en')}`;
        log(`${size} events, ${library.name}: ${message}`);
        results.push({ ...failed(library, size, message), gzipBytes: gzip.get(library.name) ?? null });
        continue;
      }
      try {
        const result = await measureLibrary(library, size, docsByLang, gzip.get(library.name) ?? null);
        results.push(result);
        log(`${size} events, ${library.name}: build ${ms(result.buildMs)}, keystroke p50 ${ms(result.keystroke.p50Ms)} p95 ${ms(result.keystroke.p95Ms)} max ${ms(result.keystroke.maxMs)}, heap ${mb(result.heapBytes)}`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${size} events, ${library.name}: ${message}`);
        results.push(failed(library, size, message));
      }
    }
  }

  const browserFigures: BrowserSearchFigures[] = [];
  if (withBrowser) {
    const browser = await launchBrowser();
    try {
      for (const size of sizes) {
        const { dir: dataDir } = ensureDataFolder(size, seed);
        const buildDir = join(DATA_DIR, `build-search-${size}`);
        if (!(args.includes('--reuse-builds') && existsSync(join(buildDir, 'en.html')))) {
          log(`${size} events: building the site into ${buildDir}…`);
          const build = await buildSite(dataDir, buildDir, join(DATA_DIR, `build-search-${size}.log`));
          if (!build.ok) {
            log(`${size} events: build failed (${build.error}): no browser figures`);
            continue;
          }
          log(`${size} events: built in ${ms(build.ms)}`);
        }
        await waitForQuietCpu(0.3, 120_000);
        try {
          const busy = cpuMeter();
          const measured = await measureSearchInBrowser(browser, buildDir, size, BROWSER_QUERIES, {
            port: BROWSER_PORT,
            readyTimeoutMs: size >= 100_000 ? 300_000 : 120_000,
            log
          });
          browserFigures.push({ ...measured, cpuBusy: busy() });
          const f = browserFigures.at(-1)!;
          log(`${size} events in Chromium: keystroke to results on screen p50 ${ms(f.keystroke.p50Ms)}, p95 ${ms(f.keystroke.p95Ms)}, max ${ms(f.keystroke.maxMs)} (${f.keystroke.count} keystrokes); long tasks while typing ${f.longTasks.count}, longest ${ms(f.longTasks.maxMs)}; while the engine loads ${f.longTasksLoading.count}, longest ${ms(f.longTasksLoading.maxMs)}; machine CPU ${Math.round(f.cpuBusy! * 100)}% busy`);
        } catch (error) {
          log(`${size} events in Chromium: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
    } finally {
      await browser.close();
    }
  }

  const saved: SearchResults = {
    date: new Date().toISOString(),
    command: `npx tsx tests/bench/search-compare.ts ${args.join(' ')}`.trim(),
    machine: describeMachine('–'),
    comparison: withLibraries ? { results, languages } : (previous.comparison ?? null),
    figures: withFigures ? figures : (previous.figures ?? []),
    // Sizes not measured this time keep their last figures.
    browser: withBrowser
      ? [...(previous.browser ?? []).filter((f) => !sizes.includes(f.size)), ...browserFigures].sort((a, b) => a.size - b.size)
      : (previous.browser ?? [])
  };
  const comparison = saved.comparison ? comparisonMarkdown(saved.comparison.results, saved.comparison.languages) : '(not measured yet)';
  const figureTable = figuresMarkdown(saved.figures);
  const browserTable = browserMarkdown(saved.browser ?? []);
  console.log(`\n${comparison}\n\n${figureTable}\n\n${browserTable}\n`);
  writeFileSync(resultsFile, JSON.stringify(saved, null, 2) + '\n');
  writeFileSync(join(RESULTS_DIR, 'search.md'), `# Search benchmark\n\n${machineLine({ ...saved.machine, chromium: '–' })}\n\n## Libraries\n\n${comparison}\n\n## Our search\n\n${figureTable}\n\n## In the browser\n\n${browserTable}\n`);
  if (!args.includes('--no-readme')) {
    if (withLibraries && !updateReadme('search:compare', comparison)) log('README.md has no search:compare markers: table not copied there');
    if (withFigures && !updateReadme('search:figures', figureTable)) log('README.md has no search:figures markers: table not copied there');
    if (withBrowser && !updateReadme('search:browser', browserTable)) log('README.md has no search:browser markers: table not copied there');
  }
}

/** What results/search.json holds. */
interface SearchResults {
  date: string;
  command: string;
  machine: ReturnType<typeof describeMachine>;
  comparison: { results: LibraryResult[]; languages: LanguageResult[] } | null;
  figures: SearchFigures[];
  browser?: BrowserSearchFigures[];
}

/** The English queries of TYPED_QUERIES: the browser types them on /en. */
const BROWSER_QUERIES = TYPED_QUERIES.filter((typed) => typed.lang === 'en').map((typed) => typed.query);
/** Where the browser part serves each built site while it measures it. */
const BROWSER_PORT = (Number(process.env.BENCH_PORT) || 4250) + 5;

/** The browser figures as a markdown table, with the issue's targets checked. */
function browserMarkdown(figures: BrowserSearchFigures[]): string {
  const lines = [
    '| events | first results after the first keystroke | complete answer | keystroke → results on screen p50 | p95 | max | keystrokes | long tasks while typing | longest task while typing | long tasks while the engine loads (longest) | JS heap | machine CPU busy |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|'
  ];
  for (const f of figures) {
    lines.push(
      `| ${f.size.toLocaleString('en')} | ${ms(f.firstResultsMs)}${f.firstComplete ? '' : ' (partial)'} | ${ms(f.completeMs)} | ${ms(f.keystroke.p50Ms)} | ${ms(f.keystroke.p95Ms)} | ${ms(f.keystroke.maxMs)} | ${f.keystroke.count} | ${f.longTasks.count} | ${f.longTasks.count ? ms(f.longTasks.maxMs) : '–'} | ${f.longTasksLoading ? `${f.longTasksLoading.count}${f.longTasksLoading.count ? ` (${ms(f.longTasksLoading.maxMs)})` : ''}` : '–'} | ${f.heapMb === null ? '–' : `${f.heapMb} MB`} | ${f.cpuBusy === undefined ? '–' : `${Math.round(f.cpuBusy * 100)}%`} |`
    );
  }
  const at = (size: number) => figures.find((f) => f.size === size);
  const check = (f: BrowserSearchFigures | undefined, value: (f: BrowserSearchFigures) => number, limit: number, text: (v: string) => string) =>
    f ? `- ${value(f) <= limit ? '✓' : '✗'} ${text(ms(value(f)))}` : `- – ${text('not measured')}`;
  lines.push(
    '',
    check(at(100_000), (f) => f.keystroke.p95Ms, 50, (v) => `100,000 events: keystroke to results on screen p95 ≤ 50 ms (${v})`),
    check(at(100_000), (f) => f.firstResultsMs, 1000, (v) => `100,000 events: first results within 1 s of the first keystroke (${v})`),
    check(at(10_000), (f) => f.longTasks.maxMs, 50, (v) =>
      `10,000 events: no main-thread task over 50 ms while typing (${at(10_000)!.longTasks.count ? `${at(10_000)!.longTasks.count}, the longest ${v}` : 'none'})`
    ),
    '',
    `Wall-clock times in Chromium (headless, 1280×800), the built site of N synthetic events served locally, ${BROWSER_QUERIES.length} English queries typed letter by letter at 8 letters a second on /en (tests/bench/lib/searchBrowser.ts). "First results": the reader clicks into the field and types a letter at once; the worker, FlexSearch and the data file load from the click. "On screen": the frame painted after the page shows that query's results (or a later one's); a space between words leaves the query as it was and is not counted. Long tasks: PerformanceObserver \`longtask\` (main-thread tasks over 50 ms), while typing the queries once the index is complete, and apart from the click into the field to the first complete answer (the worker, FlexSearch and the data file loading, the index built).`
  );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runSearchBench(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
