/**
 * Two raw-pdfkit processes at once, each writing half of `count` documents:
 * the true two-core limit for extracts on this machine (issue 19).
 * Usage: node bench/pdfkit-pair.ts <count> <outDir>
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const [countArg, outDir] = process.argv.slice(2);
const count = Number(countArg);
const half = [Math.ceil(count / 2), Math.floor(count / 2)];
const script = path.join(import.meta.dirname, 'pdfkit-baseline.ts');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'BENCH_RSS_FILE'));
const codes = await Promise.all(
  half.map(
    (n, k) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [script, String(n), path.join(outDir!, `p${k}`)], { stdio: 'inherit', env });
        child.on('exit', (code) => resolve(code ?? 1));
      }),
  ),
);
if (codes.some((c) => c !== 0)) process.exit(1);
