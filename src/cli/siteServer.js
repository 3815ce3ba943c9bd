/**
 * The request handler that serves a prerendered build the way the README asks
 * a static host to: sirv finds the file (the precompressed .br or .gz one when
 * the browser takes it) and answers ETag / 304 and Range; this module adds the
 * site's headers (the page's Content-Security-Policy with frame-ancestors,
 * CORS where a framed or sandboxed page needs it, cache, types), refuses what
 * is not a read, and keeps any request, however malformed, from stopping the
 * process.
 */
import { closeSync, openSync, readFile, readSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { parseByteRange } from './byteRange.js';

/** Types sent with a charset, or that sirv's table names otherwise; the rest are sirv's (mrmime). */
const TYPES = /** @type {Record<string, string>} */ ({
  '': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff'
});

/**
 * Files another origin reads with CORS: an embed in a strict sandbox (an
 * opaque origin) loads the app's modules, fonts and data through it, and
 * other sites may fetch the data and the downloads.
 * @param {string} path the request's path, still percent-encoded
 */
export const wantsCors = (path) =>
  path.startsWith('/_app/') || path.startsWith('/data/') || /\.(json|csv|ics|woff2?|ttf|otf)$/i.test(path);

/**
 * Content-addressed files, cached for good: the app's modules and a large
 * timeline's data file (named by its hash).
 * @param {string} path
 */
export const isImmutable = (path) => path.startsWith('/_app/immutable/') || /^\/data\/timeline-[0-9a-f]+\.json$/.test(path);

// When a page carries no policy of its own: nothing that would break it, the rest shut.
const FALLBACK_POLICY = "object-src 'none'; base-uri 'self'";
const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** @param {string} text */
const unescapeAttribute = (text) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * Answers a request for the files under `dir`.
 * @param {string} dir
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function createSiteHandler(dir) {
  const root = resolve(dir);

  /**
   * The policy a page's <meta> carries (SvelteKit writes it, with the hashes
   * of that page's inline scripts), read once per version of the file.
   * @type {Map<string, { stamp: number, policy: string | null }>}
   */
  const policies = new Map();

  /** @param {string} file */
  function policyOf(file) {
    const stamp = statSync(file).mtimeMs;
    const known = policies.get(file);
    if (known?.stamp === stamp) return known.policy;
    // The meta is the head's first element: the first 32 KB hold it.
    const buffer = Buffer.alloc(32 * 1024);
    const fd = openSync(file, 'r');
    let length = 0;
    try {
      length = readSync(fd, buffer, 0, buffer.length, 0);
    } finally {
      closeSync(fd);
    }
    const match = META_CSP.exec(buffer.subarray(0, length).toString('utf8'));
    const policy = match ? unescapeAttribute(match[1]) : null;
    policies.set(file, { stamp, policy });
    return policy;
  }

  /**
   * The Content-Security-Policy header for a page: its own policy, plus what
   * a <meta> cannot say: any site may frame it (embedding is a feature).
   * @param {string} pathname decoded, as sirv saw it
   */
  function pagePolicy(pathname) {
    const page = pathname.replace(/\/+$/, '');
    const candidates = pathname.endsWith('.html') ? [page] : [`${page}.html`, `${page}/index.html`];
    for (const candidate of candidates) {
      const file = join(root, candidate);
      if (!file.startsWith(root + sep)) continue;
      try {
        return `${policyOf(file) ?? FALLBACK_POLICY}; frame-ancestors *`;
      } catch {
        // Not this candidate (or gone since sirv saw it): try the next.
      }
    }
    return `${FALLBACK_POLICY}; frame-ancestors *`;
  }

  const files = sirv(root, {
    // Looks files up on every request instead of listing build/ once at
    // start: a rebuild while serving is picked up, and a file gone since
    // start is a 404, not an error.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(response, pathname, stats) {
      if (isPage(pathname)) {
        response.setHeader('Content-Type', TYPES['.html']);
        response.setHeader('Content-Security-Policy', pagePolicy(pathname));
      } else {
        const type = TYPES[extname(pathname)];
        if (type) response.setHeader('Content-Type', type);
        // Nothing else is a document: if one is opened as a page, it runs nothing.
        response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors *");
      }
      response.setHeader('Accept-Ranges', 'bytes');
      applyRange(response.req, stats);
    },
    onNoMatch: (request, response) => notFound(response)
  });

  /** @param {import('node:http').ServerResponse} response */
  function notFound(response) {
    readFile(join(root, '404.html'), (error, body) => {
      if (response.destroyed) return;
      if (error) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      } else {
        response.setHeader('Content-Security-Policy', pagePolicy('/404'));
        response.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(body);
      }
    });
  }

  /**
   * Whether sirv answers `pathname` (decoded) with a page: an .html file, or
   * a path it completed with .html or /index.html since no file has that name.
   * @param {string} pathname
   */
  function isPage(pathname) {
    if (pathname.endsWith('.html')) return true;
    const file = join(root, pathname);
    try {
      return !(file.startsWith(root + sep) && statSync(file).isFile());
    } catch {
      return true;
    }
  }

  /**
   * A trailing slash on a page's address: the page's relative asset links
   * would break there, so the reader is sent to the address without it. Only
   * plain paths of existing pages qualify: nothing sends a reader elsewhere.
   * @param {string} path still percent-encoded
   */
  function withoutSlash(path) {
    if (!/^(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+\/$/.test(path)) return null;
    const page = path.slice(0, -1);
    try {
      return statSync(join(root, `${page}.html`)).isFile() ? page : null;
    } catch {
      return null;
    }
  }

  return (request, response) => {
    // A file that fails while it is sent (it vanished, a disk error): the
    // headers are gone already, so the client sees the response cut short.
    response.on('pipe', (source) => source.on('error', () => response.destroy()));

    const url = request.url ?? '/';
    const method = request.method ?? 'GET';
    const common = {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin'
    };
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { ...common, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed');
      return;
    }
    // Only origin-form targets ("/path?query"): not "*" nor absolute URLs.
    if (!url.startsWith('/')) {
      response.writeHead(400, { ...common, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);

    // Set before sirv, so a 304 carries them too; the policy and the type
    // come with the file (setHeaders), and a 304 keeps the cached ones.
    for (const [name, value] of Object.entries(common)) response.setHeader(name, value);
    response.setHeader('Cache-Control', isImmutable(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (wantsCors(path)) response.setHeader('Access-Control-Allow-Origin', '*');

    const page = path.length > 1 && path.endsWith('/') ? withoutSlash(path) : null;
    if (page) {
      response.writeHead(308, { Location: page + (queryAt < 0 ? '' : url.slice(queryAt)) }).end();
      return;
    }
    // No hidden files, and no "." or ".." segment, encoded or not.
    if (/\/(\.|%2e)/i.test(path)) {
      notFound(response);
      return;
    }
    // A range is of the file as it is, not of one of its compressed copies.
    if (request.headers.range) delete request.headers['accept-encoding'];

    try {
      files(request, response);
    } catch {
      // A file that vanished between sirv's look-up and its stat.
      if (response.headersSent) response.destroy();
      else notFound(response);
    }
  };
}

/**
 * Rewrites the request's Range header into the one form sirv reads right
 * (`bytes=start-end`), or removes it when the whole file is the answer.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:fs').Stats} stats
 */
function applyRange(request, stats) {
  const header = request.headers.range;
  if (!header) return;
  const ifRange = String(request.headers['if-range'] ?? '');
  // If-Range holds the version the client has: a range of another version is useless.
  const sameVersion = !ifRange || Date.parse(ifRange) === Math.floor(stats.mtimeMs / 1000) * 1000;
  const range = sameVersion ? parseByteRange(header, stats.size) : null;
  if (range === 'unsatisfiable') request.headers.range = `bytes=${stats.size}-`;
  // sirv reads an end of 0 as "to the end": the whole file is the honest answer then.
  else if (range && range.end > 0) request.headers.range = `bytes=${range.start}-${range.end}`;
  else delete request.headers.range;
}
