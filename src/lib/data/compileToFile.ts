// Run by timelineDataPlugin in a process of its own (`node --import tsx
// compileToFile.ts DATA_DIR OUT_DIR`): reads and validates the data folder,
// writes the compiled timeline as JSON into OUT_DIR, and prints one line of
// JSON, { file, files } or { issues } (DataValidationError's), on stdout.
// The YAML, the validated copies and the JSON text of a large timeline take
// gigabytes; in a process that ends they are given back at once, not held by
// the build's heap while it bundles and prerenders.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTimeline } from './compileTimeline.ts';
import { DataValidationError } from './dataError.ts';
import { readDataFolder } from './readDataFolder.ts';

/**
 * Writes the compiled timeline's JSON into `dir`, named by its content (a
 * dev server and a build of other data in the same tree do not overwrite
 * each other's), and removes the files earlier runs left there.
 */
export function writeTimelineJson(json: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const name = `timeline-${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  for (const old of readdirSync(dir)) if (old !== name) rmSync(join(dir, old), { force: true });
  const file = join(dir, name);
  writeFileSync(file, json);
  return file;
}

const [dataDir, outDir] = process.argv.slice(2);
if (dataDir && outDir) {
  try {
    const { raw, files } = readDataFolder(dataDir);
    const file = writeTimelineJson(JSON.stringify(compileTimeline(raw)), outDir);
    process.stdout.write(JSON.stringify({ file, files }) + '\n');
  } catch (error) {
    if (!(error instanceof DataValidationError)) throw error;
    process.stdout.write(JSON.stringify({ issues: error.issues }) + '\n');
  }
}
