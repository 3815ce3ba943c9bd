import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataValidationError, formatIssue, type DataIssue } from '../../src/lib/data/dataError';
import { MAX_ALIAS_COUNT, parseDataFile } from '../../src/lib/data/parseDataFile';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { MAX_FILE_BYTES } from '../../src/lib/data/textRules';

const FILE = 'data/events/talks-2023-05-15.yaml';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Bytes from parts: strings as UTF-8, numbers as raw bytes. */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

const EVENT = `id: talks-2023-05-15
kind: talks
title:
  fr: Entretiens à Hanoï
  en: Talks in Hanoi
  vi: Hội đàm tại Hà Nội
`;

/** The one issue parseDataFile reports for these bytes. */
function issueOf(input: Uint8Array): DataIssue {
  const { content, issues } = parseDataFile(FILE, input);
  expect(content).toBeUndefined();
  expect(issues).toHaveLength(1);
  expect(issues[0].file).toBe(FILE);
  return issues[0];
}

describe('parseDataFile reads', () => {
  it('a UTF-8 file as YAML', () => {
    expect(parseDataFile(FILE, utf8(EVENT))).toEqual({
      content: { id: 'talks-2023-05-15', kind: 'talks', title: { fr: 'Entretiens à Hanoï', en: 'Talks in Hanoi', vi: 'Hội đàm tại Hà Nội' } },
      issues: []
    });
  });

  it('a file that starts with a byte order mark, dropping it', () => {
    const { content } = parseDataFile(FILE, bytes([0xef, 0xbb, 0xbf], EVENT));
    expect((content as { id: string }).id).toBe('talks-2023-05-15');
  });

  it('a few aliases that save repeating a translation', () => {
    const { content, issues } = parseDataFile(FILE, utf8('a: &same { fr: x, en: y, vi: z }\nb: *same\n'));
    expect(issues).toEqual([]);
    expect(content).toEqual({ a: { fr: 'x', en: 'y', vi: 'z' }, b: { fr: 'x', en: 'y', vi: 'z' } });
  });

  it('dates under a %YAML 1.1 directive as texts, never as Date objects', () => {
    const { content, issues } = parseDataFile(FILE, utf8('%YAML 1.1\n---\ndate: 2023-05-15\ndone: yes\n'));
    expect(issues).toEqual([]);
    expect(content).toEqual({ date: '2023-05-15', done: 'yes' });
  });
});

describe('parseDataFile refuses', () => {
  it('bytes that are not UTF-8, naming the line, column, id and field', () => {
    // "Hanoï" saved as Latin-1: ï is the single byte 0xEF.
    const at = EVENT.indexOf('Hanoï') + 4;
    const issue = issueOf(bytes(EVENT.slice(0, at), [0xef], EVENT.slice(at + 1)));
    expect(issue).toEqual({
      file: FILE,
      id: 'talks-2023-05-15',
      field: 'title.fr',
      message: 'is not valid UTF-8: byte 0xEF at line 4, column 24; save the file as UTF-8'
    });
  });

  it('bytes that are not UTF-8 in an item of a list file, naming the item by its id', () => {
    const input = bytes('- id: to-lam\n  name: T', [0xf4], ' Lam\n  country: VN\n- id: b\n  name: B\n  country: CU\n');
    expect(issueOf(input)).toMatchObject({ id: 'to-lam', field: 'name', message: expect.stringMatching(/byte 0xF4 at line 2, column 10;/) });
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a sequence cut by the end of the file', [0xe1, 0xba]]
  ])('%s, at the byte where it starts', (_, bad) => {
    const issue = issueOf(bytes('title: ok\nnote: x', bad));
    expect(issue.message).toBe(
      `is not valid UTF-8: byte 0x${bad[0].toString(16).toUpperCase()} at line 2, column 8; save the file as UTF-8`
    );
  });

  it('a file larger than 256 KB, before decoding it', () => {
    const issue = issueOf(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(issue.message).toBe('is 262,145 bytes; a data file may have at most 262,144 (256 KB)');
  });

  it('an alias bomb ("billion laughs")', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f']]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    expect(issueOf(utf8(lines.join('\n'))).message).toBe(
      `uses YAML aliases (*name) to expand into more than ${MAX_ALIAS_COUNT} copies; write the values out`
    );
  });

  it('a file nested deeper than the parser can go', () => {
    expect(issueOf(utf8(`${'['.repeat(5000)}${']'.repeat(5000)}`)).message).toMatch(/^is not valid YAML: it nests too deeply \(at line 1, column \d+\)$/);
  });

  it.each([
    ['an unknown tag', 'title: !foo bar\n', /^is not valid YAML: Unresolved tag: !foo at line 1, column 8$/],
    ['a YAML 1.1 binary', 'title: !!binary aGVsbG8=\n', /^is not valid YAML: Unresolved tag: tag:yaml\.org,2002:binary/],
    ['a key given twice', 'id: a\nid: b\n', /^is not valid YAML: Map keys must be unique at line 2, column 1$/],
    ['a tab for indentation', 'title:\n\tfr: x\n', /^is not valid YAML: /],
    ['an unclosed quote', 'title: "open\n', /^is not valid YAML: /]
  ])('%s', (_, text, message) => {
    expect(issueOf(utf8(text)).message).toMatch(message);
  });
});

