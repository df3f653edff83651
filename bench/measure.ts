/** Runs a command several times and reports median, min and max wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  median: number;
  min: number;
  max: number;
  /** Peak resident memory in bytes (max over runs). */
  peakRss: number;
  runs: number;
}

const NODE = process.execPath;
const PROBE = path.resolve(import.meta.dirname, 'rss-probe.mjs');

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Times `node <args>` `runs` times; `before` runs untimed before each run (e.g. to clean output). */
export function measureNode(
  args: string[],
  opts: { runs: number; env?: Record<string, string>; cwd?: string; before?: () => void },
): Measurement {
  const times: number[] = [];
  let peakRss = 0;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-rss-'));
  try {
    for (let i = 0; i < opts.runs; i++) {
      opts.before?.();
      const rssFile = path.join(tmp, `rss-${i}`);
      const t0 = performance.now();
      const r = spawnSync(NODE, ['--import', PROBE, ...args], {
        cwd: opts.cwd,
        env: { ...process.env, ...opts.env, BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const elapsed = (performance.now() - t0) / 1000;
      if (r.status !== 0) {
        throw new Error(`benchmark command failed (${r.status}): node ${args.join(' ')}\n${(r.stderr || r.stdout).slice(-2000)}`);
      }
      times.push(elapsed);
      try {
        peakRss = Math.max(peakRss, Number(readFileSync(rssFile, 'utf8')));
      } catch {
        // A process that exits through process.exit in a worker may skip the probe; keep what we have.
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), peakRss, runs: opts.runs };
}
