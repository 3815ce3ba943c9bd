/**
 * Full-text search over a timeline's events, with FlexSearch (chosen by
 * measurement: see the README, "Search", and tests/bench/search-compare.ts).
 *
 * Indexes per language, built on demand and a slice at a time, so a worker
 * can answer queries while a large timeline is still being indexed (the
 * answer then says it is partial).
 *
 * Every word of a query must match, in any order and any field; the last
 * word, the one being typed, as the start of a word (`tuy` finds "Tuyến"),
 * the others as whole words. Vietnamese writes in syllables, and without
 * accents many collide: `ha noi` must not match every text with "hai" and
 * "Nội vụ" in it, so only the word still being typed may be a start.
 *
 * Ranking: events whose title has every word first; then those where the
 * words run together as a name (`ha noi` → "hanoi", the joined form of
 * "Hà Nội" that documents.ts indexes); then the rest, each in FlexSearch's
 * order (words found early in the event's text first).
 */
import { Index } from 'flexsearch';
import type { TimelineData } from '../data/model';
import type { Lang } from '../timeline/types';
import { eventDocument, SEARCH_FIELDS, type SearchDocument, type SearchLabels } from './documents';
import { tokenize } from './normalize';

/** What a search answers. */
export interface SearchAnswer {
  /** Indices in `data.events` of the matching events, best first. */
  indices: Uint32Array;
  /** False while some asked language is not fully indexed: more matches may come. */
  complete: boolean;
}

/** One language's indexes: every field by whole words and by word starts; titles by word starts (to rank). */
interface LanguageIndex {
  words: Index;
  starts: Index;
  titleStarts: Index;
  /** How many events (from the first, in time order) are in. */
  indexed: number;
}

// Texts and queries reach the indexes already through our normaliser (words
// in lower case without accents, joined by spaces: accents and case never
// matter), so the encoder only splits them: each text is normalised once, not
// once per index. "strict" indexes whole words; "forward" also the start of
// every word, so a word being typed already matches.
const splitWords = (text: string) => (text ? text.split(' ') : []);
const wholeWords = () => new Index({ tokenize: 'strict', encode: splitWords });
const wordStarts = () => new Index({ tokenize: 'forward', encode: splitWords });
const normal = (text: string) => tokenize(text).join(' ');

/**
 * The ids in every list, in the first list's order; ids below `size`, none
 * twice in a list. FlexSearch answers one word at once, but intersecting the
 * answers of several words took it up to 60 ms at 100,000 events ("nguyen
 * van": two words found in thousands of events each); a pass over each list
 * with a byte per event takes a millisecond.
 */
function intersect(lists: readonly (readonly number[])[], size: number): readonly number[] {
  if (lists.length === 1) return lists[0];
  if (lists.some((list) => list.length === 0)) return [];
  // seen[i] = how many lists so far hold i (counted only while it is in each of them).
  const seen = lists.length < 255 ? new Uint8Array(size) : new Uint32Array(size);
  for (let l = lists.length - 1; l >= 1; l -= 1) {
    const list = lists[l];
    const want = lists.length - 1 - l;
    for (let k = 0; k < list.length; k += 1) if (seen[list[k]] === want) seen[list[k]] = want + 1;
  }
  const all = lists.length - 1;
  return lists[0].filter((i) => seen[i] === all);
}

/** One text per event, title first: FlexSearch ranks a word that comes early higher. */
const allText = (doc: SearchDocument) => SEARCH_FIELDS.map((field) => doc[field]).join(' \n ');

/** The search of one timeline. */
export class SearchEngine {
  readonly #data: TimelineData;
  readonly #labels: Partial<Record<Lang, SearchLabels>>;
  readonly #indexes = new Map<Lang, LanguageIndex>();

  /** `labels`: the interface's words for kinds and evidence, per language (searched with the topics). */
  constructor(data: TimelineData, labels: Partial<Record<Lang, SearchLabels>> = {}) {
    this.#data = data;
    this.#labels = labels;
  }

  /** How many events the timeline has (and the search knows). */
  get size(): number {
    return this.#data.events.length;
  }

  #index(lang: Lang): LanguageIndex {
    let index = this.#indexes.get(lang);
    if (!index) {
      index = { words: wholeWords(), starts: wordStarts(), titleStarts: wordStarts(), indexed: 0 };
      this.#indexes.set(lang, index);
    }
    return index;
  }

  /** How many events of a language are indexed so far. */
  indexed(lang: Lang): number {
    return this.#indexes.get(lang)?.indexed ?? 0;
  }

  /** Whether a language is fully indexed. */
  complete(lang: Lang): boolean {
    return this.indexed(lang) === this.size;
  }

  /**
   * Indexes more events of a language, for about `budgetMs` (at least one
   * event), or all that are left when `budgetMs` is Infinity. Returns whether
   * the language is now complete.
   */
  indexSome(lang: Lang, budgetMs = Infinity): boolean {
    const index = this.#index(lang);
    const { events } = this.#data;
    const until = performance.now() + budgetMs;
    const labels = this.#labels[lang];
    do {
      if (index.indexed >= events.length) break;
      const i = index.indexed;
      const doc = eventDocument(this.#data, events[i], i, lang, labels);
      const text = normal(allText(doc));
      index.words.add(i, text);
      index.starts.add(i, text);
      index.titleStarts.add(i, normal(doc.title));
      index.indexed += 1;
      // Checking the clock every few events keeps its cost out of the loop.
    } while (index.indexed % 16 !== 0 || performance.now() < until);
    return index.indexed >= events.length;
  }

  /** The events of one language matching every word, the last as a word start. */
  #matching(index: LanguageIndex, words: string[]): readonly number[] {
    const limit = this.size;
    const last = index.starts.search(words[words.length - 1], { limit }) as number[];
    if (words.length === 1) return last;
    const whole = [...new Set(words.slice(0, -1))].map((word) => index.words.search(word, { limit }) as number[]);
    return intersect([...whole, last], limit);
  }

  /**
   * The events matching `query` in the given languages (what they have
   * indexed so far), best first: see the ranking above; the first
   * language's before the second's within each rank.
   */
  search(query: string, langs: readonly Lang[]): SearchAnswer {
    const size = this.size;
    const words = tokenize(query);
    const complete = langs.every((lang) => this.complete(lang));
    if (!words.length) return { indices: new Uint32Array(0), complete };
    const found = langs.map((lang) => {
      const index = this.#index(lang);
      const matching = this.#matching(index, words);
      return {
        matching,
        titled: intersect([...new Set(words)].map((word) => index.titleStarts.search(word, { limit: size }) as number[]), size),
        joined: words.length > 1 ? (index.starts.search(words.join(''), { limit: size }) as number[]) : []
      };
    });
    // Ranks only reorder: what is not a match stays out.
    const match = new Uint8Array(size);
    for (const { matching } of found) for (const i of matching) match[i] = 1;
    const seen = new Uint8Array(size);
    const ranked: number[] = [];
    const add = (ids: readonly number[]) => {
      for (const i of ids) {
        if (match[i] === 1 && seen[i] === 0) {
          seen[i] = 1;
          ranked.push(i);
        }
      }
    };
    for (const rank of ['titled', 'joined', 'matching'] as const) for (const answer of found) add(answer[rank]);
    return { indices: Uint32Array.from(ranked), complete };
  }
}
