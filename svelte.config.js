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
    prerender: {
      entries: ['*'],
      handleHttpError: 'fail',
      // Above EVENT_PAGES_MAX events the event pages are left out on purpose
      // (src/lib/site.ts), and up to TIMELINE_INLINE_MAX there is no data file
      // (src/lib/data/delivery.ts); any other route never reached is an error.
      handleUnseenRoutes: ({ routes, message }) => {
        const optional = ['/[lang=lang]/events/[id]', '/[lang=lang]/events/[id].ics', '/downloads/timeline-[lang=lang].ics', '/data/[file]'];
        if (routes.some((route) => !optional.includes(route))) throw new Error(message);
      }
    },
    // The stylesheets are small: inlined, they no longer block the first paint.
    inlineStyleThreshold: 10000
  }
};

export default config;
