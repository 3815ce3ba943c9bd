import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tests/bench */
export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The project root. */
export const ROOT = resolve(BENCH_DIR, '../..');
/** Generated data, builds and logs (git-ignored). */
export const DATA_DIR = join(BENCH_DIR, '.data');
/** Results that are kept: latest.json and latest.md. */
export const RESULTS_DIR = join(BENCH_DIR, 'results');
