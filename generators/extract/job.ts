/** One request → one PDF on disk. Shared by the worker and in-process callers. */
import type { Model } from '../../src/model/model.ts';
import { composeExtract } from './compose.ts';
import { renderExtract } from './render.ts';
import { writePdfAtomic } from './output.ts';
import type { ExtractRequest } from './schema.ts';

export interface Job {
  position: number;
  request: ExtractRequest;
  activityIds: string[];
  lang: 'sv' | 'en';
}

export type JobResult = { position: number; ok: true; file: string } | { position: number; ok: false; stage: 'render' | 'write'; code: string };

export const outputName = (reference: string) => `${reference}.pdf`;

export async function renderOne(model: Model, job: Job, outDir: string, password?: string): Promise<JobResult> {
  let doc: PDFKit.PDFDocument;
  try {
    const activities = job.activityIds.map((id) => model.byId.activities.get(id)!);
    const d = composeExtract({ model, request: job.request, activities, lang: job.lang });
    doc = renderExtract(d, password ? { userPassword: password } : {});
  } catch (e) {
    // The message could quote input text: report only the error's class name.
    return { position: job.position, ok: false, stage: 'render', code: (e as Error)?.name ?? 'Error' };
  }
  try {
    const file = await writePdfAtomic(doc, outDir, outputName(job.request.request.reference));
    return { position: job.position, ok: true, file };
  } catch (e) {
    return { position: job.position, ok: false, stage: 'write', code: (e as NodeJS.ErrnoException)?.code ?? 'Error' };
  }
}
