/**
 * Content collections. Pages read the model through `src/site-data/model.ts`
 * (getModel, publicView), never through collections, so the only collection is
 * the handbook's MDX prose, and only the internal site has it: the public
 * site's data store holds nothing (test/site/leak.test.ts checks it).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { resolveContentDir } from './model/load.ts';

/** The internal site's collections. */
export function internalCollections() {
  return {
    handbook: defineCollection({
      loader: glob({ pattern: '*.{md,mdx}', base: path.join(resolveContentDir(), 'handbook') }),
    }),
  };
}
