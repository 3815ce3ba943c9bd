/**
 * The static server (src/cli/serve.js) as a host, a browser and an attacker
 * meet it: it runs as its own process on a free port, serving a small site
 * written here (pages with their policy, precompressed copies, the app's
 * modules, a font, data, downloads). Hostile requests go through raw sockets,
 * since fetch and http.request would clean their paths first; after each
 * batch, the process must still be alive and serve a page.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; object-src 'none'; base-uri 'self'";
const page = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">\n` +
  `<meta http-equiv="content-security-policy" content="${POLICY.replace(/'/g, '&#39;')}">` +
  `<title>${title}</title></head><body><h1>${title}</h1>${'<p>filler text</p>'.repeat(200)}</body></html>`;

const FILES: Record<string, string | Buffer> = {
  'index.html': page('Choose a language'),
  'en.html': page('English timeline'),
  'en/events/visit-2023-05.html': page('A visit'),
  'en/__data.json': '{"type":"data","nodes":[]}',
  '404.html': page('Not found here'),
  '_app/immutable/entry/start.Ab12Cd.js': `export const start = ${JSON.stringify('x'.repeat(3000))};`,
  '_app/immutable/assets/be-vietnam-pro.Zz9.woff2': Buffer.from('wOF2 not a real font, only bytes'),
  '_app/version.json': '{"version":"1"}',
  'data/timeline-0123456789ab.json': JSON.stringify({ events: Array.from({ length: 200 }, (_, i) => ({ id: i })) }),
  'downloads/timeline-en.csv': 'id,title\nvisit-2023-05,A visit\n',
  'downloads/timeline-en.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'en/oembed.json': '{"type":"rich"}',
  'embed.js': 'console.log("embed");',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'robots.txt': 'User-agent: *\n',
  'digits.txt': '0123456789abcdefghij',
  'big.bin': Buffer.alloc(2_000_000, 7)
};
// Precompressed as adapter-static writes them (precompress: true).
const COMPRESSED = ['en.html', 'index.html', '_app/immutable/entry/start.Ab12Cd.js', 'data/timeline-0123456789ab.json'];

let root: string;
let server: ChildProcess;
let port: number;
let stderr = '';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  for (const [name, body] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  for (const name of COMPRESSED) {
    writeFileSync(join(root, `${name}.gz`), gzipSync(FILES[name]));
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(FILES[name]));
  }
  // Found and stat'ed like any file, but every read of it fails (EIO): a
  // file that breaks after its headers went out.
  symlinkSync('/proc/self/mem', join(root, 'unreadable.bin'));

  server = spawn(process.execPath, ['src/cli/serve.js', '--port', '0', '--dir', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr!.on('data', (chunk) => (stderr += chunk));
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
});

afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A well-formed request (http.request), the body as sent: not decompressed. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Bytes written as they are on a fresh connection; what came back (maybe nothing) once it closes. */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.setTimeout(10_000, () => socket.destroy());
    // Not end(): a client that half-closes is taken as gone, and its answer dropped.
    socket.write(bytes);
  });
}

const rawGet = (target: string) => raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

/** The process is alive and serves a page. */
async function expectStillServing() {
  expect(server.exitCode).toBeNull();
  const answer = await get('/en');
  expect(answer.status).toBe(200);
  expect(answer.body.toString()).toContain('<h1>English timeline</h1>');
}

