import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE, tmpDir } from '../register/helpers.ts';

/** A private copy of the register fixture (one adopted version, 2026.1, with its snapshot). */
export function fixtureCopy(): string {
  const dir = path.join(tmpDir('cycle'), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every file of the policy record (entries and snapshots, hidden temp files included) with its bytes. */
export function record(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const sub of ['policy-versions', 'snapshots']) {
    for (const f of readdirSync(path.join(dir, sub)).sort()) out[`${sub}/${f}`] = readFileSync(path.join(dir, sub, f), 'utf8');
  }
  return out;
}

export const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const abs = path.join(dir, file);
  const before = readFileSync(abs, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(abs, after);
};
