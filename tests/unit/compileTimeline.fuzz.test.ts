/**
 * The data compiler against any YAML value in any field of any file, and
 * against any bytes as a file: it compiles, or it throws a
 * DataValidationError whose issues name the file (and the id and field when
 * the value sits in one); it never crashes. Inputs are bounded (depth, length)
 * so every run is short.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileTimeline, type RawData, type RawFile } from '../../src/lib/data/compileTimeline';
import { DataValidationError, formatIssue, type DataIssue } from '../../src/lib/data/dataError';
import { parseDataFile } from '../../src/lib/data/parseDataFile';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { translationReport } from '../../src/lib/data/translationReport';
import { check, hostileText, runsOf } from './fuzz';

const validRaw = readDataFolder('tests/fixtures/valid').raw;
const LIST_FILES = ['sources', 'people', 'places', 'domains'] as const;

type FileKey = 'meta' | (typeof LIST_FILES)[number] | number;
type Path = (string | number)[];

const fileOf = (raw: RawData, key: FileKey): RawFile => (typeof key === 'number' ? raw.events[key] : raw[key]);
const FILE_KEYS: FileKey[] = ['meta', ...LIST_FILES, ...validRaw.events.map((_, i) => i)];
const PATHS_SHOWN = new Set([...FILE_KEYS.map((key) => fileOf(validRaw, key).path), 'tests/fixtures/valid/events']);

/** Every path to a value in a file's content, the whole content ([]) included. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  const children =
    Array.isArray(value) ? value.map((item, i) => pathsIn(item, [...path, i])).flat()
    : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => pathsIn(child, [...path, key]))
    : [];
  return [path, ...children];
}

/** Where a value goes: a file and a path in it (existing, or a new key of a map). */
const TARGETS = FILE_KEYS.flatMap((file) => pathsIn(fileOf(validRaw, file).content).map((path) => ({ file, path })));
const target = fc.oneof(
  { arbitrary: fc.constantFrom(...TARGETS), weight: 4 },
  // A key that is not in the format, in any map.
  fc
    .tuple(
      fc.constantFrom(...TARGETS.filter(({ file, path }) => { const v = get(fileOf(validRaw, file).content, path); return v !== null && typeof v === 'object' && !Array.isArray(v); })),
      fc.oneof(fc.constantFrom('', 'es', 'ID', 'sumary', '__proto__', 'constructor'), hostileText)
    )
    .map(([{ file, path }, key]) => ({ file, path: [...path, key] }))
);

function get(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, step) => (at as Record<string | number, unknown>)?.[step], value);
}

/** The content with `value` at `path` (the whole content when the path is empty). */
function put(content: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(content, path.slice(0, -1)) as Record<string | number, unknown>;
  // defineProperty: a key "__proto__" becomes an own key, as the YAML parser makes it.
  Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, configurable: true, writable: true });
  return content;
}

// YAML values: every scalar the core schema reads, texts near the limits and
// hostile ones, ids and dates that mean something here, lists and maps.
const scalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 2023, 1.5, NaN, Infinity, -Infinity),
  fc.integer(),
  fc.double(),
  hostileText,
  fc.constantFrom(
    '2023-05-15',
    '2023-13-45',
    '2022-06~/..',
    '[2024-04-14..2024-04-16]',
    'https://example.org/a',
    'javascript:alert(1)',
    'to-lam',
    'hanoi',
    'health',
    'test-source-2023',
    'state-visit-2023-05',
    'talks-2023-05-15',
    'cooperation-2022',
    'talks',
    'primary',
    'fr',
    'VN'
  ),
  fc.integer({ min: 90, max: 4100 }).map((n) => 'ă'.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 300 })
);
const { value: yamlValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    { arbitrary: scalar, weight: 4 },
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('fr', 'en', 'vi', 'id', 'person', 'title'), hostileText), tie('value'), { maxKeys: 4 }),
    fc.record({ fr: scalar, en: scalar, vi: scalar })
  )
}));

/** Compiles, or returns the issues of the DataValidationError it throws (anything else fails the test). */
function issuesOf(raw: RawData): DataIssue[] | null {
  try {
    compileTimeline(raw);
    return null;
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    return error.issues;
  }
}

