/**
 * Every Node process the tests spawn (each CLI run, build, extract) keeps its compiled, type-stripped
 * modules on disk, as the npm scripts do (generators/cli/shared/compile-cache.mjs, same folder): a spawned
 * command then starts in about half the CPU time. Node checks each cached entry against its source.
 */
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('../../node_modules/.cache/gdpr-docs/compile/', import.meta.url));
}