describe('readDataFolder refuses', () => {
  const root = mkdtempSync(join(tmpdir(), 'timeline-data-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A copy of the valid fixture, changed by `change`. */
  function folder(name: string, change: (dir: string) => void): string {
    const dir = join(root, name);
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    change(dir);
    return dir;
  }

  function issuesOf(dir: string, options?: { maxFolderBytes?: number }): DataIssue[] {
    try {
      readDataFolder(dir, options);
    } catch (error) {
      expect(error).toBeInstanceOf(DataValidationError);
      return (error as DataValidationError).issues;
    }
    throw new Error(`readDataFolder accepted ${dir}`);
  }

  it('a file over 256 KB, without reading it, naming the file', () => {
    const dir = folder('large-file', (d) =>
      writeFileSync(join(d, 'events/talks-2023-05-15.yaml'), `summary: "${'a'.repeat(MAX_FILE_BYTES)}"\n`)
    );
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0])).toMatch(/events\/talks-2023-05-15\.yaml: is 262,15\d bytes; a data file may have at most 262,144 \(256 KB\)$/);
  });

  it('a folder larger than its limit, naming the folder', () => {
    const dir = folder('large-folder', () => {});
    const issues = issuesOf(dir, { maxFolderBytes: 2000 });
    expect(issues).toEqual([
      { file: relative(process.cwd(), dir), message: expect.stringMatching(/^holds [\d,]+ bytes of data files; a data folder may hold at most 2,000$/) }
    ]);
  });

  it('an event "file" that is a folder or a device, without reading it', () => {
    const dir = folder('not-files', (d) => {
      mkdirSync(join(d, 'events/a-folder.yaml'));
      symlinkSync('/dev/zero', join(d, 'events/zeros.yaml'));
    });
    const issues = issuesOf(dir);
    expect(issues.map((i) => [i.file.replace(/^.*\/events\//, ''), i.message])).toEqual([
      ['a-folder.yaml', 'is not a regular file'],
      ['zeros.yaml', 'is not a regular file']
    ]);
  });

  it('a file that is not UTF-8, naming file, id and field', () => {
    const dir = folder('latin1', (d) => {
      const path = join(d, 'people.yaml');
      writeFileSync(path, Buffer.from('- id: to-lam\n  name: T\xf4 L\xe2m\n  country: VN\n', 'latin1'));
    });
    const [issue] = issuesOf(dir);
    expect(formatIssue(issue)).toMatch(
      /people\.yaml, id to-lam, field name: is not valid UTF-8: byte 0xF4 at line 2, column 10; save the file as UTF-8$/
    );
  });
});
