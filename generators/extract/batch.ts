/**
 * A run over many subject files: validate all (reporting every problem by
 * file and place), then render the valid ones in a small worker pool, one
 * request per worker at a time, so PDFs stream to disk and never pile up in
 * memory. Output names only positions, file names (masked) and references.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Model } from '../../src/model/model.ts';
import { readRequestFile } from './input.ts';
import { displayName, formatProblem, MESSAGES, type Problem } from './problems.ts';
import type { Job, JobResult } from './job.ts';

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

interface Outcome {
  position: number;
  file: string;
  reference?: string;
  output?: string;
  problems: Problem[];
}

export async function runBatch(o: BatchOptions): Promise<{ produced: number; failed: number }> {
  const cwd = o.cwd ?? process.cwd();
  const outcomes: Outcome[] = [];
  const jobs: Job[] = [];
  const seen = new Map<string, number>();

  o.files.forEach((abs, i) => {
    const position = i + 1;
    const file = displayName(path.relative(cwd, abs) || path.basename(abs));
    const { request, activities, problems, referenceAt } = readRequestFile(abs, file, o.model);
    const outcome: Outcome = { position, file, problems: [...problems] };
    outcomes.push(outcome);
    if (!request) return;
    const ref = request.request.reference;
    outcome.reference = ref;
    // File names on disk are compared case-insensitively on some systems: so are references.
    const key = ref.toLowerCase();
    if (seen.has(key)) {
      const other = outcomes[seen.get(key)! - 1]!;
      outcome.problems.push({ file, line: referenceAt?.line ?? 1, column: referenceAt?.column ?? 1, path: 'request.reference', ...MESSAGES.duplicateReference(`#${other.position} ${other.file}`) });
      return;
    }
    seen.set(key, position);
    jobs.push({ position, request, activityIds: activities!.map((a) => a.id), lang: o.lang ?? request.request.language });
  });
  for (const oc of outcomes) for (const p of oc.problems) o.stderr.write(`${formatProblem(p)}\n`);

  const tty = 'isTTY' in o.stderr && o.stderr.isTTY;
  const bar = tty && jobs.length > 1 ? new cliProgress.SingleBar({ stream: o.stderr as NodeJS.WriteStream, format: 'PDF {bar} {value}/{total}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(jobs.length, 0);

  const results = await runPool(jobs, Math.max(1, Math.min(o.workers, jobs.length)), { contentDir: o.contentDir, outDir: o.outDir, password: o.password }, () => bar?.increment());
  bar?.stop();
  for (const r of results) {
    const oc = outcomes[r.position - 1]!;
    if (r.ok) oc.output = r.file;
    else oc.problems.push({ file: oc.file, line: 1, column: 1, path: '', ...(r.stage === 'write' ? MESSAGES.write(r.code) : MESSAGES.render()) });
  }

  const produced = outcomes.filter((x) => x.output && !x.problems.length);
  const failed = outcomes.filter((x) => x.problems.length);
  const lines = [`Registerutdrag: ${produced.length} skapade, ${failed.length} misslyckades / Register extracts: ${produced.length} produced, ${failed.length} failed`];
  for (const x of produced) lines.push(`  ok   #${x.position} ${x.reference} → ${path.basename(x.output!)}`);
  for (const x of failed) {
    const first = x.problems[0]!;
    const more = x.problems.length > 1 ? ` (+${x.problems.length - 1})` : '';
    const ref = x.reference ? `${x.reference} ` : '';
    lines.push(`  fel  #${x.position} ${ref}${x.file}:${first.line}:${first.column} ${first.sv} / ${first.en}${more}`);
  }
  o.stdout.write(`${lines.join('\n')}\n`);
  return { produced: produced.length, failed: failed.length };
}

/** Runs jobs on `size` workers, each with one job in flight; the main thread never sees PDF bytes. */
function runPool(jobs: Job[], size: number, data: { contentDir: string; outDir: string; password?: string }, onDone: () => void): Promise<JobResult[]> {
  if (!jobs.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const results: JobResult[] = [];
    let next = 0;
    let live = size;
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage(jobs[next++]);
      else {
        void w.terminate();
        if (--live === 0) resolve(results.sort((a, b) => a.position - b.position));
      }
    };
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: data });
      workers.push(w);
      w.on('message', (r: JobResult) => {
        results.push(r);
        onDone();
        feed(w);
      });
      w.on('error', (e) => {
        for (const x of workers) void x.terminate();
        // Loading content failed in the worker: a content error, not personal data.
        reject(e);
      });
      feed(w);
    }
  });
}
