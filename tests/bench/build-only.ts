/**
 * `npx tsx tests/bench/build-only.ts --sizes 100000 [--out DIR]`: builds the
 * site for generated data of each size (or for the folder --data DIR) the way `npm run bench` does (same
 * mirror, same flags), without the page measurements, and prints wall time,
 * peak memory over all the build's processes, CPU time and each phase's log
 * line. For working on the build alone (issue 15).
 */
import { join, resolve } from 'node:path';
import { ensureDataFolder, option, DEFAULT_SEED } from './generate';
import { buildSite } from './lib/build';
import { DATA_DIR } from './lib/paths';

const args = process.argv.slice(2);
const sizes = (option(args, 'sizes') ?? '1000').split(',').map((s) => Number(s.replace(/[_,]/g, '')));
const seed = Number(option(args, 'seed') ?? DEFAULT_SEED);

const dataDir = option(args, 'data');

for (const size of dataDir ? [0] : sizes) {
  const dir = dataDir ? resolve(dataDir) : ensureDataFolder(size, seed).dir;
  const name = dataDir ? 'data' : String(size);
  const out = resolve(option(args, 'out') ?? join(DATA_DIR, `build-${name}`));
  const build = await buildSite(dir, out, join(DATA_DIR, `build-${name}.log`), { extraArgs: ['--sourcemap', 'hidden'] });
  console.log(
    [
      `${dataDir ?? `${size} events`}: build ${build.ok ? 'ok' : `FAILED (${build.error})`} in ${(build.ms / 1000).toFixed(1)} s`,
      `peak RSS, all processes ${build.peakRssMb} MB (sampled sum ${build.treePeakMb} MB, largest process ${build.largestProcessMb} MB)`,
      `CPU ${build.cpuSeconds?.toFixed(1)} s; machine ${Math.round((build.machineBusy ?? 0) * 100)}% busy during the build`,
      `log: ${build.log}`,
      ...build.phases
    ].join('\n  ')
  );
}