describe('hostile requests', () => {
  const hostile: [string, string][] = [
    ['malformed escape', '/%zz'],
    ['lone percent', '/%'],
    ['percent at the end of a page', '/en%'],
    ['invalid UTF-8', '/%FF'],
    ['truncated UTF-8', '/%E0%A4%A'],
    ['dot-dot', '/../../../../etc/passwd'],
    ['dot-dot under a folder', '/_app/../../../../etc/passwd'],
    ['encoded dots', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dots, mixed case', '/%2E%2e/%2e%2E/etc/passwd'],
    ['encoded slashes', '/..%2f..%2f..%2fetc%2fpasswd'],
    ['encoded backslashes', '/..%5c..%5c..%5cetc%5cpasswd'],
    ['backslashes', '/..\\..\\..\\etc\\passwd'],
    ['encoded NUL', '/en%00.html'],
    ['encoded NUL alone', '/%00'],
    ['overlong UTF-8 dot', '/%c0%ae%c0%ae/etc/passwd'],
    ['a dotfile', '/.env'],
    ['a folder', '/_app/immutable'],
    ['an absolute URL', 'http://evil.example/en'],
    ['an asterisk', '*'],
    ['an off-site redirect attempt', '//evil.example/'],
    ['a backslash redirect attempt', '/\\evil.example/'],
    ['a 60 KB path', `/${'a'.repeat(60_000)}`],
    ['a 60 KB query', `/en?q=${'%zz'.repeat(20_000)}`]
  ];

  for (const [what, target] of hostile) {
    it(`answers ${what} with a 4xx or a same-site redirect, and goes on serving`, async () => {
      const answer = await rawGet(target);
      const status = statusOf(answer);
      expect(status, answer.slice(0, 200)).toBeGreaterThanOrEqual(300);
      expect(status, answer.slice(0, 200)).toBeLessThan(500);
      if (status < 400) expect(answer).toMatch(/\r\nLocation: \/[^/\\]/i);
      expect(answer).not.toContain('root:x:0:0');
      await expectStillServing();
    });
  }

  it('refuses a request to upgrade to a WebSocket', async () => {
    const answer = await raw(
      'GET /nowhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
    );
    expect(statusOf(answer)).toBe(400);
    await expectStillServing();
  });

  it('serves a page whatever its query holds (the page ignores what it does not know)', async () => {
    for (const query of ['?%zz=%zz&a=%', '?%FF%E0%A4%A=1', `?${'a=1&'.repeat(1000)}`, '?event=<script>alert(1)</script>']) {
      const answer = await rawGet(`/en${query}`);
      expect(statusOf(answer), query.slice(0, 40)).toBe(200);
      expect(answer).toContain('<h1>English timeline</h1>');
    }
    await expectStillServing();
  });

  it('answers a raw NUL byte, a malformed request line and a bad header with 400', async () => {
    for (const bytes of [
      'GET /en\0.html HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /en HTTP/9.9 extra\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET /en HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
      Buffer.from([0x47, 0x45, 0x54, 0x20, 0xff, 0xfe, 0x0d, 0x0a, 0x0d, 0x0a])
    ]) {
      const status = statusOf(await raw(bytes));
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    await expectStillServing();
  });

  it('survives a file whose read fails after its headers went out: that response is cut short, the next ones are fine', async () => {
    const answer = await raw('GET /unreadable.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    // Either the headers came and the body was cut, or nothing came: never a clean, complete answer.
    expect(answer).not.toMatch(/^HTTP\/1\.1 200[\s\S]*\r\n\r\n[\s\S]+/);
    await expectStillServing();
  });

  it('survives files vanishing and coming back while they are being requested', async () => {
    const file = join(root, 'flicker.txt');
    const body = 'here '.repeat(20_000);
    let flickering = true;
    const flicker = (async () => {
      while (flickering) {
        writeFileSync(file, body);
        await new Promise((resolve) => setImmediate(resolve));
        try {
          unlinkSync(file);
        } catch {
          // Already gone.
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const statuses = await Promise.all(
      Array.from({ length: 300 }, () => get('/flicker.txt').then((answer) => answer.status, () => 'cut'))
    );
    flickering = false;
    await flicker;
    for (const status of statuses) expect([200, 404, 'cut']).toContain(status);
    await expectStillServing();
  });

  it('keeps serving with 300 connections held open half-way through their headers', async () => {
    const idle = await Promise.all(
      Array.from(
        { length: 300 },
        () =>
          new Promise<ReturnType<typeof connect>>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write('GET /en HTTP/1.1\r\nHost: 127.0.0.1\r\n');
              resolve(socket);
            });
            socket.on('error', () => {});
          })
      )
    );
    await expectStillServing();
    const answers = await Promise.all(Array.from({ length: 200 }, () => get('/_app/immutable/entry/start.Ab12Cd.js')));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    for (const socket of idle) socket.destroy();
    await expectStillServing();
  });

  it('has printed no error', () => {
    expect(stderr).toBe('');
  });
});

describe('methods', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT']) {
    it(`answers ${method} with 405 and the methods it allows`, async () => {
      const answer = await raw(`${method} /en HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      expect(statusOf(answer)).toBe(405);
      expect(answer).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
      expect(answer).not.toContain('English timeline');
    });
  }

  it('answers HEAD with the headers of GET and no body', async () => {
    const [head, full] = await Promise.all([get('/en', {}, 'HEAD'), get('/en')]);
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(head.headers['content-length']).toBe(String(full.body.length));
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.headers.etag).toBe(full.headers.etag);
  });
});

describe('caching and conditional requests', () => {
  it('sends ETag and Last-Modified, and 304 for a copy the client has', async () => {
    const first = await get('/en');
    expect(first.headers.etag).toMatch(/^W\/".+"$/);
    expect(Date.parse(String(first.headers['last-modified']))).not.toBeNaN();
    const again = await get('/en', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toHaveLength(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    const changed = await get('/en', { 'If-None-Match': 'W/"1-1"' });
    expect(changed.status).toBe(200);
  });

  it('caches the app’s hashed files and the hashed data file for good, and revalidates the rest', async () => {
    const forGood = 'public, max-age=31536000, immutable';
    expect((await get('/_app/immutable/entry/start.Ab12Cd.js')).headers['cache-control']).toBe(forGood);
    expect((await get('/data/timeline-0123456789ab.json')).headers['cache-control']).toBe(forGood);
    for (const path of ['/en', '/', '/_app/version.json', '/embed.js', '/en/__data.json']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
  });
});

describe('ranges', () => {
  const digits = FILES['digits.txt'] as string;

  it('answers one range with 206 and those bytes', async () => {
    const answer = await get('/digits.txt', { Range: 'bytes=2-5' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toBe(`bytes 2-5/${digits.length}`);
    expect(answer.body.toString()).toBe('2345');
  });

  it('answers open and suffix ranges', async () => {
    const open = await get('/digits.txt', { Range: 'bytes=15-' });
    expect(open.status).toBe(206);
    expect(open.body.toString()).toBe(digits.slice(15));
    const suffix = await get('/digits.txt', { Range: 'bytes=-4' });
    expect(suffix.status).toBe(206);
    expect(suffix.headers['content-range']).toBe(`bytes 16-19/${digits.length}`);
    expect(suffix.body.toString()).toBe('ghij');
    const past = await get('/digits.txt', { Range: 'bytes=10-999' });
    expect(past.body.toString()).toBe(digits.slice(10));
  });

  it('answers a range past the end with 416', async () => {
    const answer = await get('/digits.txt', { Range: `bytes=${digits.length}-` });
    expect(answer.status).toBe(416);
    expect(answer.headers['content-range']).toBe(`bytes */${digits.length}`);
  });

  it('answers what it does not serve as a range (several, reversed, malformed, of a changed file) with the whole file', async () => {
    for (const range of ['bytes=0-1,4-5', 'bytes=5-2', 'bytes=abc', 'items=0-3', 'bytes=0-0', `bytes=${'9'.repeat(30)}-`]) {
      const answer = await get('/digits.txt', { Range: range });
      expect(answer.status, range).toBe(200);
      expect(answer.body.toString(), range).toBe(digits);
    }
    const stale = await get('/digits.txt', { Range: 'bytes=0-3', 'If-Range': 'W/"0-0"' });
    expect(stale.status).toBe(200);
  });

  it('ranges the file as it is, not a compressed copy', async () => {
    const answer = await get('/en', { Range: 'bytes=0-14', 'Accept-Encoding': 'br, gzip' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('<!doctype html>');
  });

  it('serves a range of a large file', async () => {
    const answer = await get('/big.bin', { Range: 'bytes=1000000-1000099' });
    expect(answer.status).toBe(206);
    expect(answer.body).toEqual(Buffer.alloc(100, 7));
  });
});

describe('pages and types', () => {
  it('serves /en, the root and an event page, and sends a trailing slash to the page without it', async () => {
    expect((await get('/')).body.toString()).toContain('Choose a language');
    expect((await get('/en/events/visit-2023-05')).body.toString()).toContain('A visit');
    for (const [from, to] of [
      ['/en/', '/en'],
      ['/en/?event=visit-2023-05&second=vi', '/en?event=visit-2023-05&second=vi'],
      ['/en/events/visit-2023-05/', '/en/events/visit-2023-05']
    ]) {
      const answer = await get(from);
      expect(answer.status, from).toBe(308);
      expect(answer.headers.location, from).toBe(to);
    }
    expect((await get('/nowhere/')).status).toBe(404);
  });

  it('answers what does not exist with 404 and the site’s page for it', async () => {
    const answer = await get('/en/events/no-such-event');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toContain('Not found here');
  });

  it('names every type, with the charset of text', async () => {
    const types: [string, string][] = [
      ['/en', 'text/html; charset=utf-8'],
      ['/_app/immutable/entry/start.Ab12Cd.js', 'text/javascript; charset=utf-8'],
      ['/data/timeline-0123456789ab.json', 'application/json; charset=utf-8'],
      ['/en/__data.json', 'application/json; charset=utf-8'],
      ['/downloads/timeline-en.csv', 'text/csv; charset=utf-8'],
      ['/downloads/timeline-en.ics', 'text/calendar; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml'],
      ['/_app/immutable/assets/be-vietnam-pro.Zz9.woff2', 'font/woff2'],
      ['/robots.txt', 'text/plain; charset=utf-8']
    ];
    for (const [path, type] of types) {
      const plain = await get(path);
      expect(plain.status, path).toBe(200);
      expect(plain.headers['content-type'], path).toBe(type);
      expect(plain.headers['x-content-type-options'], path).toBe('nosniff');
      // The type is the file's, not its compressed copy's.
      expect((await get(path, { 'Accept-Encoding': 'br' })).headers['content-type'], path).toBe(type);
    }
  });

  it('serves the precompressed copies to browsers that take them, and the file to others', async () => {
    const original = FILES['en.html'] as string;
    const br = await get('/en', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(original);
    const gz = await get('/en', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(original);
    const plain = await get('/en');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(original);
    for (const answer of [br, gz, plain]) expect(answer.headers.vary).toBe('Accept-Encoding');
  });
});

describe('security headers', () => {
  it('sends a page’s own policy as a header, with frame-ancestors *, and no X-Frame-Options', async () => {
    for (const path of ['/en', '/', '/en/events/visit-2023-05']) {
      for (const encoding of ['', 'br']) {
        const answer = await get(path, encoding ? { 'Accept-Encoding': encoding } : {});
        expect(answer.headers['content-security-policy'], path).toBe(`${POLICY}; frame-ancestors *`);
        expect(answer.headers['x-frame-options']).toBeUndefined();
      }
    }
  });

  it('sends a policy that runs nothing with what is not a page', async () => {
    const answer = await get('/favicon.svg');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors *");
  });

  it('lets any origin read the app’s files, fonts, data and downloads (CORS), and only those', async () => {
    const shared = [
      '/_app/immutable/entry/start.Ab12Cd.js',
      '/_app/immutable/assets/be-vietnam-pro.Zz9.woff2',
      '/_app/version.json',
      '/data/timeline-0123456789ab.json',
      '/en/__data.json',
      '/en/oembed.json',
      '/downloads/timeline-en.csv',
      '/downloads/timeline-en.ics'
    ];
    for (const path of shared) {
      expect((await get(path, { Origin: 'null' })).headers['access-control-allow-origin'], path).toBe('*');
    }
    // Also on a 304, so a revalidated copy stays readable.
    const first = await get(shared[0]);
    const again = await get(shared[0], { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['access-control-allow-origin']).toBe('*');
    for (const path of ['/en', '/', '/en/events/visit-2023-05', '/embed.js', '/favicon.svg', '/robots.txt']) {
      expect((await get(path, { Origin: 'https://elsewhere.example' })).headers['access-control-allow-origin'], path).toBeUndefined();
    }
  });
});
