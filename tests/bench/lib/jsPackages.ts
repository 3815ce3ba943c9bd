import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import type { Browser } from '@playwright/test';
import { freshContext } from './browser';

/** The bytes one package (or one folder of our own code) adds to the JS a page loads. */
export interface PackageBytes {
  part: string;
  /** Minified bytes, from the source maps. */
  raw: number;
  /** Gzip bytes: each file's gzip size shared out by the minified bytes of each part in it. */
  gzip: number;
}

/** What the JS of one page load is made of, package by package. */
export interface JsBreakdown {
  url: string;
  files: number;
  raw: number;
  gzip: number;
  parts: PackageBytes[];
}

/** Where a source of the build's maps comes from: "svelte", "d3-zoom", "src/lib/timeline", "@sveltejs/kit (generated)". */
export function partOf(source: string): string {
  const packages = [...source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
  if (packages.length) return packages[packages.length - 1][1];
  // SvelteKit's generated app (.svelte-kit/generated, relative to the output folder inside .svelte-kit).
  if (/(^|\/)(\.svelte-kit\/)?generated\//.test(source)) return '@sveltejs/kit (generated)';
  const own = /(?:^|\/)(src\/(?:lib\/[^/]+|[^/]+))\//.exec(source);
  if (own) return own[1];
  if (/(^|\/)src\/[^/]+$/.test(source)) return 'src';
  return source.replace(/^\0/, '') || '(unnamed)';
}

/** Own code: what the project wrote (src/), as opposed to the packages it uses. */
export const isOwnCode = (part: string) => part === 'src' || part.startsWith('src/');

const GLUE = '(bundler glue)';
// Statements that join chunks: `import{…}from"./x.js";`, `export{…};`, Vite's preload map.
const JOINS = /(?:^|;)\s*(?:import\s*(?:\{[^}]*\}\s*from\s*)?["'`][^"'`]*["'`]|export\s*\{[^}]*\}(?:\s*from\s*["'`][^"'`]*["'`])?|const __vite__mapDeps=[^;]*)\s*;?/g;

/**
 * Minified bytes per part in one built file, read from its source map (built
 * with `--sourcemap hidden`, so the file the page loads is unchanged). Code
 * a mapping points to counts for that source's package or folder. Code no
 * mapping covers counts for the source mapped just before it (the minifier
 * leaves much of a compiled Svelte component's scaffolding unmapped), except
 * the statements that join chunks (imports, exports, Vite's preload map) and
 * anything before the first mapping: "(bundler glue)". A file without a map
 * counts whole as "(no source map)".
 */
export function bytesBySource(code: string, mapJson: string | null): Map<string, number> {
  const parts = new Map<string, number>();
  const add = (part: string, text: string) => {
    if (text) parts.set(part, (parts.get(part) ?? 0) + Buffer.byteLength(text));
  };
  if (!mapJson) {
    add('(no source map)', code);
    return parts;
  }
  const map = JSON.parse(mapJson) as { sources: string[]; mappings: string };
  const sourceParts = map.sources.map(partOf);
  const lines = code.split('\n');
  const mappings = decode(map.mappings);
  let current = GLUE;
  const addUnmapped = (text: string) => {
    const joins = [...text.matchAll(JOINS)].reduce((sum, match) => sum + match[0], '');
    add(GLUE, joins);
    add(current, text.replace(JOINS, ''));
  };
  lines.forEach((line, index) => {
    const segments = [...(mappings[index] ?? [])].sort((a, b) => a[0] - b[0]);
    addUnmapped(line.slice(0, segments[0]?.[0] ?? line.length) + (index < lines.length - 1 ? '\n' : ''));
    segments.forEach((segment, i) => {
      const text = line.slice(segment[0], segments[i + 1]?.[0] ?? line.length);
      if (segment.length >= 4) {
        current = sourceParts[segment[1]!];
        add(current, text);
      } else addUnmapped(text);
    });
  });
  return parts;
}

/**
 * Loads `url` in a fresh context, notes every script it fetches until the
 * network is idle (what measureBytes counts as the page's JS), and breaks
 * their bytes down by package with the build's source maps.
 */
export async function jsByPackage(browser: Browser, url: string, buildDir: string): Promise<JsBreakdown> {
  const context = await freshContext(browser);
  const scripts = new Set<string>();
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (response.status() === 200 && response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
    });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  const totals = new Map<string, { raw: number; gzip: number }>();
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const path of scripts) {
    const file = join(buildDir, path);
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    const fileRaw = Buffer.byteLength(code);
    const fileGzip = gzipSync(code, { level: 9 }).length;
    raw += fileRaw;
    gzip += fileGzip;
    files++;
    const mapFile = `${file}.map`;
    for (const [part, bytes] of bytesBySource(code, existsSync(mapFile) ? readFileSync(mapFile, 'utf8') : null)) {
      const total = totals.get(part) ?? { raw: 0, gzip: 0 };
      total.raw += bytes;
      total.gzip += fileRaw ? (fileGzip * bytes) / fileRaw : 0;
      totals.set(part, total);
    }
  }
  const parts = [...totals].map(([part, t]) => ({ part, ...t })).sort((a, b) => b.gzip - a.gzip);
  return { url, files, raw, gzip, parts };
}

/** The parts grouped as a reader asks about them: each package, all d3 modules, all own code. */
export function groupParts(parts: PackageBytes[]): PackageBytes[] {
  const groups = new Map<string, PackageBytes>();
  for (const p of parts) {
    const name = isOwnCode(p.part) ? 'own code (src/)' : p.part.startsWith('d3-') ? 'd3-* (all modules)' : p.part;
    const group = groups.get(name) ?? { part: name, raw: 0, gzip: 0 };
    group.raw += p.raw;
    group.gzip += p.gzip;
    groups.set(name, group);
  }
  return [...groups.values()].sort((a, b) => b.gzip - a.gzip);
}
