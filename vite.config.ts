import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { timelineDataPlugin } from './src/lib/data/timelineDataPlugin.ts';

const zoomShim = fileURLToPath(new URL('./src/lib/timeline/d3ZoomShim.ts', import.meta.url));

export default defineConfig({
  plugins: [timelineDataPlugin(), sveltekit()],
  resolve: {
    // d3-zoom imports these only for animated zooms, which this site never
    // starts (see the shim). Unit tests keep the real packages: d3-scale,
    // which one of them compares against, needs d3-interpolate.
    alias: process.env.VITEST ? {} : { 'd3-transition': zoomShim, 'd3-interpolate': zoomShim }
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
