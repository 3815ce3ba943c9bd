/**
 * The bodies of the inline scripts the pages carry besides SvelteKit's own.
 * Each is a constant, so svelte.config.js can put its SHA-256 in the
 * Content-Security-Policy's script-src at build time (SvelteKit hashes only
 * the scripts it writes itself, not those of app.html or of {@html}).
 * Anything that varies from page to page travels in the script element's
 * data- attributes, read through document.currentScript.
 *
 * Plain JavaScript, so the config can import it before anything is compiled.
 * A change here changes the hashes with it: nothing else to update.
 */

/** Global that hands the early request to requestData (src/lib/data/earlyFetch.ts). */
export const EARLY_FETCH_GLOBAL = '__timelineData';

/**
 * Starts fetching the data file named by the element's data-url while the
 * page is still being read; once parsed, the data is also kept as `value`,
 * so a page that starts after it arrived can use it at once (earlyData).
 * Its variables live in a function: as a classic script's top-level `var`s
 * they were globals, and `e` kept the parsed file (48 MB of heap at 100,000
 * events) for the whole visit, out of releaseEarly's reach.
 */
export const EARLY_FETCH_SCRIPT =
  `(function(){var u=document.currentScript.dataset.url,e=window.${EARLY_FETCH_GLOBAL}={url:u};e.data=fetch(u).then(function(r){` +
  'if(!r.ok)throw new Error(u+": HTTP "+r.status);return r.json()}).then(function(d){return e.value=d});' +
  // Handled by requestData; this only keeps an early failure from being reported twice.
  'e.data.catch(function(){})})()';

/**
 * The embed's theme, before the first paint: the host's choice from the
 * address, never one stored on a visit to the full site.
 */
export const EMBED_THEME_SCRIPT =
  'try{var t=new URLSearchParams(location.search).get("theme"),r=document.documentElement;' +
  'if(t==="light"||t==="dark")r.dataset.theme=t;else delete r.dataset.theme}catch(e){}';

/** Every constant inline script body above, for the policy's hashes. */
export const INLINE_SCRIPTS = [EARLY_FETCH_SCRIPT, EMBED_THEME_SCRIPT];
