/**
 * The resolved model for pages. Cached by a digest of the content files'
 * paths and mtimes, so `astro dev` sees edits and a build loads once.
 * A content error throws one Error listing every file:line problem, which
 * Astro shows in the dev overlay instead of a blank page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent, loadModelOrThrow, resolveContentDir } from '../model/load.ts';
import type { Model } from '../model/model.ts';
import type { Diagnostic } from '../model/diagnostics.ts';

function digest(dir: string): string {
  const hash = createHash('sha256');
  const visit = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const abs = path.join(d, name);
      const st = statSync(abs);
      if (st.isDirectory()) visit(abs);
      else hash.update(`${abs}:${st.mtimeMs}:${st.size}\n`);
    }
  };
  visit(dir);
  return hash.digest('hex');
}

let cache: { key: string; model: Model; diagnostics: Diagnostic[] } | undefined;

export function getModel(): Model {
  return getLoaded().model;
}

/** The model and the loader's warnings (e.g. missing translations). */
export function getLoaded(): { model: Model; diagnostics: Diagnostic[] } {
  const dir = resolveContentDir();
  const key = `${dir}:${digest(dir)}`;
  if (cache?.key === key) return cache;
  const model = loadModelOrThrow(dir);
  const { diagnostics } = loadContent(dir);
  cache = { key, model, diagnostics };
  return cache;
}
