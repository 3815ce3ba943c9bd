import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../src/lib/data/readDataFolder';
import { translationReport } from '../../src/lib/data/translationReport';

// Each spawn costs a second or two (npx + tsx), so the script runs twice in
// all; the report itself is checked in-process below.
const SPAWN_TIMEOUT_MS = 60_000;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `npx tsx src/cli/check-data.ts` on a data folder. */
function checkData(folder: string): Run {
  try {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/check-data.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, TIMELINE_DATA: folder },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: SPAWN_TIMEOUT_MS
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? -1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run check:data', () => {
  it(
    'passes a valid folder and prints how complete each language is',
    () => {
      const { status, stdout } = checkData('tests/fixtures/valid');
      expect(status).toBe(0);
      for (const lang of ['fr', 'en', 'vi']) expect(stdout).toMatch(new RegExp(`^ {2}${lang}: (\\d+)/\\1 \\(100\\.0%\\)$`, 'm'));
      expect(stdout).toContain('OK: 3 events (2 from primary sources), 2 people, 2 places, 2 sources, 2 domains.');
    },
    SPAWN_TIMEOUT_MS
  );

  it(
    'fails a broken folder with exit code 1, naming file, id and field',
    () => {
      const { status, stdout, stderr } = checkData('tests/fixtures/invalid');
      expect(status).toBe(1);
      expect(stderr).toContain('The timeline data has 2 problems:');
      expect(stderr).toContain('tests/fixtures/invalid/events/lone-visit.yaml, id lone-visit, field summary.vi: missing translation');
      expect(stderr).toContain('tests/fixtures/invalid/places.yaml, id hanoi, field within: unknown place "atlantis"');
      // The translation report still prints before validation fails.
      expect(stdout).toMatch(/^ {2}vi: 5\/6 \(83\.3%\)$/m);
      expect(stdout).toContain('missing: tests/fixtures/invalid/events/lone-visit.yaml lone-visit summary');
    },
    SPAWN_TIMEOUT_MS
  );
});

describe('npm run check:data on hostile data', () => {
  it(
    'prints each refusal in the same form: file, id, field, then what is wrong',
    () => {
      const { status, stderr } = checkData('tests/fixtures/hostile');
      expect(status).toBe(1);
      const at = 'tests/fixtures/hostile/events/hostile-visit.yaml, id hostile-visit';
      const lines = stderr.split('\n').filter((line) => line.startsWith('  - '));
      expect(lines.sort()).toEqual(
        [
          `  - ${at}, field date: "2023-13-45": month 13 does not exist (months go from 01 to 12)`,
          `  - ${at}, field domains: must be a list of domain ids, e.g. [health], not a text`,
          `  - ${at}, field summary.fr: character 12 is the control character U+0007; remove it`,
          `  - ${at}, field title.en: character 7 is the bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE, which reorders the text around it on the page; remove it`,
          '  - tests/fixtures/hostile/sources.yaml, id test-source-2023, field url: must be an http(s) address; "javascript:" addresses are refused, since a click on one can run code or open something other than a web page'
        ].sort()
      );
      // Nothing from the data reaches the terminal unescaped.
      expect(stderr).not.toMatch(/[\u0007\u202e]/);
    },
    SPAWN_TIMEOUT_MS
  );
});

describe('translationReport', () => {
  it('counts every translated field of the valid fixture as present in every language', () => {
    const report = translationReport(readDataFolder('tests/fixtures/valid').raw);
    expect(report.map((r) => r.lang)).toEqual(['fr', 'en', 'vi']);
    for (const entry of report) expect(entry).toEqual({ lang: entry.lang, present: 17, total: 17, missing: [] });
  });

  it('lists where a language is missing, by file, id and field', () => {
    const { raw } = readDataFolder('tests/fixtures/valid');
    const talks = raw.events.find((f) => (f.content as { id: string }).id === 'talks-2023-05-15')!;
    const content = talks.content as { summary: Record<string, string> };
    content.summary.vi = ' ';
    delete (raw.places.content as { name: Record<string, string> }[])[1].name.en;
    const [fr, en, vi] = translationReport(raw);
    expect(fr).toMatchObject({ present: 17, total: 17, missing: [] });
    expect(en).toMatchObject({ present: 16, total: 17, missing: ['tests/fixtures/valid/places.yaml hanoi name'] });
    expect(vi).toMatchObject({
      present: 16,
      total: 17,
      missing: ['tests/fixtures/valid/events/talks-2023-05-15.yaml talks-2023-05-15 summary']
    });
  });

  it('reports on the real data with every language complete', () => {
    for (const { lang, present, total } of translationReport(readDataFolder('data').raw)) {
      expect(present, lang).toBe(total);
    }
  });
});
