/** Every example organisation: the bundled content/ and each folder of examples/organisations/ with an organisation file. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Organisation {
  /** Build cache key: "example" is the name the other built-site tests use for content/, so the build is shared. */
  name: string;
  dir: string;
}

export function organisations(): Organisation[] {
  const base = path.join(ROOT, 'examples/organisations');
  const found = existsSync(base)
    ? readdirSync(base, { withFileTypes: true })
        .filter((d) => d.isDirectory() && ['organisation.yaml', 'organisation.yml', 'organisation.json'].some((f) => existsSync(path.join(base, d.name, f))))
        .map((d) => ({ name: `org-${d.name}`, dir: path.join(base, d.name) }))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return [{ name: 'example', dir: path.join(ROOT, 'content') }, ...found];
}
