/** Imports a generator written by another part of the project, or reports that it is not there yet. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function importOptional<T>(relativeToRepo: string): Promise<T | undefined> {
  const url = new URL(`../../${relativeToRepo}`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  return (await import(url.href)) as T;
}
