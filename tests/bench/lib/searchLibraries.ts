/**
 * The four search libraries the comparison measures, each used as its authors
 * document it, with the same documents and the same query semantics as far as
 * each allows: every word of the query must match (AND), the words as
 * prefixes, titles weigh most. `normalised` plugs our normaliser in as the
 * library's tokenizer; without it each library uses its own defaults (the
 * column that shows what Vietnamese needs).
 *
 * Only tests/bench/package.json installs FlexSearch, Fuse.js and Orama; the
 * site never imports them.
 */
import MiniSearch from 'minisearch';
import { Index as FlexIndex, Charset } from 'flexsearch';
import Fuse from 'fuse.js';
import { create as oramaCreate, insertMultiple as oramaInsertMultiple, search as oramaSearch } from '@orama/orama';
import { FIELD_BOOST, SEARCH_FIELDS, type SearchDocument } from '../../../src/lib/search/documents';
import { normalizeText, tokenize } from '../../../src/lib/search/normalize';

/** One library behind the same three calls. */
export interface SearchLibrary {
  name: string;
  /** The npm package and version measured. */
  pkg: string;
  /** The smallest browser entry that builds an index and queries it (for its gzip size). */
  entry: string;
  build(docs: SearchDocument[], normalised: boolean): unknown;
  /** Matching document ids, best first. */
  search(index: unknown, query: string): number[];
  /** Which words of the query match as prefixes: all (the default), or only the last one (the one being typed). */
  prefix?: 'all' | 'last';
}

/** Every field of a document in one string, title first (for libraries with one text per document). */
const allText = (doc: SearchDocument) => SEARCH_FIELDS.map((field) => doc[field]).join(' \n ');

const minisearch: SearchLibrary = {
  name: 'MiniSearch',
  pkg: 'minisearch',
  entry: `import MiniSearch from 'minisearch';
const index = new MiniSearch({ fields: ['title', 'text'], tokenize: (t) => t.split(' '), processTerm: (t) => t, searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 4 } } });
index.addAll(globalThis.docs);
globalThis.result = index.search(globalThis.query);`,
  build(docs, normalised) {
    const index = new MiniSearch<SearchDocument>({
      fields: [...SEARCH_FIELDS],
      idField: 'id',
      ...(normalised ? { tokenize, processTerm: (term: string) => term } : {}),
      searchOptions: { prefix: true, combineWith: 'AND', boost: FIELD_BOOST }
    });
    index.addAll(docs);
    return index;
  },
  search(index, query) {
    return (index as MiniSearch<SearchDocument>).search(query).map((result) => result.id as number);
  }
};

/** MiniSearch with only the word being typed matched as a prefix: the earlier ones are whole words. */
const minisearchLast: SearchLibrary = {
  ...minisearch,
  name: 'MiniSearch (last word prefix)',
  prefix: 'last',
  build(docs, normalised) {
    const index = minisearch.build(docs, normalised) as MiniSearch<SearchDocument>;
    return { index };
  },
  search(handle, query) {
    const { index } = handle as { index: MiniSearch<SearchDocument> };
    return index.search(query, { prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1 }).map((result) => result.id as number);
  }
};

const flexsearch: SearchLibrary = {
  name: 'FlexSearch',
  pkg: 'flexsearch',
  entry: `import { Index } from 'flexsearch';
const index = new Index({ tokenize: 'forward', encode: (t) => t.split(' ') });
globalThis.docs.forEach((doc, i) => index.add(i, doc));
globalThis.result = index.search(globalThis.query, { limit: 1e6 });`,
  build(docs, normalised) {
    // One text per document, title first: FlexSearch ranks earlier words
    // higher. Its Document index needs every query word in one field, which
    // "tuyen talks" (a name and a title) would never satisfy.
    // tokenize "forward" indexes every word's prefixes, for search-as-you-type.
    const index = new FlexIndex(normalised ? { tokenize: 'forward', encode: tokenize } : { tokenize: 'forward', encoder: Charset.Normalize });
    for (const doc of docs) index.add(doc.id, allText(doc));
    return index;
  },
  search(index, query) {
    return (index as FlexIndex).search(query, { limit: 1_000_000 }) as number[];
  }
};

