/**
 * Timelines for the search benchmark: the project's own data and the
 * generator's synthetic sets, compiled by the project's loader. A compiled
 * set is cached as JSON next to its data folder, so a second run does not
 * read 100,000 YAML files again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTimeline } from '../../../src/lib/data/compileTimeline';
import type { TimelineData } from '../../../src/lib/data/model';
import { readDataFolder } from '../../../src/lib/data/readDataFolder';
import type { SearchLabels } from '../../../src/lib/search/documents';
import type { Lang } from '../../../src/lib/timeline/types';
import en from '../../../src/lib/i18n/locales/en.json';
import fr from '../../../src/lib/i18n/locales/fr.json';
import vi from '../../../src/lib/i18n/locales/vi.json';
import { ensureDataFolder } from '../generate';
import { ROOT } from './paths';

/** The loader's files: the compiled data's shape follows them. */
const LOADER = ['src/lib/data/compileTimeline.ts', 'src/lib/data/schema.ts', 'src/lib/data/model.ts', 'src/lib/timeline/parseEventDate.ts'];

/** The synthetic timeline of `size` events (tests/bench/generate.ts), compiled. */
export function syntheticTimeline(size: number, seed: number): TimelineData {
  const { dir } = ensureDataFolder(size, seed);
  // The cache is stale when the data folder or the loader changed.
  const stamp = createHash('sha256')
    .update(readFileSync(join(dir, 'generated.json')))
    .update(LOADER.map((file) => (existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : file)).join('\n'))
    .digest('hex');
  const cache = join(dir, 'compiled.json');
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as { stamp: string; data: TimelineData };
    if (cached.stamp === stamp) return cached.data;
  }
  const data = compileTimeline(readDataFolder(dir).raw);
  writeFileSync(cache, JSON.stringify({ stamp, data }));
  return data;
}

/** The project's own timeline (data/). */
export function projectTimeline(): TimelineData {
  return compileTimeline(readDataFolder(join(ROOT, 'data')).raw);
}

/** The badges' words, as the page shows them. */
export function labelsFor(lang: Lang): SearchLabels {
  const strings = { fr, en, vi }[lang];
  return { kind: strings.event.kind, evidence: strings.event.evidence };
}
