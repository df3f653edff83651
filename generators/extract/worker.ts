/**
 * A render worker: loads the content model once, says it is ready, then
 * composes, draws and writes each request it is sent, one at a time. Replies
 * carry only the position, the output file and an error code: never personal data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { renderOne, type Job, type JobResult } from './job.ts';

const { contentDir, outDir, password } = workerData as { contentDir: string; outDir: string; password?: string };
const model = loadModelOrThrow(contentDir);

// Jobs arrive while one renders; run them strictly one after another so at most one PDF is in memory.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: Job) => {
  queue = queue.then(async () => {
    const result: JobResult = await renderOne(model, job, outDir, password);
    parentPort!.postMessage(result);
  });
});
parentPort!.postMessage({ ready: true });
