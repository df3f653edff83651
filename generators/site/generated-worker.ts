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

/**
 * Writes every part in ONE worker; rejects on its error. Measured at large
 * scale on 2 cores, one worker beats one per part in both CPU and wall time:
 * each worker loads the content again (about a second of CPU), and extra
 * workers only take CPU from Astro, which runs at the same time.
 */
export function writeGeneratedFilesInWorkers(contentDir: string, root: string): Promise<void> {
  return writeGeneratedFilesInWorker({ contentDir, root, parts: [...GENERATED_PARTS] });
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
