/**
 * One subject file → one PDF in a temp file. Runs in a render worker: the
 * worker reads and checks the file against the content model, composes and
 * draws the letter and writes it to a temp file; the main thread only decides
 * which temp file becomes the final `<reference>.pdf` (duplicate references).
 * Results carry places and codes, never values from the file.
 */
import type { Model } from '../../src/model/model.ts';
import { composeExtract } from './compose.ts';
import { readRequestFile } from './input.ts';
import { renderExtract } from './render.ts';
import { outputName, writePdfTemp } from './output.ts';
import type { Problem } from './problems.ts';

export interface Job {
  position: number;
  /** Absolute path of the subject file. */
  path: string;
  /** The name used in messages (personnummer-like digits masked). */
  display: string;
  /** Overrides the request's own language. */
  lang?: 'sv' | 'en';
}

export type JobResult =
  | { position: number; ok: true; reference: string; referenceAt: { line: number; column: number }; tmp: string }
  | { position: number; ok: false; stage: 'input'; problems: Problem[] }
  | { position: number; ok: false; stage: 'render' | 'write'; code: string; reference?: string }
  /** The request did not fit even a worker sized for large requests. */
  | { position: number; ok: false; stage: 'too-large'; bytes: number };

export async function renderOne(model: Model, job: Job, outDir: string, password?: string): Promise<JobResult> {
  let checked: ReturnType<typeof readRequestFile>;
  try {
    checked = readRequestFile(job.path, job.display, model);
  } catch (e) {
    return { position: job.position, ok: false, stage: 'render', code: (e as Error)?.name ?? 'Error' };
  }
  const { request, activities, problems, referenceAt } = checked;
  if (!request) return { position: job.position, ok: false, stage: 'input', problems };
  const reference = request.request.reference;
  let doc: PDFKit.PDFDocument;
  try {
    const d = composeExtract({ model, request, activities: activities!, lang: job.lang ?? request.request.language });
    doc = renderExtract(d, password ? { userPassword: password } : {});
  } catch (e) {
    // The message could quote input text: report only the error's class name.
    return { position: job.position, ok: false, stage: 'render', code: (e as Error)?.name ?? 'Error', reference };
  }
  try {
    const tmp = await writePdfTemp(doc, outDir, outputName(reference));
    return { position: job.position, ok: true, reference, referenceAt: referenceAt ?? { line: 1, column: 1 }, tmp };
  } catch (e) {
    return { position: job.position, ok: false, stage: 'write', code: (e as NodeJS.ErrnoException)?.code ?? 'Error', reference };
  }
}
