/**
 * Files of the two sites that are not Astro pages: the register exports and
 * policy PDFs of the handbook, the notice PDFs and logo of the public site,
 * and the handbook's robots.txt. Written under `root/public` and `root/internal`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { writeRegisterExports } from '../register/index.ts';
import { writePolicyPdfs } from '../policy/index.ts';
import { noticeFallbackDate, writeLogo, writeNoticePdfs } from '../notice/index.ts';
import type { LoadDiagnostics } from '../../src/site-data/notice-files.ts';
import { writeRequestForms } from '../request-form/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';

/** `diagnostics`: those of loading `model`, if at hand (the notice needs them; otherwise it loads the content again). */
export async function writeGeneratedFiles(model: Model, root: string, diagnostics?: LoadDiagnostics): Promise<void> {
  const internal = path.join(root, 'internal');
  mkdirSync(path.join(internal, 'register'), { recursive: true });
  writeFileSync(path.join(internal, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  await writeRegisterExports(model, path.join(internal, 'register'));

  mkdirSync(path.join(internal, 'policy'), { recursive: true });
  // Listed by the handbook's own /policy/ page (src/sites/internal/pages/policy.astro).
  await writePolicyPdfs(model, path.join(internal, 'policy'));

  // The public notice as PDF per language, and the organisation's logo.
  mkdirSync(path.join(root, 'public'), { recursive: true });
  await writePublicFiles(model, path.join(root, 'public'), diagnostics);
}

/** The public site's files: the notice PDFs, the fillable request forms (dated like the notice) and the logo. */
async function writePublicFiles(model: Model, outDir: string, diagnostics: LoadDiagnostics = loadContent(model.contentDir).diagnostics): Promise<string[]> {
  const files = await writeNoticePdfs(model, outDir, diagnostics);
  // The fillable request form (linked from the page "Begär ut dina uppgifter"), dated like the notice.
  const forms = await writeRequestForms(model, outDir, diagnostics, noticeFallbackDate(publicView(model)));
  const logo = writeLogo(model, outDir);
  return logo ? [...files, ...forms, logo] : [...files, ...forms];
}
