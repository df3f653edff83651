/** Runs a command several times and reports median, min and max wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Measurement {
  median: number;
  min: number;
  max: number;
  /** Peak resident memory in bytes (max over runs), summed over the run's processes that report it. */
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

export interface NodeCommand {
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Runs untimed before each run (e.g. to clean output). */
  before?: () => void;
}

/** Times `node <args>` `runs` times. */
export function measureNode(args: string[], opts: { runs: number } & Omit<NodeCommand, 'args'>): Measurement {
  return measureInterleaved([{ args, ...opts }], opts.runs)[0]!;
}

/**
 * Times several commands `runs` times each, taking turns (A B C A B C …), so
 * a slow spell of a shared machine falls on all of them alike: their ratios
 * are then fairer than when each is measured in a block of its own.
 */
export function measureInterleaved(commands: NodeCommand[], runs: number): Measurement[] {
  const times = commands.map(() => [] as number[]);
  const peaks = commands.map(() => 0);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-rss-'));
  try {
    for (let i = 0; i < runs; i++) {
      commands.forEach((c, k) => {
        c.before?.();
        const rssFile = path.join(tmp, `rss-${k}-${i}`);
        const t0 = performance.now();
        const r = spawnSync(NODE, ['--import', PROBE, ...c.args], {
          cwd: c.cwd,
          env: { ...process.env, ...c.env, BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0' },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const elapsed = (performance.now() - t0) / 1000;
        if (r.status !== 0) {
          throw new Error(`benchmark command failed (${r.status}): node ${c.args.join(' ')}\n${(r.stderr || r.stdout).slice(-2000)}`);
        }
        times[k]!.push(elapsed);
        try {
          // One line per process of the run (the probe is inherited by forked processes): their sum.
          const sum = readFileSync(rssFile, 'utf8')
            .trim()
            .split('\n')
            .reduce((n, line) => n + Number(line), 0);
          peaks[k] = Math.max(peaks[k]!, sum);
        } catch {
          // A process that exits through process.exit in a worker may skip the probe; keep what we have.
        }
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return times.map((t, k) => ({ median: median(t), min: Math.min(...t), max: Math.max(...t), peakRss: peaks[k]!, runs }));
}
