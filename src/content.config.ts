/**
 * Content collections shared by both sites. Each collection's loader calls
 * our one loader (through loadCached: one load for all collections) and its schema is the model's own zod schema:
 * there is no second copy of any schema. The public site asks for
 * `scope: 'public'`, so internal-only entries never enter its data store.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { COLLECTION_KINDS, COLLECTION_SCHEMAS, type CollectionKind } from './model/schemas/index.ts';
import { resolveContentDir } from './model/load.ts';
import { loadCached } from './site-data/model.ts';

export type Scope = 'public' | 'internal';

function modelLoader(kind: CollectionKind, scope: Scope): Loader {
  return {
    name: `gdpr-docs-${kind}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const dir = resolveContentDir();
      const sync = async () => {
        const result = loadCached(dir);
        store.clear();
        if (!result.model) {
          // Pages call getModel(), which throws and shows these in the dev overlay.
          logger.warn('Content has errors; pages will show them.');
          return;
        }
        const model = result.model;
        const key = { 'data-categories': 'dataCategories', 'security-measures': 'securityMeasures', 'policy-versions': 'policyVersions' }[kind as string] ?? kind;
        const entries = (model as unknown as Record<string, readonly { id: string; file: string; visibility?: string }[]>)[key] ?? [];
        for (const entry of entries) {
          if (scope === 'public' && entry.visibility === 'internal') continue;
          if (scope === 'public' && (kind === 'delegations' || kind === 'acknowledgements' || kind === 'routines')) continue;
          const { id, file, refs: _refs, ...raw } = entry as Record<string, unknown> & { id: string; file: string };
          const data = await parseData({ id, data: JSON.parse(JSON.stringify(raw)), filePath: path.join(dir, file) });
          store.set({ id, data, filePath: path.relative(process.cwd(), path.join(dir, file)) });
        }
      };
      await sync();
      if (watcher) {
        watcher.add(dir);
        watcher.on('all', async (_event, changed) => {
          if (path.resolve(changed).startsWith(dir + path.sep)) await sync();
        });
      }
    },
  };
}

/** The generated rules reference (generators/rules-doc.ts), rendered as markdown when that module exists. */
function rulesReferenceLoader(): Loader {
  return {
    name: 'gdpr-docs-rules-reference',
    load: async ({ store, renderMarkdown }) => {
      store.clear();
      const file = new URL('../generators/rules-doc.ts', import.meta.url);
      if (!existsSync(fileURLToPath(file))) return;
      const { renderRulesReference } = (await import(/* @vite-ignore */ file.href)) as { renderRulesReference(l: 'sv' | 'en', level?: number): string };
      const body = renderRulesReference('sv', 1);
      store.set({ id: 'sv', data: {}, body, rendered: await renderMarkdown(body) });
    },
  };
}

/** The collections of one site. */
export function siteCollections(scope: Scope) {
  const collections: Record<string, ReturnType<typeof defineCollection>> = {};
  for (const kind of COLLECTION_KINDS) {
    collections[kind] = defineCollection({ loader: modelLoader(kind, scope), schema: COLLECTION_SCHEMAS[kind] });
  }
  if (scope === 'internal') {
    collections.rulesReference = defineCollection({ loader: rulesReferenceLoader() });
    collections.handbook = defineCollection({
      loader: glob({ pattern: '*.{md,mdx}', base: path.join(resolveContentDir(), 'handbook') }),
    });
  }
  return collections;
}
