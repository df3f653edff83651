/**
 * Worker thread for writeGeneratedFiles: the PDFs and spreadsheets are CPU
 * work independent of Astro, so the build writes them on the second core
 * while Astro renders the pages on the first.
 */
import { getCompileCacheDir } from 'node:module';
import path from 'node:path';
import { parentPort, workerData, Worker } from 'node:worker_threads';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { writeGeneratedFiles } from './generated.ts';

interface Job {
  contentDir: string;
  root: string;
}

/** The documents being written: `done` settles when they are; `stop` ends the worker and resolves once it has stopped. */
export interface DocumentsJob {
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs writeGeneratedFiles in ONE worker; `done` rejects with its error. Measured at
 * large scale on 2 cores, one worker beats one per document in both CPU and
 * wall time: each worker loads the content again (about a second of CPU), and
 * extra workers only take CPU from Astro, which runs at the same time.
 */
export function writeGeneratedFilesInWorker(contentDir: string, root: string): DocumentsJob {
  // A worker does not inherit Node's compile cache (`npm run build` enables it): handed on, pdfkit,
  // fontkit and the loader are not compiled again at each build. The setting names the cache's parent.
  const cache = getCompileCacheDir();
  const env = cache ? { env: { ...process.env, NODE_COMPILE_CACHE: path.dirname(cache) } } : {};
  const worker = new Worker(new URL(import.meta.url), { workerData: { contentDir, root } satisfies Job, ...env });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generated-files worker exited with ${code}`))));
  });
  return {
    done,
    // A stopped build removes its folder only after this: the worker would otherwise write it again.
    stop: async () => void (await worker.terminate()),
  };
}

if (parentPort && workerData) {
  const job = workerData as Job;
  // One load gives both the model and the diagnostics the notice needs; on errors, loadModelOrThrow reports them.
  // The build has just loaded the same files with the parse cache: none is parsed again here.
  const { model, diagnostics } = loadContent(job.contentDir, { cache: true });
  await writeGeneratedFiles(model ?? loadModelOrThrow(job.contentDir), job.root, diagnostics);
  parentPort.postMessage('done');
}
