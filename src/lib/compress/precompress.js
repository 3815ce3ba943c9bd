import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** What SvelteKit's builder.compress compresses (@sveltejs/kit, src/core/adapt/builder.js). */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.mdx'];

/**
 * Files larger than this get brotli quality 9 instead of 11. Quality 11
 * compresses a few hundred KB a second on this 2-core machine: the 139 MB
 * downloads/timeline.json of 100,000 events alone took minutes, most of the
 * build. Quality 9 is some 25 times faster; its file is 15% larger (4.2 MB
 * instead of 3.7). The page's own data file (17 MB at 100,000 events, 29%
 * larger at quality 9) stays below, as does every file of the 12-event site.
 */
export const FAST_BROTLI_ABOVE = 32 * 2 ** 20;

/**
 * The brotli quality for a file of `size` bytes (see FAST_BROTLI_ABOVE).
 * @param {number} size
 * @param {number} [fastAbove]
 */
export function brotliQuality(size, fastAbove = FAST_BROTLI_ABOVE) {
  return size > fastAbove ? 9 : zlib.constants.BROTLI_MAX_QUALITY;
}

/** @param {string} dir @returns {string[]} every file under `dir` whose extension is compressed */
function compressible(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} at */
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSED_EXTENSIONS.includes(extname(path))) files.push(path);
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** @param {string} file @param {'gz' | 'br'} format @param {number} fastAbove */
function compressFile(file, format, fastAbove) {
  const size = statSync(file).size;
  const compress =
    format === 'br'
      ? zlib.createBrotliCompress({
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(size, fastAbove),
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
          }
        })
      : zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
  return pipeline(createReadStream(file), compress, createWriteStream(`${file}.${format}`));
}

/**
 * Writes a .gz and a .br next to each text file under `dir`, as
 * adapter-static's `precompress: true` does (same files, same settings,
 * byte for byte the same output), except that files above
 * FAST_BROTLI_ABOVE (or `fastAbove`) get a faster brotli quality.
 * @param {string} dir
 * @param {{ fastAbove?: number }} [options]
 */
export async function precompress(dir, { fastAbove = FAST_BROTLI_ABOVE } = {}) {
  await Promise.all(
    compressible(dir).flatMap((file) => [compressFile(file, 'gz', fastAbove), compressFile(file, 'br', fastAbove)])
  );
}
