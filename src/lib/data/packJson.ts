/**
 * A compact JSON encoding for large, repetitive data such as a timeline of
 * 100,000 events, where most of the bytes are keys ("approximate": false…)
 * and values that recur (a date's end equal to its start, a participant's
 * title, a place). Parsing is what a reader waits for, and it is paid per
 * byte, so the data file is sent packed:
 *
 * - an object becomes an array `[shape, ...values]`, its keys listed once in
 *   `shapes`;
 * - an array becomes `[-1, ...items]`;
 * - a value that occurs more than once (an object, an array or a string of
 *   MIN_SHARED_LENGTH characters or more, as JSON) is stored once in `table`
 *   and written `[-2, index]` wherever it occurs.
 *
 * unpackJson(packJson(x)) deep-equals JSON.parse(JSON.stringify(x)). Values
 * from the table come back as one shared object, so the result must be
 * treated as read-only, as the timeline's data is.
 */
export interface PackedJson {
  format: typeof FORMAT;
  shapes: string[][];
  table: unknown[];
  data: unknown;
}

const FORMAT = 'packed-json/1';
const ARRAY = -1;
const SHARED = -2;
/** Shorter values cost less inline than as a reference. */
const MIN_SHARED_LENGTH = 8;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Whether `value` is what JSON.parse could have made: plain objects and arrays
 * without holes, strings, finite numbers other than -0, booleans and null.
 * Such a value comes back from a JSON round trip deep-equal, keys in order.
 */
function isJson(value: unknown, path = new Set<object>()): value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  // A value that contains itself is not JSON: the round trip that follows
  // then fails with JSON's own message, where recursing on would overflow the stack.
  if (path.has(value)) return false;
  path.add(value);
  const items = Array.isArray(value) ? value : null;
  let plain = true;
  if (items) {
    for (let i = 0; plain && i < items.length; i++) plain = i in items && isJson(items[i], path);
  } else {
    const prototype = Object.getPrototypeOf(value);
    plain = (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
    for (const key in value) if (plain) plain = isJson((value as Record<string, unknown>)[key], path);
  }
  path.delete(value);
  return plain;
}

/**
 * The key of an object's list of names: JSON's text of the list, so that no
 * two lists share one ({} and {"": 1} did when the names were joined by NUL).
 */
const shapeKey = (names: string[]) => JSON.stringify(names);

/**
 * Gives every object, array and long-enough string in a JSON value a number
 * that is the same exactly when their JSON texts are the same, and counts how
 * often each occurs. A container's number comes from its shape and its
 * items' codes (a primitive's JSON text, or another value's number), so it is
 * found without writing out the container's JSON text: keyed by that text,
 * the count held every subtree's text once per level it sits at, about 2 GB
 * for a timeline of 100,000 events, and took seconds to write.
 */
class Occurrences {
  /** How often each value (by its number) occurs in the whole tree, nested copies included. */
  readonly counts: number[] = [];
  /** The number of each object and array of the tree. */
  readonly containers = new Map<object, number>();
  private readonly strings = new Map<string, number>();
  private readonly keys = new Map<string, number>();
  private readonly shapes = new Map<string, number>();

  /** The number of a string MIN_SHARED_LENGTH long or more as JSON, or undefined for a shorter one. */
  stringId(value: string): number | undefined {
    return this.strings.get(value);
  }

  /** Counts `value` and everything in it; returns its code within its parent. */
  add(value: Json): string {
    if (typeof value === 'string') {
      const text = JSON.stringify(value);
      if (text.length < MIN_SHARED_LENGTH) return text;
      let id = this.strings.get(value);
      if (id === undefined) this.strings.set(value, (id = this.counts.push(0) - 1));
      this.counts[id]++;
      return `$${id}`;
    }
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    let key: string;
    if (Array.isArray(value)) {
      key = `[${value.map((item) => this.add(item)).join(',')}`;
    } else {
      const names = Object.keys(value);
      const namesKey = shapeKey(names);
      let shape = this.shapes.get(namesKey);
      if (shape === undefined) this.shapes.set(namesKey, (shape = this.shapes.size));
      key = `{${shape}:${names.map((name) => this.add(value[name])).join(',')}`;
    }
    let id = this.keys.get(key);
    if (id === undefined) this.keys.set(key, (id = this.counts.push(0) - 1));
    this.counts[id]++;
    this.containers.set(value, id);
    return `#${id}`;
  }
}

/** Packs a JSON-compatible value (undefined properties are left out, as JSON.stringify does). */
export function packJson(value: unknown): PackedJson {
  // The same values JSON would send, nothing else: a JSON round trip, unless
  // the value is JSON already (as the build's timeline is, parsed from a file:
  // its round trip held another copy of it and its 100 MB of text).
  const json = (isJson(value) ? value : JSON.parse(JSON.stringify(value))) as Json;
  const occurrences = new Occurrences();
  occurrences.add(json);
  const { counts, containers } = occurrences;

  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const table: unknown[] = [];
  const tableIndex = new Map<number, number>();

  const pack = (node: Json, shareable: boolean): unknown => {
    const isContainer = typeof node === 'object' && node !== null;
    if (shareable && (isContainer || typeof node === 'string')) {
      const id = isContainer ? containers.get(node) : occurrences.stringId(node);
      if (id !== undefined && counts[id] > 1) {
        let index = tableIndex.get(id);
        if (index === undefined) {
          // Its parts first, so a table entry only refers to earlier ones.
          const packed = pack(node, false);
          index = table.push(packed) - 1;
          tableIndex.set(id, index);
        }
        return [SHARED, index];
      }
    }
    if (Array.isArray(node)) return [ARRAY, ...node.map((item) => pack(item, true))];
    if (isContainer) {
      const keys = Object.keys(node);
      const key = shapeKey(keys);
      let shape = shapeIndex.get(key);
      if (shape === undefined) {
        shape = shapes.push(keys) - 1;
        shapeIndex.set(key, shape);
      }
      return [shape, ...keys.map((k) => pack(node[k], true))];
    }
    return node;
  };

  const data = pack(json, false);
  return { format: FORMAT, shapes, table, data };
}

/** The value packJson packed. Throws on anything that is not a packed value. */
export function unpackJson(packed: PackedJson): unknown {
  if (packed?.format !== FORMAT) throw new Error(`Not ${FORMAT} data`);
  const { shapes } = packed;
  const table: unknown[] = [];
  const unpack = (node: unknown): unknown => {
    if (!Array.isArray(node)) return node;
    const tag = node[0] as number;
    if (tag === SHARED) return table[node[1] as number];
    if (tag === ARRAY) {
      const items = new Array(node.length - 1);
      for (let i = 1; i < node.length; i++) items[i - 1] = unpack(node[i]);
      return items;
    }
    const keys = shapes[tag];
    if (!keys) throw new Error(`Unknown shape ${tag}`);
    const object: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) object[keys[i]] = unpack(node[i + 1]);
    return object;
  };
  for (const entry of packed.table) table.push(unpack(entry));
  return unpack(packed.data);
}
