import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DataIssue } from './dataError.ts';
import { MAX_FILE_BYTES } from './textRules.ts';

/**
 * Aliases (`*name`) a file may resolve. A few save repeating a translation;
 * a "billion laughs" file nests them to expand a few lines into gigabytes,
 * which the yaml package refuses past this count.
 */
export const MAX_ALIAS_COUNT = 100;

// YAML 1.2 with the core schema, whatever the file's %YAML directive says,
// and none of YAML 1.1's tags: they would turn unquoted dates into Date
// objects and read !!binary, !!set, !!omap and merge keys (<<).
const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  uniqueKeys: true,
  prettyErrors: true
} as const;

/** Where an offset of a text falls: 1-based line and column (in characters). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/** The offset of the first byte sequence that is not UTF-8, in bytes that do not decode. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      // stream: true, so a sequence cut by the prefix's end is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // The longest prefix that decodes: any shorter one decodes too.
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  // It may end inside a sequence the next byte breaks (or the file's end cuts): report its lead byte.
  let lead = good - 1;
  while (lead >= 0 && good - lead <= 3 && (bytes[lead] & 0xc0) === 0x80) lead -= 1;
  const length = lead < 0 ? 0 : bytes[lead] >= 0xf0 ? 4 : bytes[lead] >= 0xe0 ? 3 : bytes[lead] >= 0xc2 ? 2 : 1;
  const pending = length > good - lead;
  return Math.min(pending ? lead : good, bytes.length - 1);
}

/** The path of keys and indexes to the deepest node containing `offset`, with the node chain. */
function pathAt(node: unknown, offset: number, path: (string | number)[] = []): (string | number)[] {
  const within = (n: unknown) => {
    const range = (n as Node | null)?.range;
    return !!range && offset >= range[0] && offset < range[2];
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (within(pair.value) || within(pair.key)) return pathAt(pair.value, offset, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (within(item)) return pathAt(item, offset, [...path, index]);
    }
  }
  return path;
}

/** An issue for bytes that are not UTF-8, naming the id and field they fall in when the rest of the file reads. */
function invalidUtf8Issue(file: string, bytes: Uint8Array, at: number): DataIssue {
  // Decoded leniently (bad bytes become U+FFFD), the file still shows where they are.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const offset = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).length;
  const { line, column } = lineAndColumn(lenient, offset);
  const byte = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
  const issue: DataIssue = {
    file,
    message: `is not valid UTF-8: byte ${byte} at line ${line}, column ${column}; save the file as UTF-8`
  };
  try {
    const document = parseDocument(lenient, { ...YAML_OPTIONS, prettyErrors: false });
    if (document.errors.length) return issue;
    const path = pathAt(document.contents, offset);
    const content = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    // In a list file the first step is the item; name it by its id when it has one.
    const item = typeof path[0] === 'number' && Array.isArray(content) ? (content[path[0]] as { id?: unknown }) : null;
    const id = (item ?? (content as { id?: unknown } | null))?.id;
    if (typeof id === 'string' && /^[a-z0-9-]{1,100}$/.test(id)) {
      issue.id = id;
      if (item) path.shift();
    }
    if (path.length) issue.field = path.join('.');
  } catch {
    // The position alone must do.
  }
  return issue;
}

/** The issue for a file of `size` bytes when it is larger than a data file may be, else null. */
export function fileTooLarge(file: string, size: number): DataIssue | null {
  return size > MAX_FILE_BYTES
    ? {
        file,
        message: `is ${size.toLocaleString('en')} bytes; a data file may have at most ${MAX_FILE_BYTES.toLocaleString('en')} (256 KB)`
      }
    : null;
}

/**
 * Decodes a data file's bytes as UTF-8 and parses them as YAML, refusing
 * oversized files, bytes that are not UTF-8, alias bombs, unknown tags and
 * anything else the yaml package warns about. Returns the content, or
 * undefined with the issues found; never throws for any bytes.
 */
export function parseDataFile(file: string, bytes: Uint8Array): { content: unknown; issues: DataIssue[] } {
  const fail = (message: string) => ({ content: undefined, issues: [{ file, message }] });
  const oversized = fileTooLarge(file, bytes.length);
  if (oversized) return { content: undefined, issues: [oversized] };
  let text: string;
  try {
    // A byte order mark at the start is dropped; any byte that is not UTF-8 throws.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { content: undefined, issues: [invalidUtf8Issue(file, bytes, firstInvalidByte(bytes))] };
  }

  let document;
  try {
    document = parseDocument(text, YAML_OPTIONS);
  } catch (error) {
    return fail(`is not valid YAML: ${firstLine(error)}`);
  }
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const reason = firstLine(problem);
    // The parser recurses once per level; a file nested deeper than the stack allows is no data file.
    return fail(
      /call stack/i.test(reason)
        ? `is not valid YAML: it nests too deeply (${reason.replace(/^.*? at /, 'at ')})`
        : `is not valid YAML: ${reason}`
    );
  }
  try {
    return { content: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), issues: [] };
  } catch (error) {
    return fail(
      /alias/i.test(firstLine(error))
        ? `uses YAML aliases (*name) to expand into more than ${MAX_ALIAS_COUNT} copies; write the values out`
        : `is not valid YAML: ${firstLine(error)}`
    );
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].replace(/:$/, '');
}
