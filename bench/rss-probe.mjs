// Preloaded into measured processes (node --import), and inherited by the processes they fork:
// each appends its own peak memory at exit; bench/measure.ts sums the lines (an upper bound of the
// peak of the sum, so a design with several processes is never measured smaller than it is).
import { appendFileSync } from 'node:fs';
const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    appendFileSync(out, `${process.resourceUsage().maxRSS * 1024}\n`);
  });
}
