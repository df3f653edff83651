/**
 * A render worker (a thread, or a child process: child.ts): loads the content model once, says it is ready, then
 * checks, composes, draws and writes (to a temp file) each request it is
 * sent, one at a time. Replies carry positions, places, codes and the
 * reference: never other values from the request.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModelOrThrow } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { renderOne, type Job, type JobResult } from './job.ts';
import { setTempOwner } from './output.ts';

interface Settings {
  contentDir: string;
  outDir: string;
  password?: string;
}

function serve({ contentDir, outDir, password }: Settings, post: (m: unknown) => void, onJob: (handle: (job: Job) => void) => void): void {
  let model: Model | undefined;
  try {
    model = loadModelOrThrow(contentDir);
  } catch (e) {
    // Content errors name content files only: the pool stops the batch and the CLI prints them.
    post({ contentError: (e as Error).message });
  }

  if (model?.organisation.extract?.requirePassword && !password) {
    // The organisation asks for encrypted extracts only: refuse before any PDF is written.
    post({
      contentError:
        'organisation.yaml anger extract.requirePassword: true, men inget lösenord gavs. Ange --password-env VARIABEL eller --password-file FIL. / ' +
        'organisation.yaml sets extract.requirePassword: true, but no password was given. Give --password-env VAR or --password-file FILE.',
    });
    model = undefined;
  }
  if (!model) return;

  const loaded = model;
  // Jobs arrive while one renders; render them strictly one after another. Drawing is synchronous
  // up to the file write, so the next job renders while the previous one's bytes go to disk (fsync):
  // at most two PDFs in memory.
  let queue: Promise<void> = Promise.resolve();
  onJob((job) => {
    queue = queue.then(() => {
      // Say which job is being drawn: if this worker dies now, only that one fails.
      post({ started: job.position });
      void renderOne(loaded, job, outDir, password).then((result: JobResult) => post(result));
    });
  });
  post({ ready: true });
}

if (parentPort) {
  const port = parentPort;
  serve(
    workerData as Settings,
    (m) => port.postMessage(m),
    (handle) => port.on('message', handle),
  );
} else {
  // A child process (child.ts): the parent alone handles signals and stops it; it never outlives the parent.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => {});
  process.on('disconnect', () => process.exit(0));
  process.once('message', (m: { init: Settings & { owner: number } }) => {
    setTempOwner(m.init.owner);
    serve(
      m.init,
      (msg) => process.send!(msg),
      (handle) => process.on('message', handle),
    );
  });
}
