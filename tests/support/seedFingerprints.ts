/**
 * Writes tests/fixtures/seed-runs.json from the source articles:
 * `npx tsx tests/support/seedFingerprints.ts [folder]` (default ../shared/seeds).
 * The fingerprints let the copy check run anywhere without the articles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleFingerprints, RUN } from './copyCheck';

export const SEED_RUNS = resolve('tests/fixtures/seed-runs.json');

/** The fingerprint file's content for the articles in `folder`. */
export function seedRuns(folder: string) {
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ file: name, runs: articleFingerprints(readFileSync(join(folder, name), 'utf8')) }));
  return { run: RUN, articles };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('tests/support/seedFingerprints.ts')) {
  const folder = resolve(process.argv[2] ?? '../shared/seeds');
  writeFileSync(SEED_RUNS, `${JSON.stringify(seedRuns(folder), null, 1)}\n`);
  console.log(`Wrote ${SEED_RUNS} from ${folder}`);
}