/** Every issue names a file of the folder and says something, printable on a terminal. */
function expectWellFormed(issues: DataIssue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(PATHS_SHOWN).toContain(issue.file);
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true);
    expect(issue.id === undefined || typeof issue.id === 'string').toBe(true);
    expect(issue.field === undefined || (typeof issue.field === 'string' && issue.field.length > 0)).toBe(true);
    expect(formatIssue(issue)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

// A value can be wrong only through what refers to it: a source id changed,
// an event's dates that no longer hold its milestones.
const ELSEWHERE = /^unknown |^falls outside the dates of its parent|^parents form a cycle|^duplicate id|is already listed/;

describe('compileTimeline, fuzzed', () => {
  it('any YAML value in any field gives issues naming the file, id and field, or compiles; never a crash', () => {
    let refused = 0;
    check(
      fc.property(target, yamlValue, ({ file, path }, value) => {
        const raw = structuredClone(validRaw);
        const changed = fileOf(raw, file);
        changed.content = put(changed.content, path, value);
        // check:data reports translations before validating: it must take any data too.
        expect(translationReport(raw)).toHaveLength(3);
        const issues = issuesOf(raw);
        if (!issues) return;
        refused += 1;
        expectWellFormed(issues);

        // The item the value went into (a list item, or the event file), and its id before the change.
        const inList = typeof file !== 'number' && file !== 'meta';
        const itemPath = inList ? path.slice(0, 1) : [];
        const itemId = (get(fileOf(validRaw, file).content, itemPath) as { id?: string } | undefined)?.id;
        const field = path.slice(itemPath.length);
        const here = issues.filter((issue) => issue.file === changed.path);
        const named =
          field.length === 0 || field[0] === 'id'
            ? here.length > 0
            : here.some((issue) => issue.id === itemId && issue.field !== undefined);
        const elsewhere = issues.some((issue) => issue.file !== changed.path && ELSEWHERE.test(issue.message));
        expect(named || elsewhere, JSON.stringify({ file: changed.path, path, issues }, null, 1)).toBe(true);
      }),
      250
    );
    expect(refused).toBeGreaterThan(runsOf(250) / 2);
  }, 60_000);

  it('any such file, written as YAML and read back, gives issues naming the file, or compiles', () => {
    check(
      fc.property(target, yamlValue, ({ file, path }, value) => {
        const raw = structuredClone(validRaw);
        const changed = fileOf(raw, file);
        let text: string;
        try {
          text = stringify(put(changed.content, path, value));
        } catch {
          fc.pre(false);
          return;
        }
        const read = parseDataFile(changed.path, new TextEncoder().encode(text));
        if (read.issues.length) {
          expectWellFormed(read.issues);
          expect(read.issues.every((issue) => issue.file === changed.path)).toBe(true);
          return;
        }
        changed.content = read.content;
        const issues = issuesOf(raw);
        if (issues) expectWellFormed(issues);
      }),
      120
    );
  }, 60_000);
});

describe('parseDataFile, fuzzed', () => {
  // Pieces of YAML syntax, so random texts reach anchors, tags, flows and directives.
  const token = fc.oneof(
    fc.constantFrom('- ', ': ', '\n', '  ', '&a ', '*a', '!!str ', '!x ', '{', '}', '[', ']', ',', '"', "'", '#', '|', '>-', '%YAML 1.1\n', '---\n', '...\n', '? ', '<<: ', 'id', 'fr', '\t', '\\u202e', '\\x00'),
    hostileText
  );
  const text = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));
  const bytes = fc.oneof(
    text.map((t) => new TextEncoder().encode(t)),
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(text, fc.uint8Array({ minLength: 1, maxLength: 4 }), text).map(
      ([a, bad, b]) => new Uint8Array([...new TextEncoder().encode(a), ...bad, ...new TextEncoder().encode(b)])
    )
  );

  it('reads any bytes without throwing: content, or issues naming the file', () => {
    const FILE = 'tests/fixtures/valid/events/talks-2023-05-15.yaml';
    check(
      fc.property(bytes, (input) => {
        const { content, issues } = parseDataFile(FILE, input);
        if (issues.length) {
          expect(content).toBeUndefined();
          for (const issue of issues) {
            expect(issue.file).toBe(FILE);
            expect(formatIssue(issue)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          }
        }
        // Whatever it read goes through the compiler as an event file without crashing it.
        if (content === undefined) return;
        const raw = structuredClone(validRaw);
        raw.events[2] = { path: FILE, content };
        const compiled = issuesOf(raw);
        if (compiled) expectWellFormed(compiled);
      }),
      300
    );
  }, 60_000);
});
