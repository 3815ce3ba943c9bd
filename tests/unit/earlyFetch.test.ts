import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';
import { EARLY_FETCH_GLOBAL, EARLY_FETCH_SCRIPT } from '../../src/lib/csp/inlineScripts.js';
import { earlyFetchScript } from '../../src/lib/data/earlyFetch';

describe('earlyFetchScript', () => {
  it('requests the data file named in its data-url as soon as the head is read', () => {
    const script = earlyFetchScript('/data/timeline-0123456789ab.json');
    expect(script.startsWith('<script data-url="/data/timeline-0123456789ab.json">')).toBe(true);
    expect(script.endsWith('</script>')).toBe(true);
    expect(script).toContain('fetch(u)');
    expect(script).toContain('document.currentScript.dataset.url');
  });

  it('has the same body for every address, and the policy allows that body by its hash', () => {
    const body = (html: string) => html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(body(earlyFetchScript('/data/timeline-aa.json'))).toBe(EARLY_FETCH_SCRIPT);
    expect(body(earlyFetchScript('/data/timeline-bb.json'))).toBe(EARLY_FETCH_SCRIPT);
    const hash = `sha256-${createHash('sha256').update(EARLY_FETCH_SCRIPT).digest('base64')}`;
    expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
  });

  it('cannot be closed early by the address it is given', () => {
    const script = earlyFetchScript('/data/</script><script>alert(1)</script>".json');
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script).not.toContain('<script>alert');
    expect(script).toContain('data-url="/data/&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;.json"');
  });

  it('leaves one global, the request, so letting it go frees the parsed file', async () => {
    const parsed = { format: 'packed-json/1' };
    const page: Record<string, unknown> = {
      document: { currentScript: { dataset: { url: '/data/timeline-aa.json' } } },
      fetch: async () => ({ ok: true, json: async () => parsed })
    };
    page.window = page;
    const before = new Set(Object.keys(page));
    runInNewContext(EARLY_FETCH_SCRIPT, page);
    expect(Object.keys(page).filter((key) => !before.has(key))).toEqual([EARLY_FETCH_GLOBAL]);
    const request = page[EARLY_FETCH_GLOBAL] as { url: string; data: Promise<unknown>; value?: unknown };
    expect(request.url).toBe('/data/timeline-aa.json');
    expect(await request.data).toBe(parsed);
    expect(request.value).toBe(parsed);
  });
});
