import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { freshContext } from './browser';

/** Bytes of unminified JS per package (node_modules) or source folder (src/…). */
export interface JsPart {
  part: string;
  bytes: number;
  share: number;
}

/** Groups a module path ("node_modules/d3-scale/src/linear.js", "src/lib/timeline/ticks.ts") by package or folder. */
function partOf(module: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return pkg[1];
  return module.replace(/\/[^/]*$/, '') || module;
}

/**
 * What the JS a page loads is made of, read from an unminified build, whose
 * chunks mark each module with a "// path" comment: bytes per package or
 * source folder (unminified, so shares are approximate for the minified files).
 */
export async function jsComposition(browser: Browser, url: string, buildDir: string): Promise<JsPart[]> {
  const context = await freshContext(browser);
  const scripts = new Set<string>();
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const parts = new Map<string, number>();
  for (const path of scripts) {
    const file = join(buildDir, path);
    if (!existsSync(file)) continue;
    let current = '(chunk glue)';
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // Paths are relative to the build's root: "src/…", or "../../../../src/…" from the bench's mirror.
      const marker = /^\/\/ (?:\.\.\/)*((?:src|node_modules|\.svelte-kit)\/\S+)/.exec(line);
      if (marker) current = partOf(marker[1]);
      parts.set(current, (parts.get(current) ?? 0) + line.length + 1);
    }
  }
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  return [...parts]
    .sort((a, b) => b[1] - a[1])
    .map(([part, bytes]) => ({ part, bytes, share: bytes / total }));
}
