/**
 * The floor for `check` (issue 19): Node's start-up plus reading and parsing
 * every YAML file of a content directory with source positions, as any
 * located error message needs, and nothing else (no validation, no rules).
 * Plain JavaScript, so Node does not load its TypeScript stripper for it.
 * Usage: node bench/yaml-floor.mjs <contentDir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = path.resolve(process.argv[2]);
let files = 0;
for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!d.isFile() || !/\.ya?ml$/.test(d.name)) continue;
  const lineCounter = new LineCounter();
  parseDocument(readFileSync(path.join(d.parentPath, d.name), 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true }).toJS();
  files++;
}
if (!files) throw new Error(`no YAML files in ${dir}`);
