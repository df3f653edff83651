/**
 * Public notice files written next to the built site: the full notice as a
 * tagged PDF per language (from the public view only) and the organisation's
 * logo. An English PDF is written only when every English text exists.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { loadContent } from '../../src/model/load.ts';
import { latestVersion, publicView, type PublicModel } from '../../src/site-data/public-view.ts';
import { NOTICE_PDF, noticeDate, noticePdfLangs, type LoadDiagnostics } from '../../src/site-data/notice-files.ts';
import { t } from '../../src/site-data/text.ts';
import { createPdf, pdfToBuffer } from '../pdf/document.ts';
import { decoratePages, renderBlocks } from '../pdf/layout.ts';
import { noticeOutline } from './outline.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

/** One language's notice as PDF bytes. */
export async function noticePdf(pm: PublicModel, lang: Locale, fallbackDate: string): Promise<Buffer> {
  const { title, cover, chapters } = noticeOutline(pm, lang);
  const doc = createPdf({ title, lang, date: noticeDate(pm) ?? fallbackDate, author: t(pm.organisation.name, lang), subject: title, toBuffer: true });
  // One pass, so the contents list on the cover gets each chapter's page; chapters are bookmarked as H2 headings.
  renderBlocks(doc, [...cover, ...chapters.flatMap((ch) => ch.blocks)]);
  decoratePages(doc, title, lang);
  return pdfToBuffer(doc);
}

/** The diagnostics of loading the content: the notice leaves out a language whose texts are incomplete. */

/**
 * Writes the notice PDFs under the public output directory; returns the files written.
 * `diagnostics`: those of loading the model, when the caller has them (loading the
 * content again only to get them costs about as much as a notice PDF at large scale).
 */
/** The date a notice PDF carries when it has no other: the newest adoption, so it never shows a draft's date. */
export const noticeFallbackDate = (pm: PublicModel) => latestVersion(pm)?.adoptedByBoard ?? '2000-01-01';

export async function writeNoticePdfs(model: Model, outDir: string, diagnostics: LoadDiagnostics = loadContent(model.contentDir).diagnostics): Promise<string[]> {
  const pm = publicView(model);
  const written: string[] = [];
  for (const lang of noticePdfLangs(pm, diagnostics)) {
    const file = path.join(outDir, NOTICE_PDF[lang]);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await noticePdf(pm, lang, noticeFallbackDate(pm)));
    written.push(file);
  }
  return written;
}

/** Copies organisation.site.logo (relative to content/) to the URL the pages use. */
export function writeLogo(model: Model, outDir: string): string | undefined {
  const logo = model.organisation.site.logo;
  const pm = publicView(model);
  if (!logo || !pm.organisation.logo) return undefined;
  const src = path.resolve(model.contentDir, logo);
  if (!existsSync(src)) throw new Error(`organisation.site.logo: ${logo} saknas / is missing`);
  const dest = path.join(outDir, pm.organisation.logo);
  copyFileSync(src, dest);
  return dest;
}
