import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pageChunkGroups } from './src/lib/bundling/pageChunks.ts';
import { timelineDataPlugin } from './src/lib/data/timelineDataPlugin.ts';

export default defineConfig({
  plugins: [timelineDataPlugin(), sveltekit()],
  build: {
    rolldownOptions: {
      // Fewer files before a page takes input (see pageChunks.ts).
      output: { codeSplitting: { groups: pageChunkGroups() } }
    }
  },
  // The search worker is started as a module worker (searchClient.ts: `type: 'module'`), so it is
  // bundled as one: an ES module keeps `import.meta` valid. Vite's default (iife) replaced the
  // `import.meta` in flexsearch's bundle with {} and warned (EMPTY_IMPORT_META); that code starts
  // flexsearch's own workers, which we never use, but the format should match how the file runs.
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
