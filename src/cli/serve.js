// Serves the prerendered site in build/ the way a static host should (see
// "Serving the site" in the README): /fr is build/fr.html, files as they
// are (precompressed when the browser takes it), anything else is 404.
// Usage: node src/cli/serve.js [--port 4173] [--host 127.0.0.1] [--dir build]
// --port 0 takes a free port; the address printed says which.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { createSiteHandler } from './siteServer.js';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback @returns {string} */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.PORT || '4173'));
const host = option('host', process.env.HOST || '127.0.0.1');
const root = resolve(option('dir', 'build'));

if (!existsSync(root)) {
  console.error(`No ${root}: run "npm run build" first.`);
  process.exit(1);
}

const server = createServer(createSiteHandler(root));
// A reader that stops reading must not hold a connection for ever.
server.requestTimeout = 30_000;
server.headersTimeout = 20_000;

// Node hands CONNECT and protocol upgrades (WebSocket) over apart, socket and
// all; a static site has no use for either, so they are refused and closed.
server.on('connect', (request, socket) => {
  socket.on('error', () => {});
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
});
server.on('upgrade', (request, socket) => {
  socket.on('error', () => {});
  socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
});

server.on('error', (error) => {
  console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Timeline served at http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`);
});
