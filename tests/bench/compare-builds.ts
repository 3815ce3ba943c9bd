/**
 * `npx tsx tests/bench/compare-builds.ts BEFORE AFTER`: whether two builds of
 * the same data serve the same thing. Lists files only in one, and files
 * whose content differs once the build's time is taken out (an iCalendar's
 * DTSTAMP, timeline.json's "generated"); .br and .gz files are compared by
 * what they decompress to, and counted when their bytes differ as well.
 * Build both with the same BENCH_VERSION_NAME (tests/bench/lib/build.ts), or
 * every page differs by SvelteKit's version. Exits 1 when they differ.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: compare-builds.ts BEFORE AFTER');

function files(dir: string, at = dir, found: string[] = []): string[] {
  for (const name of readdirSync(at)) {
    const path = join(at, name);
    if (statSync(path).isDirectory()) files(dir, path, found);
    else found.push(relative(dir, path));
  }
  return found;
}

const timeless = (text: string) =>
  text
    // Rolldown names assets by random reference ids in the source maps' names table, differently each build.
    .replace(/ROLLDOWN_FILE_URL_[\w$]+/g, 'ROLLDOWN_FILE_URL_…')
    .replace(/^DTSTAMP:\d{8}T\d{6}Z$/gm, 'DTSTAMP:…').replace(/"generated": "[^"]*"/g, '"generated": "…"');

function content(path: string): Buffer {
  const bytes = readFileSync(path);
  if (path.endsWith('.br')) return brotliDecompressSync(bytes);
  if (path.endsWith('.gz')) return gunzipSync(bytes);
  return bytes;
}

const a = new Set(files(before));
const b = new Set(files(after));
const onlyBefore = [...a].filter((f) => !b.has(f)).sort();
const onlyAfter = [...b].filter((f) => !a.has(f)).sort();
const differ: string[] = [];
const compressedBytesDiffer: string[] = [];
let same = 0;
for (const file of [...a].filter((f) => b.has(f)).sort()) {
  const x = content(join(before, file));
  const y = content(join(after, file));
  if (x.equals(y) || timeless(x.toString('utf8')) === timeless(y.toString('utf8'))) same++;
  else differ.push(file);
  if (/\.(br|gz)$/.test(file) && x.equals(y) && !readFileSync(join(before, file)).equals(readFileSync(join(after, file)))) {
    compressedBytesDiffer.push(file);
  }
}
console.log(`${a.size} files before, ${b.size} after; ${same} the same (build time aside), ${differ.length} differ`);
for (const [label, list] of [
  ['only before', onlyBefore],
  ['only after', onlyAfter],
  ['content differs', differ],
  ['same content, other compressed bytes', compressedBytesDiffer]
] as const) {
  if (list.length) console.log(`${label} (${list.length}):\n  ${list.slice(0, 30).join('\n  ')}${list.length > 30 ? '\n  …' : ''}`);
}
process.exit(onlyBefore.length || onlyAfter.length || differ.length ? 1 : 0);
