import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './src/lib/compress/precompress.js';
import { INLINE_SCRIPTS } from './src/lib/csp/inlineScripts.js';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

// SvelteKit hashes the scripts it writes (the app's start); the inline
// scripts of app.html and those the pages put in with {@html} (constants,
// see inlineScripts.js) are hashed here, so script-src needs no 'unsafe-inline'.
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const templateScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
const scriptHashes = [...templateScripts, ...INLINE_SCRIPTS].map(sha256);

/**
 * The static adapter, then a .br and a .gz next to each file, served by
 * src/cli/serve.js (and by hosts that serve precompressed files) instead of
 * compressing per request. adapter-static's own precompress does the same
 * with brotli's slowest quality for every file, which took most of the build
 * of 100,000 events (see src/lib/compress/precompress.js).
 * @param {import('@sveltejs/kit').Adapter} inner
 * @param {string} dir
 * @returns {import('@sveltejs/kit').Adapter}
 */
const withPrecompress = (inner, dir) => ({
  ...inner,
  async adapt(builder) {
    await inner.adapt(builder);
    builder.log.minor('Compressing assets and pages');
    await precompress(dir);
  }
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // BUILD_DIR lets the benchmark build several data sets side by side.
    adapter: withPrecompress(
      adapter({
        pages: process.env.BUILD_DIR || 'build',
        assets: process.env.BUILD_DIR || 'build',
        fallback: undefined,
        // Compressed by withPrecompress below instead.
        precompress: false,
        strict: true
      }),
      process.env.BUILD_DIR || 'build'
    ),
    // A <meta> in every prerendered page; src/cli/serve.js sends the same
    // policy as a header, with what a <meta> cannot carry (frame-ancestors *).
    // See "Serving the site" in the README.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...scriptHashes],
        // SvelteKit adds the hashes of the stylesheets it inlines. Style
        // attributes are allowed: the server-rendered marks and labels are
        // placed with them (they cannot run script).
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
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
