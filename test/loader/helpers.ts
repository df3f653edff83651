/** Fixture paths and small helpers shared by the loader and check tests. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (name: string) => path.join(ROOT, 'test/fixtures/loader', name);

/** A throwaway copy of a fixture, for scenarios built at run time (permissions, symlinks). */
export function tempCopy(name: string): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'gdpr-loader-'));
  const dir = path.join(base, 'content');
  cpSync(fixture(name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
