/**
 * A render worker: loads the content model once, says it is ready, then
 * checks, composes, draws and writes (to a temp file) each request it is
 * sent, one at a time. Replies carry positions, places, codes and the
 * reference: never other values from the request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModelOrThrow } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { renderOne, type Job, type JobResult } from './job.ts';

const { contentDir, outDir, password } = workerData as { contentDir: string; outDir: string; password?: string };

let model: Model | undefined;
try {
  model = loadModelOrThrow(contentDir);
} catch (e) {
  // Content errors name content files only: the pool stops the batch and the CLI prints them.
  parentPort!.postMessage({ contentError: (e as Error).message });
}

if (model?.organisation.extract?.requirePassword && !password) {
  // The organisation asks for encrypted extracts only: refuse before any PDF is written.
  parentPort!.postMessage({
    contentError:
      'organisation.yaml anger extract.requirePassword: true, men inget lösenord gavs. Ange --password-env VARIABEL eller --password-file FIL. / ' +
      'organisation.yaml sets extract.requirePassword: true, but no password was given. Give --password-env VAR or --password-file FILE.',
  });
  model = undefined;
}

if (model) {
  const loaded = model;
  // Jobs arrive while one renders; render them strictly one after another. Drawing is synchronous
  // up to the file write, so the next job renders while the previous one's bytes go to disk (fsync):
  // at most two PDFs in memory.
  let queue: Promise<void> = Promise.resolve();
  parentPort!.on('message', (job: Job) => {
    queue = queue.then(() => {
      // Say which job is being drawn: if this worker dies now, only that one fails.
      parentPort!.postMessage({ started: job.position });
      void renderOne(loaded, job, outDir, password).then((result: JobResult) => parentPort!.postMessage(result));
    });
  });
  parentPort!.postMessage({ ready: true });
}
