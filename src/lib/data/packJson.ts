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

/** The JSON text of every object, array and long-enough string in `value`, with how often it occurs. */
function countOccurrences(value: Json, counts: Map<string, number>): string {
  const text = JSON.stringify(value);
  if (typeof value === 'string' ? text.length >= MIN_SHARED_LENGTH : typeof value === 'object' && value !== null) {
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  if (Array.isArray(value)) for (const item of value) countOccurrences(item, counts);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) countOccurrences(item, counts);
  return text;
}

/** Packs a JSON-compatible value (undefined properties are left out, as JSON.stringify does). */
export function packJson(value: unknown): PackedJson {
  // A JSON round trip first: the same values JSON would send, nothing else.
  const json = JSON.parse(JSON.stringify(value)) as Json;
  const counts = new Map<string, number>();
  countOccurrences(json, counts);

  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const table: unknown[] = [];
  const tableIndex = new Map<string, number>();

  const pack = (node: Json, shareable: boolean): unknown => {
    const isContainer = typeof node === 'object' && node !== null;
    if (shareable && (isContainer || typeof node === 'string')) {
      const text = JSON.stringify(node);
      if ((counts.get(text) ?? 0) > 1) {
        let index = tableIndex.get(text);
        if (index === undefined) {
          // Its parts first, so a table entry only refers to earlier ones.
          const packed = pack(node, false);
          index = table.push(packed) - 1;
          tableIndex.set(text, index);
        }
        return [SHARED, index];
      }
    }
    if (Array.isArray(node)) return [ARRAY, ...node.map((item) => pack(item, true))];
    if (isContainer) {
      const keys = Object.keys(node);
      const key = keys.join('\u0000');
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
