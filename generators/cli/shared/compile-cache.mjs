/**
 * Preloaded by the npm scripts (`node --import`): Node keeps the compiled,
 * type-stripped modules on disk, so the next `npm run check` starts sooner
 * (issue 19: the DPO's edit loop). Must run before the command's own imports.
 * Plain JavaScript on purpose: a TypeScript preload would make Node load its
 * type stripper (amaro, WebAssembly) at every start, before the cache could
 * spare it for the command's own modules.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../../../node_modules/.cache/gdpr-docs/compile/', import.meta.url)));
