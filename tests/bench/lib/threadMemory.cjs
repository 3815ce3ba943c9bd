// Preloaded into the build's Node processes and their worker threads
// (NODE_OPTIONS=--require, which workers inherit) by tests/bench/lib/build.ts
// when it is asked which thread holds the memory: every 500 ms each thread
// appends its heap (used, total) and its process's resident memory to a file
// of its own. SvelteKit's analyse and prerender steps are worker threads of
// the Vite process, so /proc sees them only as part of that process. A thread
// busy in one long task (a JSON.parse, a prerendered download) writes nothing
// until it is done: its rows show the heap it was left with, not the peak in
// between.
const { appendFileSync, mkdirSync } = require('node:fs');
const { threadId, isMainThread } = require('node:worker_threads');
const { getHeapStatistics } = require('node:v8');

const dir = process.env.BENCH_THREAD_MEMORY_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${process.pid}-${threadId}.tsv`;
  const started = Number(process.env.BENCH_THREAD_MEMORY_T0 || Date.now());
  const script = (process.argv[1] || '').split('/').slice(-2).join('/');
  const role = isMainThread ? 'main' : process.env.SVELTEKIT_FORK ? 'sveltekit worker' : 'worker';
  appendFileSync(file, `# ${script} ${role}\n`);
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  const sample = () => {
    const heap = getHeapStatistics();
    const row = [((Date.now() - started) / 1000).toFixed(1), mb(heap.used_heap_size), mb(heap.total_heap_size), mb(process.memoryUsage.rss())];
    appendFileSync(file, row.join('\t') + '\n');
  };
  sample();
  setInterval(sample, 500).unref();
}
