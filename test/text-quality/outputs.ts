/**
 * Collects every output of one built organisation as TextDocs: HTML pages of
 * both sites, every PDF (notice, policy, register) and the register's tabular
 * outputs (CSV/XLSX) — and the entry ids prose must not show.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { MODEL_KEYS } from '../../src/model/model.ts';
import { COLLECTION_KINDS } from '../../src/model/schemas/index.ts';
import { csvDoc, htmlItems, pdfDoc, xlsxDoc, type TextDoc } from './extract.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...walk(abs));
    } else out.push(abs);
  }
  return out;
}

/** The language of a generated file, from its name or folder. */
function langOf(rel: string): Locale {
  return /(^|\/)en\/|\.en\.|privacy-notice/.test(rel) ? 'en' : 'sv';
}

/** Every output of a build directory, read as text. */
export async function builtDocs(out: string, name: string): Promise<TextDoc[]> {
  const docs: TextDoc[] = [];
  for (const abs of walk(out)) {
    const rel = path.relative(out, abs);
    const label = `${name}:${rel}`;
    if (rel.endsWith('.html')) docs.push(htmlItems(label, readFileSync(abs, 'utf8')));
    else if (rel.endsWith('.pdf')) docs.push(pdfDoc(abs, label, langOf(rel)));
    else if (rel.endsWith('.csv')) docs.push(csvDoc(label, readFileSync(abs, 'utf8'), langOf(rel)));
    else if (rel.endsWith('.xlsx')) docs.push(await xlsxDoc(label, abs, langOf(rel)));
  }
  return docs;
}

/** Entry ids with a hyphen: the ones a reader would recognise as machine names. */
export function entryIds(model: Model): Set<string> {
  const ids = new Set<string>();
  for (const kind of COLLECTION_KINDS) for (const e of model[MODEL_KEYS[kind]] as readonly { id: string }[]) if (e.id.includes('-')) ids.add(e.id);
  return ids;
}
