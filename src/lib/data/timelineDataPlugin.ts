import { spawn } from 'node:child_process';
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
  let building = false;
  // The child started by buildStart, which load takes over.
  let started: Promise<Compiled> | undefined;
  return {
    name: 'timeline-data',
    configResolved(config) {
      building = config.command === 'build';
      // .svelte-kit/ belongs to the project tree being built (the benchmark's
      // mirrors each have their own), and is git-ignored.
      outDir = join(config.root, '.svelte-kit', 'timeline-data');
    },
    buildStart() {
      // A build starts compiling the data at once, in the server build (the
      // only one importing it): reading 100,000 files then runs on one core
      // while Vite compiles the components on the other.
      if (building && this.environment?.config.consumer === 'server') started = compileInChild(resolve(dataFolder()), outDir);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const dir = resolve(dataFolder());
      // The dev server compiles again each time the data changes.
      const compiling = started ?? compileInChild(dir, outDir);
      started = undefined;
      const { file, files } = await compiling;
      for (const read of files) this.addWatchFile(read);
      this.addWatchFile(resolve(dir, 'events'));
      return (
        `import { readFileSync } from 'node:fs';\n` +
        `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`
      );
    }
  };
}

interface Compiled {
  file: string;
  files: string[];
}

/** Runs compileToFile.ts on `dir`; rejects with DataValidationError and its issues when the data is wrong. */
function compileInChild(dir: string, outDir: string): Promise<Compiled> {
  const script = fileURLToPath(new URL('./compileToFile.ts', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, script, dir, outDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  // One line of JSON naming every file read: 100,000 paths are a few MB.
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Compiled>((resolveDone, reject) => {
    child.on('error', (error) => reject(new Error(`Reading the timeline data in ${dir} failed (${error.message})`)));
    child.on('close', (code, signal) => {
      const line = code === 0 ? Buffer.concat(chunks).toString('utf8').trim().split('\n').pop() : undefined;
      if (!line) return reject(new Error(`Reading the timeline data in ${dir} failed (exit ${code ?? signal})`));
      const result = JSON.parse(line) as Compiled | { issues: DataIssue[] };
      if ('issues' in result) reject(new DataValidationError(result.issues));
      else resolveDone(result);
    });
  });
  // A build that fails elsewhere before loading the data leaves no unhandled rejection.
  done.catch(() => {});
  return done;
}
