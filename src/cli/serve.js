// Serves the prerendered site in build/ the way a static host would:
// /fr is build/fr.html, files are served as they are, anything else is 404.
// Usage: node src/cli/serve.js [--port 4173] [--host 127.0.0.1] [--dir build]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback @returns {string} */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.PORT || '4173'));
const host = option('host', process.env.HOST || '127.0.0.1');
const root = resolve(option('dir', 'build'));

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8'
};

if (!existsSync(root)) {
  console.error(`No ${root}: run "npm run build" first.`);
  process.exit(1);
}

/**
 * The file for a URL path, or null: tries the path, then path.html, then path/index.html.
 * @param {string} pathname
 */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * Compressed bodies, made once per file version: a CDN or a host with
 * precompressed files does not gzip a 10 MB data file on every request either.
 * @type {Map<string, { stamp: string, body: Buffer }>}
 */
const gzipped = new Map();

/** @param {string} file */
function gzippedBody(file) {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  let cached = gzipped.get(file);
  if (cached?.stamp !== stamp) gzipped.set(file, (cached = { stamp, body: gzipSync(readFileSync(file)) }));
  return cached.body;
}

// Content-addressed, so cached for good: the app's modules and a large timeline's data file.
/** @param {string} file */
const isImmutable = (file) =>
  file.startsWith(join(root, '_app', 'immutable')) || /[/\\]data[/\\]timeline-[0-9a-f]+\.json$/.test(file);

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    pathname = '/';
  }
  const file = fileFor(pathname === '/' ? '/index' : pathname);
  const headers = {
    // Pages may be framed by any site (embedding is a feature); nothing else is relaxed.
    'Content-Security-Policy': 'frame-ancestors *',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin'
  };
  if (!file) {
    const notFound = join(root, '404.html');
    response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end('Not found');
    return;
  }
  const immutable = isImmutable(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text is compressed, as any real static host or CDN would.
  const gzip = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(200, {
    ...headers,
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {})
  });
  if (gzip) response.end(gzippedBody(file));
  else createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  console.log(`Timeline served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
