import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileTimeline } from './compileTimeline.ts';
import { dataFolder, readDataFolder } from './readDataFolder.ts';

const ID = 'virtual:timeline-data';
const RESOLVED = '\0' + ID;

/**
 * Serves the validated timeline as `virtual:timeline-data`. Validation runs
 * when the module is first loaded, so bad data fails `vite build` (and shows
 * in the dev server) with file, id and field.
 */
export function timelineDataPlugin(): Plugin {
  return {
    name: 'timeline-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const dir = resolve(dataFolder());
      const { raw, files } = readDataFolder(dir);
      for (const file of files) this.addWatchFile(file);
      this.addWatchFile(resolve(dir, 'events'));
      const data = compileTimeline(raw);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    }
  };
}
