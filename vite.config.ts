import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { timelineDataPlugin } from './src/lib/data/timelineDataPlugin.ts';

export default defineConfig({
  plugins: [timelineDataPlugin(), sveltekit()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
