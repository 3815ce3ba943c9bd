/**
 * `npx tsx tests/bench/build-only.ts --sizes 100000 [--out DIR] [--threads]`: builds the
 * site for generated data of each size (or for the folder --data DIR) the way `npm run bench` does (same
 * mirror, same flags), without the page measurements, and prints wall time,
 * peak memory over all the build's processes, CPU time and each phase's log
 * line. For working on the build alone (issue 15). With --threads, also each
 * Node process's and worker thread's largest heap and when (SvelteKit's
 * analyse and prerender steps are threads of the Vite process).
 */
import { join, resolve } from 'node:path';
import { ensureDataFolder, option, DEFAULT_SEED } from './generate';
import { buildSite } from './lib/build';
import { DATA_DIR } from './lib/paths';

const args = process.argv.slice(2);
const sizes = (option(args, 'sizes') ?? '1000').split(',').map((s) => Number(s.replace(/[_,]/g, '')));
const seed = Number(option(args, 'seed') ?? DEFAULT_SEED);

const dataDir = option(args, 'data');
const threads = args.includes('--threads');

for (const size of dataDir ? [0] : sizes) {
  const dir = dataDir ? resolve(dataDir) : ensureDataFolder(size, seed).dir;
  const name = dataDir ? 'data' : String(size);
  const out = resolve(option(args, 'out') ?? join(DATA_DIR, `build-${name}`));
  const build = await buildSite(dir, out, join(DATA_DIR, `build-${name}.log`), { extraArgs: ['--sourcemap', 'hidden'], threads });
  console.log(
    [
      `${dataDir ?? `${size} events`}: build ${build.ok ? 'ok' : `FAILED (${build.error})`} in ${(build.ms / 1000).toFixed(1)} s`,
      `peak RSS, all processes ${build.peakRssMb} MB (sampled sum ${build.treePeakMb} MB, largest process ${build.largestProcessMb} MB)`,
      `CPU ${build.cpuSeconds?.toFixed(1)} s; machine ${Math.round((build.machineBusy ?? 0) * 100)}% busy during the build`,
      `log: ${build.log}`,
      ...build.phases,
      ...(build.threads ?? []).map(
        (t) =>
          `process ${t.pid} thread ${t.thread} (${t.label}), ${t.from}–${t.to} s: heap in use up to ${t.peakHeapMb} MB (at ${t.peakHeapAt} s), its process up to ${t.peakProcessRssMb} MB resident`
      )
    ].join('\n  ')
  );
}
