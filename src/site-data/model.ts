/**
 * The resolved model for pages. Cached by a digest of the content files'
 * paths and mtimes, so `astro dev` sees edits and a build loads once.
 * A content error throws one Error listing every file:line problem, which
 * Astro shows in the dev overlay instead of a blank page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent, loadModelOrThrow, resolveContentDir, type LoadResult } from '../model/load.ts';
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

/** Set by `npm run build`, which has already loaded and checked the content. */
export const PRELOADED = Symbol.for('gdpr-docs.preloaded-model');
type Preloaded = { dir: string; model: Model; diagnostics: Diagnostic[] };

// In a production build content cannot change, so one load serves every page and
// every collection; only the dev server re-reads the tree (and reloads on change).
const DEV = (import.meta as { env?: { DEV?: boolean } }).env?.DEV !== false;

let cache: { key: string; result: LoadResult } | undefined;

/** The loader's result for the content directory, loaded once per content state. */
export function loadCached(dir = resolveContentDir()): LoadResult {
  const preloaded = (globalThis as { [PRELOADED]?: Preloaded })[PRELOADED];
  if (!DEV && preloaded?.dir === dir) return { model: preloaded.model, diagnostics: preloaded.diagnostics };
  const key = DEV ? `${dir}:${digest(dir)}` : dir;
  // Under dev, files unchanged since the last load are not parsed again (parse-cache.ts).
  if (cache?.key !== key) cache = { key, result: loadContent(dir, { cache: DEV }) };
  return cache.result;
}

export function getModel(): Model {
  return getLoaded().model;
}

/** The model and the loader's warnings (e.g. missing translations). */
export function getLoaded(): { model: Model; diagnostics: Diagnostic[] } {
  const dir = resolveContentDir();
  const { model, diagnostics } = loadCached(dir);
  // Without a model, throw one readable error listing every problem (shown by the dev overlay).
  return { model: model ?? loadModelOrThrow(dir), diagnostics };
}
