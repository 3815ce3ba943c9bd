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
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
