/**
 * A render worker: loads the content model once, then composes, draws and
 * writes each request it is sent. Replies carry only the position, the
 * output file and an error code: never personal data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { renderOne, type Job, type JobResult } from './job.ts';

const { contentDir, outDir, password } = workerData as { contentDir: string; outDir: string; password?: string };
const model = loadModelOrThrow(contentDir);

parentPort!.on('message', async (job: Job) => {
  const result: JobResult = await renderOne(model, job, outDir, password);
  parentPort!.postMessage(result);
});
