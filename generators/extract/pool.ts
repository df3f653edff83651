/**
 * A small pool of render workers. Each worker loads the content model once
 * (its fixed start-up cost, amortised over the batch) and keeps at most
 * IN_FLIGHT jobs queued, so it never waits for the main thread. Jobs are
 * file paths: reading and checking happen in the workers too, so the main
 * thread neither competes for the cores nor holds the content model.
 *
 * A worker that dies fails only the job it was rendering (it says which it
 * started); the jobs queued behind it go back to the queue. A job whose worker
 * ran out of memory is tried once more alone, in a worker sized for a large
 * request; if that fails too, it fails as too large. One that cannot even
 * start (a content error) stops the batch.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.ts';

export interface PoolOptions {
  size: number;
  /** Pulls the next job; undefined when there are no more. */
  nextJob: () => Job | undefined;
  onResult: (r: JobResult) => void;
  data: { contentDir: string; outDir: string; password?: string };
  /** Heap limits; tests lower them to make a request too large. */
  limits?: { normal: typeof WORKER_LIMITS; large: typeof LARGE_WORKER_LIMITS };
}

const IN_FLIGHT = 2;
/**
 * The worker's V8 heap: one letter needs a few MB live, so a tight old
 * generation makes V8 collect early instead of growing towards its default
 * (a quarter of the machine's memory) — this is what keeps 10,000 requests
 * flat. A request that needs more is retried alone with LARGE_WORKER_LIMITS.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };
/** For one request that did not fit: thousands of table rows, hundreds of pages. */
export const LARGE_WORKER_LIMITS = { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 64 };

type Message = { ready: true } | { started: number } | { contentError: string } | JobResult;

const outOfMemory = (err: unknown) => (err as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Every worker of this process, so an interrupted run can stop them before its last temp-file sweep. */
const everyWorker = new Set<Worker>();

/** Stops every render worker; once it resolves, no worker can create another temp file. */
export async function terminateAllWorkers(): Promise<void> {
  await Promise.all([...everyWorker].map((w) => w.terminate().catch(() => 0)));
}

export function runPool(o: PoolOptions): Promise<void> {
  const limits = o.limits ?? { normal: WORKER_LIMITS, large: LARGE_WORKER_LIMITS };
  return new Promise((resolve, reject) => {
    /** Jobs handed back by a worker that died before starting them. */
    const requeued: Job[] = [];
    let sourceDone = false;
    let live = 0;
    let spawned = 0;
    let settled = false;
    const all = new Set<Worker>();

    const take = (): Job | undefined => {
      const back = requeued.shift();
      if (back) return back;
      if (sourceDone) return undefined;
      const job = o.nextJob();
      if (!job) sourceDone = true;
      return job;
    };
    const noWorkLeft = () => sourceDone && requeued.length === 0;

    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of all) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const maybeDone = () => {
      if (live === 0 && noWorkLeft()) finish();
    };

    /** A worker for jobs; `only` makes it a large worker for that one job. */
    const spawn = (only?: Job) => {
      spawned++;
      live++;
      const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: o.data, resourceLimits: only ? limits.large : limits.normal });
      all.add(w);
      everyWorker.add(w);
      w.once('exit', () => everyWorker.delete(w));
      const inFlight = new Map<number, Job>();
      let current: number | undefined;
      let ready = false;
      let gone = false;

      const fill = () => {
        if (only) {
          if (!inFlight.size && ready && current === undefined) {
            inFlight.set(only.position, only);
            w.postMessage(only);
          }
          return;
        }
        while (inFlight.size < IN_FLIGHT) {
          const job = take();
          if (!job) break;
          inFlight.set(job.position, job);
          w.postMessage(job);
        }
        if (inFlight.size === 0 && noWorkLeft()) retire();
      };
      const retire = () => {
        if (gone) return;
        gone = true;
        all.delete(w);
        void w.terminate();
        live--;
        maybeDone();
      };

      w.on('message', (m: Message) => {
        if ('contentError' in m) {
          gone = true;
          return finish(Object.assign(new Error(m.contentError), { name: 'ContentError' }));
        }
        if ('ready' in m) {
          ready = true;
          fill();
          return;
        }
        if ('started' in m) {
          current = m.started;
          return;
        }
        inFlight.delete(m.position);
        current = undefined;
        o.onResult(m);
        if (only) retire();
        else fill();
      });
      const died = (err: unknown) => {
        if (gone || settled) return;
        // Loading the content failed: a content error (no personal data in it); stop.
        if (!ready) return finish(err);
        gone = true;
        all.delete(w);
        live--;
        // Only the job being rendered failed; the ones queued behind it go back to the queue.
        for (const [position, job] of inFlight) {
          if (position !== current) {
            requeued.push(job);
            continue;
          }
          if (outOfMemory(err) && !only) spawn(job);
          else if (outOfMemory(err)) o.onResult({ position, ok: false, stage: 'too-large', bytes: sizeOf(job.path) });
          else o.onResult({ position, ok: false, stage: 'render', code: (err as NodeJS.ErrnoException)?.code ?? 'WorkerExit' });
        }
        requeued.sort((a, b) => a.position - b.position);
        inFlight.clear();
        if (only) return maybeDone();
        // Replace it while there is work left; a bounded number of times, so a crash loop ends.
        if (!noWorkLeft() && spawned < o.size * 4 + 8) spawn();
        else if (!noWorkLeft() && live === 0) {
          // Workers keep dying: fail the rest rather than loop.
          for (let job = take(); job; job = take()) o.onResult({ position: job.position, ok: false, stage: 'render', code: 'WorkerExit' });
        }
        maybeDone();
      };
      w.on('error', died);
      w.on('exit', (code) => died(Object.assign(new Error(`worker exited ${code}`), { code: 'WorkerExit' })));
    };

    for (let i = 0; i < o.size; i++) spawn();
  });
}
