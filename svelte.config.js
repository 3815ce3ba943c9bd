import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR lets the benchmark build several data sets side by side.
    adapter: adapter({
      pages: process.env.BUILD_DIR || 'build',
      assets: process.env.BUILD_DIR || 'build',
      fallback: undefined,
      strict: true
    }),
    prerender: { entries: ['*'], handleHttpError: 'fail' },
    // The stylesheets are small: inlined, they no longer block the first paint.
    inlineStyleThreshold: 10000
  }
};

export default config;
