import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** Raw and gzip bytes of one kind of resource. */
export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

/** What a page load transferred, by kind (fonts and images apart). */
export interface PageBytes {
  html: Bytes;
  js: Bytes;
  css: Bytes;
  /** Script files that hold data rather than code (the vis page's items), kept apart like the data. */
  data: Bytes;
}

const empty = (): Bytes => ({ raw: 0, gzip: 0, files: 0 });

/**
 * Records the responses of a page load; `collect()` sums them once the page has
 * settled. Bodies are fetched again from Node (the servers are local and
 * static): asking the browser for them waits on the page's renderer, which a
 * page stuck in a long task can hold for many minutes. Each body is gzipped
 * here (level 9), whatever the server sent, so sizes compare across servers.
 */
export function recordBytes(page: Page, isData: (url: string) => boolean = () => false) {
  const responses = new Map<string, Response>();
  page.on('response', (response) => {
    if (response.status() === 200) responses.set(response.url(), response);
  });
  return {
    async collect(): Promise<PageBytes> {
      const total: PageBytes = { html: empty(), js: empty(), css: empty(), data: empty() };
      for (const [url, response] of responses) {
        const type = response.request().resourceType();
        const kind: keyof PageBytes | null =
          type === 'document'
            ? 'html'
            : isData(url)
              ? 'data'
              : type === 'script'
                ? 'js'
                : type === 'stylesheet'
                  ? 'css'
                  : null;
        if (!kind) continue;
        let body: Buffer;
        try {
          body = Buffer.from(await (await fetch(url)).arrayBuffer());
        } catch {
          continue;
        }
        total[kind].raw += body.length;
        total[kind].gzip += gzipSync(body, { level: 9 }).length;
        total[kind].files += 1;
        if (kind === 'html') {
          // CSS inlined in the page (<style>) counts as CSS too (it stays in the HTML bytes as well).
          const inline = Buffer.from([...body.toString('utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n'));
          if (inline.length) {
            total.css.raw += inline.length;
            total.css.gzip += gzipSync(inline, { level: 9 }).length;
          }
        }
      }
      return total;
    }
  };
}
