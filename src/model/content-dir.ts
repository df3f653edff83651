/** Where the content lives: kept apart from the loader so a caller can know it without loading zod and the schemas. */
import path from 'node:path';

export function resolveContentDir(flag?: string, cwd = process.cwd()): string {
  return path.resolve(cwd, flag ?? process.env.CONTENT_DIR ?? 'content');
}
