/** The subject files of a run: each argument is a file or a folder (its .yaml/.yml/.json files, sorted). */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export function collectFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // Missing: kept, so it is reported as unreadable with the others.
    }
    if (!isDir) {
      files.push(abs);
      continue;
    }
    for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.isFile() && !d.name.startsWith('.') && EXTENSIONS.has(path.extname(d.name))) files.push(path.join(abs, d.name));
    }
  }
  return files;
}
