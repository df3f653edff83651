/**
 * Writes several files so that a policy version is recorded wholly or not at
 * all. Each file goes to a hidden temp file first and is renamed over its
 * target (a rename is atomic); the version entry is passed last, so its
 * rename is the moment the version is recorded. A file renamed before it
 * (the snapshot) is harmless on its own: nothing reads a snapshot no entry
 * names. On an exception every temp file is removed and every target already
 * replaced gets its previous bytes back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FileWrite {
  file: string;
  data: string;
}

export interface WriteHooks {
  /** Called before the i-th rename; tests throw here to simulate a failure half-way. */
  beforeRename?: (index: number, file: string) => void;
}

/** Test hook: `GDPR_DOCS_KILL_BEFORE_RENAME=<i>` kills the process before the i-th rename, as a power cut would. */
const KILL_AT = process.env.GDPR_DOCS_KILL_BEFORE_RENAME;

export function writeAtomically(targets: readonly FileWrite[], hooks: WriteHooks = {}): void {
  const temps = targets.map((t) => path.join(path.dirname(t.file), `.${path.basename(t.file)}.${process.pid}.tmp`));
  const previous = targets.map((t) => (existsSync(t.file) ? readFileSync(t.file) : undefined));
  let renamed = 0;
  try {
    targets.forEach((t, i) => {
      mkdirSync(path.dirname(t.file), { recursive: true });
      writeFileSync(temps[i]!, t.data, { flag: 'wx' });
    });
    targets.forEach((t, i) => {
      hooks.beforeRename?.(i, t.file);
      if (KILL_AT !== undefined && Number(KILL_AT) === i) process.kill(process.pid, 'SIGKILL');
      renameSync(temps[i]!, t.file);
      renamed = i + 1;
    });
  } catch (e) {
    for (const f of temps) rmSync(f, { force: true });
    for (let i = 0; i < renamed; i++) {
      const before = previous[i];
      if (before === undefined) rmSync(targets[i]!.file, { force: true });
      else writeFileSync(targets[i]!.file, before);
    }
    throw e;
  }
}
