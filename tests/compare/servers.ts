/**
 * The two local servers of the comparison: our built site through the
 * project's own server (src/cli/serve.js, as `npm run serve` runs it), and
 * the repository's files (the TimelineJS pages and node_modules) through
 * sirv, both on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Waits until `url` answers, or throws after `ms`. */
async function waitFor(url: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Our built site (build/), served by src/cli/serve.js on `port`. */
export async function serveOurSite(root: string, port: number): Promise<Running> {
  if (!existsSync(join(root, 'build/en.html'))) throw new Error('No build/en.html: run "npm run build" first.');
  const child: ChildProcess = spawn(process.execPath, ['src/cli/serve.js', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/en`);
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })
  };
}

/** The repository's files, read-only, on `port` (for the TimelineJS pages and their node_modules files). */
export async function serveFiles(root: string, port: number): Promise<Running> {
  const handler = sirv(root, { dev: true, dotfiles: false });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    })
  );
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}
