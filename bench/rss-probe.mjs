// Preloaded into measured processes (node --import), and inherited by the processes they fork:
// each appends its own peak memory at exit; bench/measure.ts sums the lines (an upper bound of the
// peak of the sum, so a design with several processes is never measured smaller than it is).
// Worker threads load this preload too, but their resource usage is the whole process's: only the
// main thread reports, or a process with a worker would be counted twice.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const out = process.env.BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    appendFileSync(out, `${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
