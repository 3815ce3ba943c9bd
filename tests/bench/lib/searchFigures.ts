/**
 * The search's own figures (issue 13), measured in Node on the pure
 * functions the page and the worker run: the same code, without the
 * browser's rendering and message passing (phase 2 measures those in
 * Chromium). Times are CPU time of this process (see cpuNow), so other work
 * on a shared machine changes them little.
 *
 * - first results: the worker's path for a large timeline, from the query's
 *   arrival with nothing indexed yet: parse and unpack the data file (as the
 *   worker does after fetching it from the HTTP cache), then index slices
 *   until the first answer with matches; and until the complete answer;
 * - keystroke to result: for each keystroke of TYPED_QUERIES, once the index
 *   is complete: the worker's search, then on the page the mask of the
 *   answer, the facet counts and the list of matches; p50, p95, max;
 * - facet counts alone, with the query and two filters;
 * - the longest piece of main-thread work per keystroke (mask, facets,
 *   matches), and the one-off facet table built on the first keystroke.
 */
import { gzipSync } from 'node:zlib';
import { Index } from 'flexsearch';
import type { TimelineData } from '../../../src/lib/data/model';
import { SEARCH_FIELDS, searchDocuments, type SearchLabels } from '../../../src/lib/search/documents';
import { tokenize } from '../../../src/lib/search/normalize';
import { packJson, unpackJson, type PackedJson } from '../../../src/lib/data/packJson';
import { facetCounts, facetTable, NO_FILTERS, type Filters } from '../../../src/lib/search/facets';
import { SearchEngine } from '../../../src/lib/search/searchEngine';
import { SearchWorkerCore, type FromSearchWorker } from '../../../src/lib/search/searchWorkerCore';
import type { Lang } from '../../../src/lib/timeline/types';
import { labelsFor } from './searchData';
import { median, quantile } from './stats';

/** CPU time used by this process so far, in ms (microsecond resolution). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const summary = (values: number[]) => ({ p50Ms: median(values), p95Ms: quantile(values, 0.95), maxMs: Math.max(...values), count: values.length });
export type Summary = ReturnType<typeof summary>;

export interface SearchFigures {
  size: number;
  /** JSON.parse + unpackJson of the data file, in the worker. */
  dataMs: number;
  /** From the query's arrival to the first answer with matches (data already parsed). */
  firstResultsMs: number;
  /** How many events were indexed then. */
  firstResultsIndexed: number;
  /** From the query's arrival to the complete answer. */
  completeMs: number;
  /** The worker's longest slice of work (it reads the next keystroke between slices). */
  longestSliceMs: number;
  /** The one-off facet table, built on the page at the first search. */
  facetTableMs: number;
  /** Per keystroke, the worker's search (page language and the second). */
  search: Summary;
  /** Per keystroke, on the page: mask of the answer + facet counts + matches in time order. */
  page: Summary;
  /** Per keystroke, search + page work. */
  keystroke: Summary;
  /** Facet counts alone, with the query's mask and two filters. */
  facets: Summary;
  /**
   * The build-time alternative: FlexSearch's export of one language's word-start
   * index (what a build would have to ship), its size, and the time to import
   * it against the time to build it.
   */
  exported: { bytes: number; gzipBytes: number; importMs: number; buildMs: number };
}

/** What the worker's slices are (search.worker.ts). */
const SLICE_MS = 30;

/** The page's work for one answer: what TimelineView derives (mask, counts, matches in time order). */
function pageWork(data: TimelineData, table: ReturnType<typeof facetTable>, filters: Filters, indices: Uint32Array) {
  const mask = new Uint8Array(data.events.length);
  for (const i of indices) mask[i] = 1;
  const facets = facetCounts(table, filters, mask);
  return data.events.filter((_, i) => facets.matches[i] === 1).length;
}

