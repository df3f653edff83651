// Preloaded into measured child processes (node --import): reports peak memory at exit.
import { writeFileSync } from 'node:fs';
const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS * 1024));
  });
}
