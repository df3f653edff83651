/**
 * Preloaded by the npm scripts (`node --import`): Node keeps the compiled,
 * type-stripped modules on disk, so the next `npm run check` starts sooner
 * (issue 19: the DPO's edit loop). Must run before the command's own imports.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../../../node_modules/.cache/gdpr-docs/compile/', import.meta.url)));
