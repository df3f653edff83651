/**
 * A run over many subject files, streamed: each file is read and checked only
 * when a worker has room for it, so 10,000 requests never sit in memory at
 * once. Problems are reported by file and place as they are found; valid
 * requests render in a worker pool (a couple of jobs in flight per worker),
 * PDFs go straight to disk from the worker. Only failures and counts are kept
 * for the summary. Output names positions, file names (masked) and references.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Model } from '../../src/model/model.ts';
import { readRequestFile } from './input.ts';
import { displayName, formatProblem, MESSAGES, type Problem } from './problems.ts';
import type { Job } from './job.ts';
import { runPool } from './pool.ts';
import { removeStrayTemps } from './output.ts';

export interface BatchOptions {
  files: string[];
  model: Model;
  contentDir: string;
  outDir: string;
  lang?: 'sv' | 'en';
  password?: string;
  workers: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  cwd?: string;
}

interface Failure {
  position: number;
  file: string;
  reference?: string;
  problems: Problem[];
}

/** Above this many produced files the summary gives the count, not one line each. */
const LIST_PRODUCED_UP_TO = 50;

export async function runBatch(o: BatchOptions): Promise<{ produced: number; failed: number }> {
  const cwd = o.cwd ?? process.cwd();
  const seen = new Map<string, { position: number; file: string }>();
  const failures: Failure[] = [];
  const producedLines: { position: number; line: string }[] = [];
  let produced = 0;
  const pending = new Map<number, { file: string; reference: string }>();

  const tty = 'isTTY' in o.stderr && o.stderr.isTTY === true;
  const bars = tty && o.files.length > 1 ? new cliProgress.MultiBar({ stream: o.stderr as NodeJS.WriteStream, format: 'PDF {bar} {value}/{total}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  const bar = bars?.create(o.files.length, 0);
  // With a bar on screen, lines go above it; otherwise straight to stderr.
  const report = (line: string) => (bars ? bars.log(`${line}\n`) : o.stderr.write(`${line}\n`));
  const fail = (f: Failure) => {
    failures.push(f);
    for (const p of f.problems) report(formatProblem(p));
    bar?.increment();
  };

  let index = 0;
  /** The next valid job, checking files on the way; undefined when none are left. */
  const nextJob = (): Job | undefined => {
    while (index < o.files.length) {
      const abs = o.files[index++]!;
      const position = index;
      const file = displayName(path.relative(cwd, abs) || path.basename(abs));
      const { request, activities, problems, referenceAt } = readRequestFile(abs, file, o.model);
      if (!request) {
        fail({ position, file, problems });
        continue;
      }
      const reference = request.request.reference;
      // File names on disk are compared case-insensitively on some systems: so are references.
      const key = reference.toLowerCase();
      const other = seen.get(key);
      if (other) {
        const where = { file, line: referenceAt?.line ?? 1, column: referenceAt?.column ?? 1, path: 'request.reference' };
        fail({ position, file, reference, problems: [{ ...where, ...MESSAGES.duplicateReference(`#${other.position} ${other.file}`) }] });
        continue;
      }
      seen.set(key, { position, file });
      pending.set(position, { file, reference });
      return { position, request, activityIds: activities!.map((a) => a.id), lang: o.lang ?? request.request.language };
    }
    return undefined;
  };

  const poolSize = Math.max(1, Math.min(o.workers, o.files.length));
  try {
    await runPool({
      size: poolSize,
      nextJob,
      data: { contentDir: o.contentDir, outDir: o.outDir, ...(o.password ? { password: o.password } : {}) },
      onResult: (r) => {
        const p = pending.get(r.position)!;
        pending.delete(r.position);
        if (r.ok) {
          produced++;
          if (producedLines.length <= LIST_PRODUCED_UP_TO) producedLines.push({ position: r.position, line: `  ok   #${r.position} ${p.reference} → ${path.basename(r.file)}` });
          bar?.increment();
        } else {
          const msg = r.stage === 'write' ? MESSAGES.write(r.code) : MESSAGES.render();
          fail({ position: r.position, file: p.file, reference: p.reference, problems: [{ file: p.file, line: 1, column: 1, path: '', ...msg }] });
        }
      },
    });
  } finally {
    bars?.stop();
    // A worker that died mid-write leaves its temp file behind: remove ours.
    await removeStrayTemps(o.outDir);
  }

  failures.sort((a, b) => a.position - b.position);
  const lines = [`Registerutdrag: ${produced} skapade, ${failures.length} misslyckades / Register extracts: ${produced} produced, ${failures.length} failed`];
  if (produced <= LIST_PRODUCED_UP_TO) for (const x of producedLines.sort((a, b) => a.position - b.position)) lines.push(x.line);
  for (const x of failures) {
    const first = x.problems[0]!;
    const more = x.problems.length > 1 ? ` (+${x.problems.length - 1})` : '';
    const ref = x.reference ? `${x.reference} ` : '';
    lines.push(`  fel  #${x.position} ${ref}${x.file}:${first.line}:${first.column} ${first.sv} / ${first.en}${more}`);
  }
  o.stdout.write(`${lines.join('\n')}\n`);
  return { produced, failed: failures.length };
}
