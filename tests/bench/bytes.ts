/**
 * `npm run bench:bytes`: the JS bytes of the language page (/en) and the embed
 * page (/en/embed), package by package, against the budget, without the rest
 * of the benchmark. Builds the project's data (or --data <folder>) with hidden
 * source maps into tests/bench/.data/build-bytes, serves it, loads each page
 * in headless Chromium and reads what it fetched.
 *
 * Options: --data <folder>, --build-dir <folder> (measure a build made with
 * `--sourcemap hidden` instead of building), --json <file> (also write the
 * figures there). BENCH_PORT picks the port (default 4250).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { option } from './generate';
import { launchBrowser } from './lib/browser';
import { buildSite } from './lib/build';
import { jsByPackage, type JsBreakdown } from './lib/jsPackages';
import { DATA_DIR, ROOT } from './lib/paths';
import { JS_BUDGET_BYTES, packagesReport } from './lib/report';
import { serveStatic } from './lib/serve';

const args = process.argv.slice(2);
const port = Number(process.env.BENCH_PORT) || 4250;

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  let buildDir = option(args, 'build-dir');
  if (buildDir) buildDir = resolve(buildDir);
  else {
    const dataDir = resolve(option(args, 'data') ?? join(ROOT, 'data'));
    buildDir = join(DATA_DIR, 'build-bytes');
    console.log(`Building ${dataDir} with hidden source maps into ${buildDir}…`);
    const build = await buildSite(dataDir, buildDir, join(DATA_DIR, 'build-bytes.log'), { extraArgs: ['--sourcemap', 'hidden'] });
    if (!build.ok) throw new Error(`build failed: ${build.error} (log: ${build.log})`);
  }
  const server = await serveStatic(buildDir, port);
  const browser = await launchBrowser();
  const pages: JsBreakdown[] = [];
  try {
    for (const path of ['/en', '/en/embed']) pages.push(await jsByPackage(browser, server.origin + path, buildDir));
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log('\n' + packagesReport(pages.map((page) => ({ ...page, url: new URL(page.url).pathname }))).join('\n'));
  const json = option(args, 'json');
  if (json) writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), buildDir, pages }, null, 2) + '\n');
  const over = pages.filter((page) => page.gzip > JS_BUDGET_BYTES);
  if (over.length) {
    console.log(`\nOver the budget: ${over.map((page) => new URL(page.url).pathname).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