const fuse: SearchLibrary = {
  name: 'Fuse.js',
  pkg: 'fuse.js',
  entry: `import Fuse from 'fuse.js';
const index = new Fuse(globalThis.docs, { keys: [{ name: 'title', weight: 4 }, 'text'], useTokenSearch: true, tokenMatch: 'all', tokenize: (t) => t.split(' '), ignoreLocation: true, threshold: 0.1 });
globalThis.result = index.search(globalThis.query);`,
  build(docs, normalised) {
    return new Fuse(docs, {
      keys: SEARCH_FIELDS.map((name) => ({ name, weight: FIELD_BOOST[name] })),
      // Token search (TF-IDF, every query word must match) is Fuse's closest
      // to "all words, any order"; words match fuzzily, not as prefixes.
      useTokenSearch: true,
      tokenMatch: 'all',
      ignoreLocation: true,
      threshold: 0.1,
      // Fuse matches the query's words inside each field's text (bitap), so
      // our normaliser goes in twice: getFn for the text, tokenize for the query.
      ...(normalised
        ? { tokenize, getFn: (doc: SearchDocument, path: string | string[]) => normalizeText(String(doc[(Array.isArray(path) ? path[0] : path) as keyof SearchDocument])) }
        : { ignoreDiacritics: true })
    });
  },
  search(index, query) {
    return (index as Fuse<SearchDocument>).search(query).map((result) => result.item.id);
  }
};

type OramaDoc = Omit<SearchDocument, 'id'> & { id: string };
const oramaSchema = { title: 'string', people: 'string', places: 'string', topics: 'string', text: 'string', sources: 'string' } as const;

const orama: SearchLibrary = {
  name: 'Orama',
  pkg: '@orama/orama',
  entry: `import { create, insertMultiple, search } from '@orama/orama';
const db = create({ schema: { title: 'string', text: 'string' }, components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (t) => t.split(' ') } } });
insertMultiple(db, globalThis.docs);
globalThis.result = search(db, { term: globalThis.query, threshold: 0, limit: 1e6, boost: { title: 4 } });`,
  build(docs, normalised) {
    const db = oramaCreate({
      schema: oramaSchema,
      ...(normalised
        ? { components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => tokenize(raw) } } }
        : {})
    });
    // Synchronous without hooks; a promise only with async components.
    const inserted = oramaInsertMultiple(db, docs.map((doc) => ({ ...doc, id: String(doc.id) })) as unknown as OramaDoc[]);
    if (inserted instanceof Promise) throw new Error('Orama inserted asynchronously');
    return db;
  },
  search(index, query) {
    // Orama's generic types recurse too deep for this schema; the call is the documented one.
    const searchOrama = oramaSearch as unknown as (db: unknown, params: Record<string, unknown>) => { hits: { id: string }[] } | Promise<unknown>;
    const results = searchOrama(index, {
      term: query,
      properties: [...SEARCH_FIELDS],
      boost: FIELD_BOOST,
      // 0: only documents with every word of the query.
      threshold: 0,
      limit: 1_000_000
    });
    if (results instanceof Promise) throw new Error('Orama searched asynchronously');
    return results.hits.map((hit) => Number(hit.id));
  }
};

export const LIBRARIES: SearchLibrary[] = [minisearch, minisearchLast, flexsearch, fuse, orama];

/**
 * The reference answer: documents where every query word starts a word of
 * some field (or, with prefix 'last', is a word, the last one starting
 * one), after our normaliser. What "accents never matter, any order,
 * prefixes while typing" means, checked the slow, obvious way.
 */
export function referenceSearch(docs: SearchDocument[], query: string, prefix: 'all' | 'last' = 'all'): Set<number> {
  const terms = tokenize(query);
  const found = new Set<number>();
  if (!terms.length) return found;
  const matches = (term: string, i: number, word: string) => (prefix === 'all' || i === terms.length - 1 ? word.startsWith(term) : word === term);
  for (const doc of docs) {
    const words = wordsOf(doc);
    if (terms.every((term, i) => words.some((word) => matches(term, i, word)))) found.add(doc.id);
  }
  return found;
}

const words = new WeakMap<SearchDocument, string[]>();
/** A document's words, tokenised once. */
function wordsOf(doc: SearchDocument): string[] {
  let list = words.get(doc);
  if (!list) words.set(doc, (list = [...new Set(tokenize(allText(doc)))]));
  return list;
}

export { normalizeText };