/** Builds one language's word-start index as the engine does, exports it, and imports it again. */
function measureExport(data: TimelineData, labels: SearchLabels): SearchFigures['exported'] {
  const texts = searchDocuments(data, 'en', labels).map((doc) => tokenize(SEARCH_FIELDS.map((field) => doc[field]).join(' ')).join(' '));
  const split = (text: string) => (text ? text.split(' ') : []);
  let t = cpuNow();
  const built = new Index({ tokenize: 'forward', encode: split });
  texts.forEach((text, i) => built.add(i, text));
  const buildMs = cpuNow() - t;
  const chunks: [string, string][] = [];
  built.export((key: string, value: string) => void chunks.push([key, value]));
  const json = JSON.stringify(chunks);
  t = cpuNow();
  const imported = new Index({ tokenize: 'forward', encode: split });
  for (const [key, value] of JSON.parse(json) as [string, string][]) imported.import(key, value);
  const importMs = cpuNow() - t;
  return { bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json, { level: 6 }).length, importMs, buildMs };
}

/** Measures the search figures for one timeline; `queries` are typed letter by letter. */
export function measureSearchFigures(data: TimelineData, queries: { lang: Lang; query: string }[], keystrokes: (query: string) => string[]): SearchFigures {
  const langs: Lang[] = ['en', 'vi'];
  const labels = { en: labelsFor('en'), vi: labelsFor('vi') };

  // The worker's path: the data file, parsed and unpacked.
  const body = JSON.stringify(packJson(data));
  let t = cpuNow();
  const unpacked = unpackJson(JSON.parse(body) as PackedJson) as TimelineData;
  const dataMs = cpuNow() - t;

  // A query arrives with nothing indexed; slices until the first answer with matches, then the complete one.
  const answers: { at: number; indexed: number; answer: Extract<FromSearchWorker, { type: 'answer' }> }[] = [];
  const core: SearchWorkerCore = new SearchWorkerCore(
    (message) => message.type === 'answer' && answers.push({ at: cpuNow(), indexed: core.indexed('en'), answer: message }),
    labels,
    cpuNow
  );
  core.setData(unpacked);
  const firstQuery = queries[0].query.slice(0, 1);
  t = cpuNow();
  core.receive({ type: 'search', query: firstQuery, langs: ['en'] });
  let longestSliceMs = 0;
  let more = true;
  while (more) {
    const s = cpuNow();
    more = core.step(SLICE_MS);
    longestSliceMs = Math.max(longestSliceMs, cpuNow() - s);
  }
  const first = answers.find(({ answer }) => answer.indices.length > 0);
  const complete = answers.find(({ answer }) => answer.complete);
  const firstResultsMs = first ? first.at - t : NaN;
  const completeMs = complete ? complete.at - t : NaN;
  const firstResultsIndexed = first?.indexed ?? 0;

  // A complete engine for both languages, and the page's facet table (built once, on the first search).
  const engine = new SearchEngine(unpacked, labels);
  for (const lang of langs) engine.indexSome(lang);
  t = cpuNow();
  const table = facetTable(unpacked);
  const facetTableMs = cpuNow() - t;
  const filters: Filters = { ...NO_FILTERS, kind: [table.columns.kind.ids[0]], domain: table.columns.domain.ids.slice(0, 2) };

  const searchTimes: number[] = [];
  const pageTimes: number[] = [];
  const totals: number[] = [];
  const facetTimes: number[] = [];
  // Warm the JIT on one query, as the first keystrokes of a session do.
  for (const typed of keystrokes(queries[0].query)) pageWork(unpacked, table, NO_FILTERS, engine.search(typed, langs).indices);
  for (const { query } of queries) {
    for (const typed of keystrokes(query)) {
      let s = cpuNow();
      const { indices } = engine.search(typed, langs);
      const searchMs = cpuNow() - s;
      s = cpuNow();
      pageWork(unpacked, table, NO_FILTERS, indices);
      const pageMs = cpuNow() - s;
      searchTimes.push(searchMs);
      pageTimes.push(pageMs);
      totals.push(searchMs + pageMs);
      const mask = new Uint8Array(unpacked.events.length);
      for (const i of indices) mask[i] = 1;
      s = cpuNow();
      facetCounts(table, filters, mask);
      facetTimes.push(cpuNow() - s);
    }
  }
  return {
    exported: measureExport(unpacked, labels.en),
    size: data.events.length,
    dataMs,
    firstResultsMs,
    firstResultsIndexed,
    completeMs,
    longestSliceMs,
    facetTableMs,
    search: summary(searchTimes),
    page: summary(pageTimes),
    keystroke: summary(totals),
    facets: summary(facetTimes)
  };
}
