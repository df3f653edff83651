/**
 * Worker thread for writeGeneratedFiles: the PDFs and spreadsheets are CPU
 * work independent of Astro, so the build writes them on the second core
 * while Astro renders the pages on the first.
 */
import { parentPort, workerData, Worker } from 'node:worker_threads';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { GENERATED_PARTS, writeGeneratedFiles, type GeneratedPart } from './generated.ts';

interface Job {
  contentDir: string;
  root: string;
  parts: GeneratedPart[];
}

/** Writes every part, each in its own worker (they are of similar size); rejects on the first error. */
export function writeGeneratedFilesInWorkers(contentDir: string, root: string): Promise<void> {
  return Promise.all(GENERATED_PARTS.map((part) => writeGeneratedFilesInWorker({ contentDir, root, parts: [part] }))).then(() => undefined);
}

/** Runs writeGeneratedFiles in a worker; rejects with the worker's error. */
export function writeGeneratedFilesInWorker(job: Job): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generated-files worker exited with ${code}`))));
  });
}

if (parentPort && workerData) {
  const job = workerData as Job;
  // One load gives both the model and the diagnostics the notice needs; on errors, loadModelOrThrow reports them.
  const { model, diagnostics } = loadContent(job.contentDir);
  await writeGeneratedFiles(model ?? loadModelOrThrow(job.contentDir), job.root, job.parts, diagnostics);
  parentPort.postMessage('done');
}
