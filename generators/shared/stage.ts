/**
 * Writes a set of files into a content folder all at once: they go into a
 * temporary copy next to the folder, which replaces it by rename only when
 * everything is written. An interrupted run leaves the folder as it was.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface StagedFile {
  /** Path relative to the content folder, forward slashes. */
  file: string;
  text: string;
}

export interface StageOptions {
  /** Start from a copy of the existing folder (import adds to it) instead of an empty one. */
  keepExisting: boolean;
  /** Replace files that already exist (init --force); otherwise finding one is an error. */
  overwrite?: boolean;
}

export function writeAtomically(target: string, files: readonly StagedFile[], opts: StageOptions): void {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const stage = path.join(parent, `.${base}.writing-${process.pid}`);
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  mkdirSync(parent, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  try {
    if (opts.keepExisting && existsSync(abs)) cpSync(abs, stage, { recursive: true });
    else mkdirSync(stage);
    const made = new Set<string>();
    for (const f of files) {
      const p = path.join(stage, ...f.file.split('/'));
      const dir = path.dirname(p);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(p, f.text, { flag: opts.keepExisting && !opts.overwrite ? 'wx' : 'w' });
    }
    if (existsSync(abs)) renameSync(abs, old);
    renameSync(stage, abs);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    if (!existsSync(abs) && existsSync(old)) renameSync(old, abs);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
