/**
 * Files of the two sites that are not Astro pages: the register exports and
 * policy PDFs of the handbook, the notice PDFs and logo of the public site,
 * and the handbook's robots.txt. Written under `root/public` and `root/internal`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { writeRegisterExports } from '../register/index.ts';
import { writePolicyPdfs } from '../policy/index.ts';
import { writePublicFiles, type LoadDiagnostics } from '../notice/index.ts';

/** `diagnostics`: those of loading `model`, if at hand (the notice needs them; otherwise it loads the content again). */
export async function writeGeneratedFiles(model: Model, root: string, diagnostics?: LoadDiagnostics): Promise<void> {
  const internal = path.join(root, 'internal');
  mkdirSync(path.join(internal, 'register'), { recursive: true });
  writeFileSync(path.join(internal, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  await writeRegisterExports(model, path.join(internal, 'register'));

  mkdirSync(path.join(internal, 'policy'), { recursive: true });
  await writePolicyPdfs(model, path.join(internal, 'policy'));
  const pdfs = readdirSync(path.join(internal, 'policy')).filter((f) => f.endsWith('.pdf')).sort();
  writeFileSync(path.join(internal, 'policy', 'index.html'), fileIndexHtml('Policy som PDF', pdfs));

  // The public notice as PDF per language, and the organisation's logo.
  mkdirSync(path.join(root, 'public'), { recursive: true });
  await writePublicFiles(model, path.join(root, 'public'), diagnostics);
}

/** A minimal, accessible, non-indexed listing of generated files. */
function fileIndexHtml(title: string, files: string[]): string {
  const items = files.map((f) => `<li><a href="${encodeURI(f)}">${f.replace(/[<>&"]/g, '')}</a></li>`).join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title></head><body><main><h1>${title}</h1><ul>${items}</ul><p><a href="/">Till handboken</a></p></main></body></html>\n`;
}
