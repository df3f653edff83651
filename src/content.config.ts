/**
 * Content collections. Pages read the model through `src/site-data/model.ts`
 * (getModel, publicView), never through collections, so the only collection is
 * the handbook's MDX prose, and only the internal site has it: the public
 * site's data store holds nothing (test/site/leak.test.ts checks it).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
// The small module, not load.ts: the content config is loaded through Vite at every sync, and
// load.ts would pull the whole loader (zod schemas, yaml) into that transform.
import { resolveContentDir } from './model/content-dir.ts';

/** The internal site's collections. */
export function internalCollections() {
  return {
    handbook: defineCollection({
      loader: glob({ pattern: '*.{md,mdx}', base: path.join(resolveContentDir(), 'handbook') }),
    }),
  };
}
