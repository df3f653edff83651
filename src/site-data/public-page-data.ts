/**
 * What every public page needs from the model, computed once per model: a build renders
 * every page from one (frozen) model, so the public view and the PDF languages are the same
 * for all of them; under `astro dev` an edit gives a new model and so a new entry.
 */
import type { Model } from '../model/model.ts';
import type { Locale } from '../model/schemas/index.ts';
import { noticePdfLangs, type LoadDiagnostics } from './notice-files.ts';
import { publicView, type PublicModel } from './public-view.ts';

const cache = new WeakMap<Model, { pm: PublicModel; pdfLangs: Locale[] }>();

export function publicPageData(model: Model, diagnostics: LoadDiagnostics): { pm: PublicModel; pdfLangs: Locale[] } {
  let data = cache.get(model);
  if (!data) {
    const pm = publicView(model);
    data = { pm, pdfLangs: noticePdfLangs(pm, diagnostics) };
    cache.set(model, data);
  }
  return data;
}
