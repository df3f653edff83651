/**
 * Every example organisation: the bundled content/ and every folder under
 * examples/organisations/ (found, not listed, so a new example is covered
 * the moment it is added; one that does not load fails the tests).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function exampleOrganisations(): { name: string; dir: string }[] {
  const dir = path.join(ROOT, 'examples/organisations');
  const extra = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({ name: `examples/organisations/${d.name}`, dir: path.join(dir, d.name) }))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return [{ name: 'content', dir: path.join(ROOT, 'content') }, ...extra];
}
