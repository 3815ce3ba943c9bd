import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { DataValidationError, type DataIssue } from './dataError.ts';
import { dataFolder } from './readDataFolder.ts';

const ID = 'virtual:timeline-data';
const RESOLVED = '\0' + ID;

/**
 * Serves the validated timeline as `virtual:timeline-data`. Validation runs
 * when the module is first loaded, so bad data fails `vite build` (and shows
 * in the dev server) with file, id and field.
 *
 * The data is read, validated and written as JSON by compileToFile.ts in a
 * process of its own, which gives its memory back when it ends; the module
 * reads that file when it runs instead of carrying the timeline in its code.
 * Inlined, 100,000 events made a module of 110 MB that the bundler parsed,
 * mapped and wrote, and that every worker importing the server code parsed
 * again as script: the build took 6.6 GB and most of its time there. Only
 * server code imports the module (routes' +page.server.ts and +server.ts,
 * run at build time to prerender), so no page ships the file or its path.
 */
export function timelineDataPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'timeline-data',
    configResolved(config) {
      // .svelte-kit/ belongs to the project tree being built (the benchmark's
      // mirrors each have their own), and is git-ignored.
      outDir = join(config.root, '.svelte-kit', 'timeline-data');
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const dir = resolve(dataFolder());
      const { file, files } = compileInChild(dir, outDir);
      for (const read of files) this.addWatchFile(read);
      this.addWatchFile(resolve(dir, 'events'));
      return (
        `import { readFileSync } from 'node:fs';\n` +
        `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`
      );
    }
  };
}

/** Runs compileToFile.ts on `dir`; throws DataValidationError with its issues when the data is wrong. */
function compileInChild(dir: string, outDir: string): { file: string; files: string[] } {
  const script = fileURLToPath(new URL('./compileToFile.ts', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawnSync(process.execPath, ['--import', tsx, script, dir, outDir], {
    encoding: 'utf8',
    // One line of JSON naming every file read: 100,000 paths are a few MB.
    maxBuffer: 256 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const line = child.status === 0 ? child.stdout.trim().split('\n').pop() : undefined;
  if (!line) throw new Error(`Reading the timeline data in ${dir} failed (${child.error?.message ?? `exit ${child.status ?? child.signal}`})`);
  const result = JSON.parse(line) as { file: string; files: string[] } | { issues: DataIssue[] };
  if ('issues' in result) throw new DataValidationError(result.issues);
  return result;
}
