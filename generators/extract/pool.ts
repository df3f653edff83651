/**
 * A small pool of render workers. Each worker loads the content model once
 * (its fixed start-up cost, amortised over the batch) and keeps at most
 * IN_FLIGHT jobs queued, so it never waits for the main thread. Jobs are
 * file paths: reading and checking happen in the workers too, so the main
 * thread neither competes for the cores nor holds the content model. A worker that dies
 * mid-batch fails only its own jobs and is replaced; one that cannot even
 * start (a content error) stops the batch.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './job.ts';

export interface PoolOptions {
  size: number;
  /** Pulls the next job; undefined when there are no more. */
  nextJob: () => Job | undefined;
  onResult: (r: JobResult) => void;
  data: { contentDir: string; outDir: string; password?: string };
}

const IN_FLIGHT = 2;
/**
 * The worker's V8 heap: one letter needs a few MB live, so a tight old
 * generation makes V8 collect early instead of growing towards its default
 * (a quarter of the machine's memory) — this is what keeps 10,000 requests
 * flat. A very large request that needs more fails alone (the worker is replaced).
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 };

type Message = { ready: true } | { contentError: string } | JobResult;

export function runPool(o: PoolOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let exhausted = false;
    let live = 0;
    let spawned = 0;
    let settled = false;
    const all = new Set<Worker>();

    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of all) void w.terminate();
      if (err) reject(err);
      else resolve();
    };

    const spawn = () => {
      spawned++;
      live++;
      const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: o.data, resourceLimits: WORKER_LIMITS });
      all.add(w);
      const inFlight = new Set<number>();
      let ready = false;
      let gone = false;

      const fill = () => {
        while (!exhausted && inFlight.size < IN_FLIGHT) {
          const job = o.nextJob();
          if (!job) {
            exhausted = true;
            break;
          }
          inFlight.add(job.position);
          w.postMessage(job);
        }
        if (exhausted && inFlight.size === 0) retire();
      };
      const retire = () => {
        if (gone) return;
        gone = true;
        all.delete(w);
        void w.terminate();
        if (--live === 0) finish();
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
        inFlight.delete(m.position);
        o.onResult(m);
        fill();
      });
      const died = (err: unknown) => {
        if (gone || settled) return;
        // Loading the content failed: a content error (no personal data in it); stop.
        if (!ready) return finish(err);
        gone = true;
        all.delete(w);
        live--;
        for (const position of inFlight) o.onResult({ position, ok: false, stage: 'render', code: (err as NodeJS.ErrnoException)?.code ?? 'WorkerExit' });
        inFlight.clear();
        // Replace it while there is work left; a bounded number of times, so a crash loop ends.
        if (!exhausted && spawned < o.size * 4) spawn();
        else if (!exhausted && live === 0) {
          // Workers keep dying: fail the rest rather than loop.
          for (let job = o.nextJob(); job; job = o.nextJob()) o.onResult({ position: job.position, ok: false, stage: 'render', code: 'WorkerExit' });
          exhausted = true;
        }
        if (live === 0) finish();
      };
      w.on('error', died);
      w.on('exit', (code) => died(Object.assign(new Error(`worker exited ${code}`), { code: 'WorkerExit' })));
    };

    for (let i = 0; i < o.size; i++) spawn();
  });
}
